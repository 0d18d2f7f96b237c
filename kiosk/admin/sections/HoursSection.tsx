/** Opening hours, and the calendar: national holidays and cuti bersama (read only) and branch closures. */
import { useEffect, useState } from 'preact/hooks';
import { z } from '../../../shared/contracts/zod.ts';
import type { SettingsAnswer } from '../../../shared/contracts/admin.ts';
import { calendarEntrySchema } from '../../../shared/contracts/complaints.ts';
import { DEFAULT_OPENING_HOURS } from '../../../shared/wait/opening-hours.ts';
import { DECREES } from '../../../shared/calendar/holidays.ts';
import { api, messageOf, saveSettings } from '../admin-api.ts';
import { Feedback, useSave, type Outcome } from '../Feedback.tsx';

const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const;
const KIND_LABEL: Record<string, string> = { libur_nasional: 'Libur nasional', cuti_bersama: 'Cuti bersama', libur_khusus: 'Libur khusus', tutup_cabang: 'Penutupan cabang' };
/** A national date's source is a decree id: show the decree's short name (its number and year). */
const decreeName = (source: string) => {
  const decree = DECREES.find((d) => d.id === source);
  return decree ? decree.title.split(' tentang ')[0] ?? decree.title : source;
};
const calendarSchema = z.object({ version: z.string(), entries: z.array(calendarEntrySchema) });
type Entry = z.infer<typeof calendarEntrySchema>;

interface Props {
  answer: SettingsAnswer;
  onSaved: (a: SettingsAnswer) => void;
  isAdmin: boolean;
}

export function HoursSection({ answer, onSaved, isAdmin }: Props) {
  const [hours, setHours] = useState(answer.settings.openingHours ?? DEFAULT_OPENING_HOURS);
  const save = useSave(onSaved);
  return (
    <section class="card" aria-labelledby="hours-title">
      <h2 id="hours-title">Jam layanan</h2>
      <fieldset>
        <legend>Hari layanan</legend>
        <div class="checks">
          {DAYS.map((day, i) => (
            <label key={day}>
              <input type="checkbox" checked={hours.days.includes(i + 1)} onChange={(e) => setHours((h) => ({ ...h, days: e.currentTarget.checked ? [...h.days, i + 1].sort() : h.days.filter((d) => d !== i + 1) }))} />
              {day}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="grid2">
        <label>
          Jam buka
          <input type="time" value={hours.opens} onInput={(e) => setHours((h) => ({ ...h, opens: e.currentTarget.value }))} />
        </label>
        <label>
          Jam tutup
          <input type="time" value={hours.closes} onInput={(e) => setHours((h) => ({ ...h, closes: e.currentTarget.value }))} />
        </label>
      </div>
      <div class="checks">
        <label>
          <input type="checkbox" checked={hours.issueOutsideHours} onChange={(e) => setHours((h) => ({ ...h, issueOutsideHours: e.currentTarget.checked }))} />
          Kios-K tetap memberi nomor di luar jam layanan
        </label>
      </div>
      <button type="button" class="btn btn--primary" disabled={save.busy} onClick={() => void save.run(() => saveSettings('opening-hours', { openingHours: hours }))}>
        Simpan jam layanan
      </button>
      <Feedback outcome={save.outcome} />
      <CalendarPart isAdmin={isAdmin} year={answer.serviceDay.slice(0, 4)} />
    </section>
  );
}

function CalendarPart({ isAdmin, year }: { isAdmin: boolean; year: string }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [form, setForm] = useState({ date: '', name: '', source: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const load = () =>
    api
      .request('/api/calendar', calendarSchema)
      .then((c) => setEntries(c?.entries ?? []))
      .catch((e: unknown) => setOutcome({ text: messageOf(e), error: true }));
  useEffect(() => void load(), []);
  async function add(): Promise<void> {
    try {
      await api.request('/api/calendar/closures', null, { method: 'POST', body: form });
      setOutcome({ text: `Penutupan cabang ${form.date} tersimpan; batas waktu pengaduan yang terbuka ikut bergeser.`, error: false });
      setForm({ date: '', name: '', source: '' });
      await load();
    } catch (e) {
      setOutcome({ text: messageOf(e), error: true });
    }
  }
  const shown = entries.filter((e) => e.date >= `${year}-01-01` && e.date <= `${Number(year) + 1}-12-31`);
  return (
    <>
      <h3>Hari libur dan penutupan cabang</h3>
      <p class="note">Libur nasional dan cuti bersama berasal dari SKB 3 Menteri (tidak dapat diubah di sini). Penutupan cabang ditambahkan administrator dengan dasar hukumnya.</p>
      {isAdmin && (
        <fieldset>
          <legend>Tambah atau ubah penutupan cabang</legend>
          <div class="grid2">
            <label>
              Tanggal
              <input type="date" value={form.date} onInput={(e) => setForm((f) => ({ ...f, date: e.currentTarget.value }))} />
            </label>
            <label>
              Keterangan
              <input value={form.name} onInput={(e) => setForm((f) => ({ ...f, name: e.currentTarget.value }))} />
            </label>
            <label>
              Dasar hukum (surat edaran, keputusan)
              <input value={form.source} onInput={(e) => setForm((f) => ({ ...f, source: e.currentTarget.value }))} />
            </label>
          </div>
          <button type="button" class="btn btn--primary" onClick={() => void add()}>
            Simpan penutupan
          </button>
        </fieldset>
      )}
      <Feedback outcome={outcome} />
      <table class="list">
        <caption class="note">Tahun {year} dan {Number(year) + 1}</caption>
        <thead>
          <tr>
            <th scope="col">Tanggal</th>
            <th scope="col">Jenis</th>
            <th scope="col">Keterangan</th>
            <th scope="col">Dasar hukum</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={`${e.date}-${e.kind}`}>
              <td>{e.date}</td>
              <td>{KIND_LABEL[e.kind] ?? e.kind}</td>
              <td>{e.name}</td>
              <td>{decreeName(e.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
