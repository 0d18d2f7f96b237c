/** The audit trail for the branch head: filters, newest first, older pages, CSV of the same filter. */
import { useEffect, useState } from 'preact/hooks';
import { AUDIT_CATEGORIES, AUDIT_CATEGORY_LABEL_ID, auditListSchema, type AuditEntryDto } from '../../../shared/contracts/audit.ts';
import { api, download, messageOf } from '../admin-api.ts';
import { Feedback, type Outcome } from '../Feedback.tsx';

interface Filter {
  from: string;
  to: string;
  category: string;
  actor: string;
  ticketId: string;
}

const queryOf = (f: Filter, before?: number) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v.trim()) q.set(k, v.trim());
  if (before !== undefined) q.set('before', String(before));
  return q.toString();
};

function detailText(e: AuditEntryDto): string {
  if (e.detail === null || typeof e.detail !== 'object') return '';
  return Object.entries(e.detail)
    .filter(([, v]) => v !== '' && v !== null)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('; ');
}

export function AuditSection({ timeZone, today }: { timeZone: string; today: string }) {
  const [filter, setFilter] = useState<Filter>({ from: today, to: today, category: '', actor: '', ticketId: '' });
  const [entries, setEntries] = useState<AuditEntryDto[]>([]);
  const [more, setMore] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  async function load(before?: number): Promise<void> {
    try {
      const a = await api.request(`/api/audit?${queryOf(filter, before)}`, auditListSchema);
      setEntries((old) => [...(before === undefined ? [] : old), ...(a?.entries ?? [])]);
      setMore(a?.more ?? false);
      setOutcome(null);
    } catch (e) {
      setOutcome({ text: messageOf(e), error: true });
    }
  }
  useEffect(() => void load(), []);
  const time = (iso: string) => new Date(iso).toLocaleString('id-ID', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
  const set = (k: keyof Filter) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFilter((f) => ({ ...f, [k]: value }));
  };
  return (
    <section class="card" aria-labelledby="audit-title">
      <h2 id="audit-title">Jejak audit</h2>
      <p class="note">Catatan tindakan petugas tidak dapat diubah atau dihapus, dan tidak memuat data pribadi pengunjung.</p>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <label>
          Dari tanggal
          <input type="date" value={filter.from} onInput={set('from')} />
        </label>
        <label>
          Sampai tanggal
          <input type="date" value={filter.to} onInput={set('to')} />
        </label>
        <label>
          Kategori
          <select value={filter.category} onChange={set('category')}>
            <option value="">Semua</option>
            {AUDIT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {AUDIT_CATEGORY_LABEL_ID[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Petugas
          <input value={filter.actor} onInput={set('actor')} />
        </label>
        <label>
          Id tiket
          <input value={filter.ticketId} onInput={set('ticketId')} />
        </label>
        <div class="row">
          <button type="submit" class="btn btn--primary">
            Tampilkan
          </button>
          <button type="button" class="btn" onClick={() => void download(`/api/audit/export.csv?${queryOf(filter)}`, `jejak-audit-${filter.from || 'awal'}-${filter.to || 'kini'}.csv`).then((err) => err && setOutcome({ text: err, error: true }))}>
            Unduh CSV
          </button>
        </div>
      </form>
      <Feedback outcome={outcome} />
      <table class="list">
        <thead>
          <tr>
            <th scope="col">Waktu</th>
            <th scope="col">Petugas</th>
            <th scope="col">Tindakan</th>
            <th scope="col">Tiket / loket / subjek</th>
            <th scope="col">Rincian</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{time(e.at)}</td>
              <td>{e.actor}</td>
              <td>{e.label}</td>
              <td>{[e.ticketId, e.counterId, e.subject].filter(Boolean).join(' · ')}</td>
              <td>{detailText(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p class="note">Tidak ada catatan untuk saringan ini.</p>}
      {more && (
        <button type="button" class="btn" onClick={() => void load(entries[entries.length - 1]?.id)}>
          Muat catatan lebih lama
        </button>
      )}
    </section>
  );
}
