/**
 * Filing a complaint on behalf of a participant: the CSO at the counter for the visitor in front
 * of them (Pasal 9a, linked to the ticket being served), or the complaint officer recording one
 * that came by letter, phone, e-mail or social media (Pasal 9b-h) with its channel. The server
 * checks every field and names the wrong ones; this form shows its message as it comes.
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { categoriesResponseSchema, complaintReceiptSchema, COMPLAINT_CHANNELS, type ComplaintChannel, type ComplaintReceipt } from '../../shared/contracts/complaints.ts';
import { COMPLAINT_CHANNEL_LABELS } from '../../shared/i18n/complaint-console-id.ts';
import { newIdempotencyKey } from '../flows/idempotency-key.ts';
import { StaffApiError, type StaffApi } from '../staff/lib/staff-api.ts';

export const CHANNEL_LABELS: Record<ComplaintChannel, string> = COMPLAINT_CHANNEL_LABELS;

type Categories = z.infer<typeof categoriesResponseSchema>['categories'];

export function StaffComplaintForm(props: { api: StaffApi; ticketNumber?: string | null; withChannel: boolean; counterId?: string | null; onFiled?: (receipt: ComplaintReceipt) => void }) {
  const [categories, setCategories] = useState<Categories>([]);
  const [form, setForm] = useState({ name: '', nik: '', phone: '', kpj: '', email: '', category: '', description: '', channel: 'phone' as ComplaintChannel });
  const [key, setKey] = useState(newIdempotencyKey());
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void props.api.request('/api/complaints/categories', categoriesResponseSchema).then((c) => setCategories(c?.categories ?? []), () => setMessage({ error: true, text: 'Kategori tidak dapat dimuat.' }));
  }, []);
  const set = (field: keyof typeof form) => (e: Event) => {
    const target = e.currentTarget;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) setForm({ ...form, [field]: target.value });
  };

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const body = {
        reporter: { name: form.name, nik: form.nik, phone: form.phone, ...(form.kpj.trim() ? { kpj: form.kpj } : {}), ...(form.email.trim() ? { email: form.email } : {}) },
        category: form.category,
        description: form.description,
        consent: true,
        ...(props.withChannel ? { channel: form.channel } : {}),
        ...(props.ticketNumber ? { ticketNumber: props.ticketNumber } : {}),
      };
      const answer = await props.api.request('/api/complaints', complaintReceiptSchema, { method: 'POST', body, idempotencyKey: key });
      if (answer) {
        setMessage({ error: false, text: `Pengaduan ${answer.complaint.reference} diterima. Kode cek ${answer.complaint.checkCode}. Batas penyelesaian ${answer.complaint.dueDate}.` });
        if (props.counterId) void props.api.request('/api/complaints/receipt', null, { method: 'POST', body: { reference: answer.complaint.reference, code: answer.complaint.checkCode, counterId: props.counterId } }).catch(() => undefined);
        props.onFiled?.(answer.complaint);
        setForm({ ...form, name: '', nik: '', phone: '', kpj: '', email: '', description: '' });
        setKey(newIdempotencyKey());
      }
    } catch (err) {
      // An uncertain failure keeps the key: pressing again resends the same complaint, never a second one.
      setMessage({ error: true, text: err instanceof StaffApiError ? err.message : 'Pengaduan tidak terkirim. Coba lagi.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="cc-form" data-testid="staff-complaint-form" onSubmit={(e) => void submit(e)}>
      {props.ticketNumber && <p>Terkait tiket <strong>{props.ticketNumber}</strong></p>}
      <label>Nama lengkap<input name="name" autoComplete="off" value={form.name} onInput={set('name')} required /></label>
      <label>NIK<input name="nik" autoComplete="off" inputMode="numeric" value={form.nik} onInput={set('nik')} required /></label>
      <label>Nomor HP<input name="phone" autoComplete="off" inputMode="tel" value={form.phone} onInput={set('phone')} required /></label>
      <label>KPJ (opsional)<input name="kpj" autoComplete="off" inputMode="numeric" value={form.kpj} onInput={set('kpj')} /></label>
      <label>E-mail (opsional)<input name="email" type="email" autoComplete="off" value={form.email} onInput={set('email')} /></label>
      <label>Kategori
        <select name="category" value={form.category} onChange={set('category')} required>
          <option value="">— pilih —</option>
          {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </label>
      {props.withChannel && (
        <label>Kanal
          <select name="channel" value={form.channel} onChange={set('channel')}>
            {COMPLAINT_CHANNELS.filter((c) => c !== 'kiosk' && c !== 'counter').map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c]}</option>)}
          </select>
        </label>
      )}
      <label>Uraian<textarea name="description" rows={4} value={form.description} onInput={set('description')} required /></label>
      {message && <p class={`message${message.error ? ' message--error' : ''}`} role={message.error ? 'alert' : 'status'} data-testid="staff-complaint-message">{message.text}</p>}
      <button type="submit" class="btn btn--primary" disabled={busy}>{busy ? 'Mengirim…' : 'Catat pengaduan'}</button>
    </form>
  );
}
