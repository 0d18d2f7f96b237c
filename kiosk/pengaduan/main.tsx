/**
 * The complaint status page a phone opens from the receipt's QR (or anyone types the reference and
 * check code into): status and dates only, never personal data. The code travels in the QR so
 * the participant need not type it; a wrong code looks exactly like an unknown reference.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { publicComplaintSchema } from '../../shared/contracts/complaints.ts';
import { complaintId as m } from '../../shared/i18n/complaint-id.ts';
import { formatIsoDateId } from '../../shared/print/branch-time.ts';
import type { z } from 'zod';
import './pengaduan.css';

type Found = z.infer<typeof publicComplaintSchema>['complaint'];
type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'found'; complaint: Found } | { kind: 'error'; message: string };

async function lookup(reference: string, code: string): Promise<State> {
  try {
    const res = await fetch(`/api/complaints/lookup?reference=${encodeURIComponent(reference)}&code=${encodeURIComponent(code)}`, { cache: 'no-store' });
    const body: unknown = await res.json().catch(() => null);
    if (res.ok) {
      const parsed = publicComplaintSchema.safeParse(body);
      return parsed.success ? { kind: 'found', complaint: parsed.data.complaint } : { kind: 'error', message: 'Jawaban server tidak dikenali.' };
    }
    if (res.status === 429) return { kind: 'error', message: 'Terlalu banyak percobaan. Tunggu satu menit, lalu coba lagi.' };
    return { kind: 'error', message: res.status === 404 ? m.lookupNotFound : 'Nomor referensi atau kode cek tidak valid.' };
  } catch {
    return { kind: 'error', message: 'Tidak terhubung ke server. Coba lagi nanti.' };
  }
}

function StatusPage() {
  const params = new URLSearchParams(location.search);
  const [reference, setReference] = useState(params.get('ref') ?? '');
  const [code, setCode] = useState(params.get('code') ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    setState(await lookup(reference.trim().toUpperCase(), code.trim().toUpperCase()));
  };
  useEffect(() => {
    if (reference && code) void run();
  }, []);
  return (
    <main class="status-page">
      <h1>Status pengaduan</h1>
      <p>BPJS Ketenagakerjaan. Masukkan nomor referensi dan kode cek dari tanda terima.</p>
      <form class="card login__form" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <label>
          {m.reference}
          <input name="reference" autoComplete="off" value={reference} onInput={(e) => setReference(e.currentTarget.value)} required />
        </label>
        <label>
          {m.checkCode}
          <input name="code" autoComplete="off" value={code} onInput={(e) => setCode(e.currentTarget.value)} required />
        </label>
        <button type="submit" class="btn btn--primary" disabled={state.kind === 'busy'}>Cek status</button>
      </form>
      {state.kind === 'error' && <p class="message message--error" role="alert">{state.message}</p>}
      {state.kind === 'found' && (
        <section class="card" aria-live="polite" data-testid="status-result">
          <h2>{state.complaint.reference}</h2>
          <dl class="status-list">
            <dt>{m.status}</dt>
            <dd data-testid="status-value">{m.statuses[state.complaint.status]}</dd>
            <dt>{m.category}</dt>
            <dd>{state.complaint.category}</dd>
            <dt>{m.received}</dt>
            <dd>{formatIsoDateId(state.complaint.receivedOn)}</dd>
            {state.complaint.dueDate && (
              <>
                <dt>{m.due}</dt>
                <dd data-testid="status-due">{formatIsoDateId(state.complaint.dueDate)}</dd>
              </>
            )}
            {state.complaint.closedOn && (
              <>
                <dt>Ditutup</dt>
                <dd>{formatIsoDateId(state.complaint.closedOn)}</dd>
              </>
            )}
          </dl>
        </section>
      )}
    </main>
  );
}

const root = document.getElementById('status');
if (root) render(<StatusPage />, root);
