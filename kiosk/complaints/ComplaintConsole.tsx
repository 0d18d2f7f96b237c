/**
 * The complaint unit's console: the list (time left on the legal clock, overdue and due-soon
 * first, filters, search by reference), the detail (timeline, assign, ask for data, resolve,
 * escalate, duplicate hint with link), recording complaints from other channels, CSV export.
 * Free text is rendered as text nodes only: HTML in a description shows literally.
 */
import { useState } from 'preact/hooks';
import type { ComplaintListItem } from '../../shared/contracts/complaints.ts';
import { COMPLAINT_STATUSES, type ComplaintAction } from '../../shared/complaints/lifecycle.ts';
import { complaintId as m } from '../../shared/i18n/complaint-id.ts';
import { CHANNEL_LABELS, StaffComplaintForm } from './StaffComplaintForm.tsx';
import type { StaffApi } from '../staff/lib/staff-api.ts';
import { ACTION_LABELS, timelineLabel, type ComplaintDetail } from './detail.ts';

export interface Filters {
  status: string;
  category: string;
  channel: string;
  officer: string;
  q: string;
}

const WARNING_LABEL: Record<ComplaintListItem['warning'], string> = { none: '', officer: 'Hari ke-3', head: 'Hari ke-4', overdue: 'Lewat batas' };

export function ListPanel(props: { items: ComplaintListItem[]; categories: readonly { id: string; name: string }[]; suggestions: number; filters: Filters; onFilters: (f: Filters) => void; selected: string | null; onOpen: (reference: string) => void; onExport: () => void }) {
  const f = props.filters;
  const set = (key: keyof Filters) => (e: Event) => {
    const t = e.currentTarget;
    if (t instanceof HTMLSelectElement || t instanceof HTMLInputElement) props.onFilters({ ...f, [key]: t.value });
  };
  const officers = [...new Set(props.items.flatMap((i) => (i.assignee ? [i.assignee] : [])))];
  return (
    <section class="card" aria-labelledby="cc-list-title">
      <h2 id="cc-list-title">Daftar pengaduan</h2>
      <p>Saran tanpa identitas: <strong data-testid="cc-suggestions">{props.suggestions}</strong> (dihitung terpisah)</p>
      <div class="cc-filters">
        <label>Status<select value={f.status} onChange={set('status')} data-testid="cc-filter-status"><option value="open">Terbuka</option><option value="">Semua</option>{COMPLAINT_STATUSES.map((s) => <option key={s} value={s}>{m.statuses[s]}</option>)}</select></label>
        <label>Kategori<select value={f.category} onChange={set('category')} data-testid="cc-filter-category"><option value="">Semua</option>{props.categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select></label>
        <label>Kanal<select value={f.channel} onChange={set('channel')}><option value="">Semua</option>{Object.entries(CHANNEL_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}</select></label>
        <label>Petugas<select value={f.officer} onChange={set('officer')}><option value="">Semua</option>{officers.map((o) => <option key={o} value={o}>{o}</option>)}</select></label>
        <label>Cari referensi<input value={f.q} onInput={set('q')} data-testid="cc-search" /></label>
        <button type="button" class="btn" onClick={props.onExport}>Ekspor CSV</button>
      </div>
      <table class="cc-table" data-testid="cc-list">
        <thead><tr><th>Referensi</th><th>Status</th><th>Sisa waktu</th><th>Pelapor</th><th>Kategori</th></tr></thead>
        <tbody>
          {props.items.map((i) => (
            <tr key={i.reference} class={props.selected === i.reference ? 'cc-row--selected' : ''}>
              <td><button type="button" class="cc-ref" onClick={() => props.onOpen(i.reference)}>{i.reference}</button><br />{CHANNEL_LABELS[i.channel]}</td>
              <td>{m.statuses[i.status]}</td>
              <td>{i.clock === 'running' ? `${i.leftDays} hari kerja (s.d. ${i.dueDate ?? '-'})` : i.clock === 'paused' ? `Dijeda, sisa ${i.leftDays}` : '—'} {i.warning !== 'none' && <span class={`cc-badge cc-badge--${i.warning}`}>{WARNING_LABEL[i.warning]}</span>}</td>
              <td>{i.reporterName}<br />{i.nikMasked}<br />{i.phoneMasked}</td>
              <td>{i.category}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.items.length === 0 && <p>Tidak ada pengaduan untuk filter ini.</p>}
    </section>
  );
}

export function DetailPanel(props: { api: StaffApi; detail: ComplaintDetail; onAct: (path: string, body: unknown) => Promise<boolean>; onOpen: (reference: string) => void }) {
  const d = props.detail;
  const [note, setNote] = useState('');
  const [unit, setUnit] = useState('');
  const [reason, setReason] = useState('');
  // The note box is emptied once the server took its text, unless the officer has already typed
  // the next one meanwhile (the answer comes after the list reloads). A refused step keeps it.
  const sent = (text: string) => (taken: boolean) => setNote((current) => (taken && current === text ? '' : current));
  const act = (action: ComplaintAction) => void props.onAct(`/api/complaints/${d.reference}/actions`, { action, note, ...(action === 'coordinate' ? { unit } : {}), ...(action === 'participant_rejects' ? { reason } : {}) }).then(sent(note));
  const c = d.clock;
  return (
    <section class="card cc-detail" aria-labelledby="cc-detail-title" data-testid="cc-detail">
      <h2 id="cc-detail-title">{d.reference} · <span data-testid="cc-status">{m.statuses[d.status]}</span></h2>
      {d.duplicates.length > 0 && (
        <div class="cc-hint" role="note" data-testid="cc-duplicate">
          Pengaduan serupa masih terbuka (NIK dan kategori sama, 30 hari terakhir): {d.duplicates.map((r) => (
            <span key={r}> <button type="button" class="btn" onClick={() => props.onOpen(r)}>{r}</button> <button type="button" class="btn" onClick={() => void props.onAct(`/api/complaints/${d.reference}/link`, { reference: r })}>Tautkan</button></span>
          ))}
        </div>
      )}
      <dl>
        <dt>Pelapor</dt><dd>{d.reporter.name}</dd>
        <dt>NIK</dt><dd>{d.reporter.nik}</dd>
        <dt>HP</dt><dd>{d.reporter.phone}</dd>
        {d.reporter.kpj && <><dt>KPJ</dt><dd>{d.reporter.kpj}</dd></>}
        {d.reporter.email && <><dt>E-mail</dt><dd data-testid="cc-email">{d.reporter.email}</dd></>}
        <dt>Kategori</dt><dd>{d.categoryName}</dd>
        <dt>Kanal</dt><dd>{CHANNEL_LABELS[d.channel]}{d.ticketNumber ? ` · tiket ${d.ticketNumber}` : ''}</dd>
        <dt>Kejadian</dt><dd>{[d.occurredAt, d.place].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>Uraian</dt><dd data-testid="cc-description">{d.description}</dd>
        <dt>Jam hukum</dt>
        <dd data-testid="cc-clock">
          {c.state === 'running' && `Berjalan: hari kerja ke-${c.usedDays} dari 5, sisa ${c.leftDays}, batas ${c.dueDate ?? '-'}`}
          {c.state === 'paused' && c.pause && `Dijeda sejak ${new Date(c.pause.since).toLocaleString('id-ID')} oleh ${c.pause.by}: ${c.pause.reason ?? ''}. Sisa ${c.pause.leftDays} hari kerja saat dijeda.`}
          {c.state === 'stopped' && 'Berhenti'}
        </dd>
        {d.completenessDeadline && <><dt>Batas kelengkapan</dt><dd data-testid="cc-completeness">{d.completenessDeadline} (30 hari, Pasal 10 ayat 3)</dd></>}
        {d.resolution && <><dt>Penyelesaian</dt><dd>{d.resolution}</dd></>}
        {d.escalationReason && <><dt>Eskalasi</dt><dd>{d.escalationReason}</dd></>}
        {d.linkedTo && <><dt>Tertaut ke</dt><dd>{d.linkedTo}</dd></>}
        <dt>Petugas</dt>
        <dd>
          <select aria-label="Tugaskan kepada" value={d.assignee ?? ''} onChange={(e) => void props.onAct(`/api/complaints/${d.reference}/assign`, { officer: e.currentTarget.value })}>
            <option value="">— belum ditugaskan —</option>
            {d.officers.map((o) => <option key={o.username} value={o.username}>{o.displayName}</option>)}
          </select>
        </dd>
      </dl>
      <div class="cc-form">
        <label>Catatan / penyelesaian<textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} data-testid="cc-note" /></label>
        {d.actions.includes('coordinate') && <label>Unit yang diajak koordinasi<input value={unit} onInput={(e) => setUnit(e.currentTarget.value)} /></label>}
        {d.actions.includes('participant_rejects') && <label>Alasan peserta tidak menerima<input value={reason} onInput={(e) => setReason(e.currentTarget.value)} data-testid="cc-reason" /></label>}
        <div class="cc-actions">
          {d.actions.map((a) => <button key={a} type="button" class="btn btn--primary" data-testid={`cc-action-${a}`} onClick={() => act(a)}>{ACTION_LABELS[a]}</button>)}
          <button type="button" class="btn" onClick={() => void props.onAct(`/api/complaints/${d.reference}/notes`, { text: note }).then(sent(note))}>Tambah catatan</button>
        </div>
      </div>
      <h3>Linimasa</h3>
      <ol class="cc-timeline" data-testid="cc-timeline">
        {d.timeline.map((e, i) => <li key={i} data-kind={e.kind}><strong>{new Date(e.at).toLocaleString('id-ID')} · {e.actor}</strong> — {timelineLabel(e.kind)}{e.note ? `: ${e.note}` : ''}</li>)}
      </ol>
    </section>
  );
}

export function RecordPanel(props: { api: StaffApi; onFiled: () => void }) {
  return (
    <section class="card" aria-labelledby="cc-record-title">
      <h2 id="cc-record-title">Catat pengaduan dari kanal lain</h2>
      <StaffComplaintForm api={props.api} withChannel onFiled={props.onFiled} />
    </section>
  );
}
