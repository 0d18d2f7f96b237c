/** Branch details and time zone, running text, fast-track and recall rules. */
import { useState } from 'preact/hooks';
import type { SettingsAnswer } from '../../../shared/contracts/admin.ts';
import { BRANCH_TIME_ZONES, TIME_ZONE_LABEL, type BranchTimeZone } from '../../../shared/calendar/timezone.ts';
import { saveSettings } from '../admin-api.ts';
import { Feedback, useSave } from '../Feedback.tsx';

interface Props {
  answer: SettingsAnswer;
  onSaved: (a: SettingsAnswer) => void;
  isAdmin: boolean;
}

export function BranchSection({ answer, onSaved, isAdmin }: Props) {
  const b = answer.settings.branch;
  const [code, setCode] = useState(b.code);
  const [name, setName] = useState(b.name);
  const [address, setAddress] = useState(b.address ?? '');
  const [timeZone, setTimeZone] = useState<BranchTimeZone>(b.timeZone);
  const [runningText, setRunningText] = useState(b.runningText);
  const details = useSave(onSaved);
  const text = useSave(onSaved);
  return (
    <section class="card" aria-labelledby="branch-title">
      <h2 id="branch-title">Data cabang</h2>
      <fieldset disabled={!isAdmin}>
        <legend>Identitas dan zona waktu</legend>
        <div class="grid2">
          <label>
            Kode cabang
            <input value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          </label>
          <label>
            Nama cabang
            <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            Alamat
            <input value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
          </label>
          <label>
            Zona waktu
            <select value={timeZone} onChange={(e) => setTimeZone(BRANCH_TIME_ZONES.find((z) => z === e.currentTarget.value) ?? timeZone)}>
              {BRANCH_TIME_ZONES.map((z) => (
                <option key={z} value={z}>
                  {TIME_ZONE_LABEL[z]} ({z})
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="button" class="btn btn--primary" disabled={details.busy} onClick={() => void details.run(() => saveSettings('branch', { code, name, timeZone, ...(address.trim() ? { address } : {}) }))}>
          Simpan data cabang
        </button>
        <Feedback outcome={details.outcome} />
      </fieldset>
      <fieldset>
        <legend>Teks berjalan di papan antrean</legend>
        <label>
          Teks berjalan
          <textarea maxLength={500} value={runningText} onInput={(e) => setRunningText(e.currentTarget.value)} />
        </label>
        <button type="button" class="btn btn--primary" disabled={text.busy} onClick={() => void text.run(() => saveSettings('running-text', { runningText }))}>
          Simpan teks berjalan
        </button>
        <Feedback outcome={text.outcome} />
      </fieldset>
    </section>
  );
}

export function RulesSection({ answer, onSaved, isAdmin }: Props) {
  const s = answer.settings;
  const [rules, setRules] = useState({
    fastTrack: { maxNormalWaitMinutes: s.fastTrack.maxNormalWaitMinutes, maxConsecutiveFastTrack: s.fastTrack.maxConsecutiveFastTrack },
    recall: { ...s.recall },
    targets: { ...s.targets },
  });
  const save = useSave(onSaved);
  const field = <G extends keyof typeof rules>(group: G, key: keyof (typeof rules)[G] & string, label: string) => (
    <label>
      {label}
      <input
        type="number"
        value={Number(rules[group][key])}
        onInput={(e) => {
          const value = Number(e.currentTarget.value);
          setRules((r) => ({ ...r, [group]: { ...r[group], [key]: value } }));
        }}
      />
    </label>
  );
  return (
    <section class="card" aria-labelledby="rules-title">
      <h2 id="rules-title">Aturan prioritas dan panggil ulang</h2>
      <fieldset disabled={!isAdmin}>
        <legend>Jalur prioritas</legend>
        <div class="grid2">
          {field('fastTrack', 'maxNormalWaitMinutes', 'Antrean biasa didahulukan setelah menunggu (menit)')}
          {field('fastTrack', 'maxConsecutiveFastTrack', 'Panggilan prioritas berturut-turut paling banyak')}
        </div>
      </fieldset>
      <fieldset disabled={!isAdmin}>
        <legend>Panggil ulang dan nomor terlewat</legend>
        <div class="grid2">
          {field('recall', 'maxRecalls', 'Panggil ulang paling banyak (kali)')}
          {field('recall', 'minIntervalSeconds', 'Jeda panggil ulang (detik)')}
          {field('recall', 'missedReturnMinutes', 'Nomor terlewat kembali ke urutan semula dalam (menit)')}
        </div>
      </fieldset>
      <fieldset disabled={!isAdmin}>
        <legend>Target waktu tunggu (peringatan supervisor)</legend>
        <div class="grid2">
          {field('targets', 'waitMinutes', 'Antrean biasa (menit)')}
          {field('targets', 'fastTrackWaitMinutes', 'Jalur prioritas (menit)')}
        </div>
      </fieldset>
      {isAdmin && (
        <button type="button" class="btn btn--primary" disabled={save.busy} onClick={() => void save.run(() => saveSettings('queue-rules', rules))}>
          Simpan aturan
        </button>
      )}
      <Feedback outcome={save.outcome} />
    </section>
  );
}
