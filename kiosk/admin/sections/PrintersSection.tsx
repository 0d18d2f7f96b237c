/**
 * Printers: health, check now, test print, and (administrator) each printer's address and paper
 * width, saved as the "printers" settings section and applied at once without a restart. The
 * branch head sees the settings read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from '../../../shared/contracts/zod.ts';
import type { SettingsAnswer } from '../../../shared/contracts/admin.ts';
import { printerViewSchema, type PrinterViewDto } from '../../../shared/contracts/printing.ts';
import { printOutcomeSchema } from '../../../shared/contracts/tickets.ts';
import { api, messageOf, saveSettings } from '../admin-api.ts';
import { Feedback, useSave, type Outcome } from '../Feedback.tsx';

const listSchema = z.object({ printers: z.array(printerViewSchema) });
const checkSchema = z.object({ printer: printerViewSchema });
const testSchema = z.object({ print: printOutcomeSchema });

type Paper = '58mm' | '80mm';

interface Props {
  answer: SettingsAnswer;
  onSaved: (a: SettingsAnswer) => void;
  isAdmin: boolean;
}

export function PrintersSection({ answer, onSaved, isAdmin }: Props) {
  const [printers, setPrinters] = useState<PrinterViewDto[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const load = () =>
    api
      .request('/api/printers', listSchema)
      .then((a) => setPrinters(a?.printers ?? []))
      .catch((e: unknown) => setOutcome({ text: messageOf(e), error: true }));
  useEffect(() => void load(), []);
  async function act(p: PrinterViewDto, kind: 'check' | 'test'): Promise<void> {
    try {
      if (kind === 'check') {
        const a = await api.request(`/api/printers/${encodeURIComponent(p.printerId)}/check`, checkSchema, { method: 'POST' });
        setOutcome({ text: `${p.printerId}: ${a?.printer.label ?? 'diperiksa'}.`, error: false });
      } else {
        const a = await api.request(`/api/admin/printers/${encodeURIComponent(p.printerId)}/test-print`, testSchema, { method: 'POST' });
        const printed = a?.print.status === 'printed';
        setOutcome({ text: printed ? `Cetak uji terkirim ke ${p.printerId}.` : `Cetak uji ke ${p.printerId} belum tercetak: ${a?.print.reason ?? a?.print.status ?? ''}`, error: !printed });
      }
      await load();
    } catch (e) {
      setOutcome({ text: messageOf(e), error: true });
    }
  }
  const saved = (a: SettingsAnswer): void => {
    onSaved(a);
    void load();
  };
  return (
    <section class="card" aria-labelledby="printers-title">
      <h2 id="printers-title">Printer</h2>
      <p class="note">
        {isAdmin
          ? 'Alamat (tcp://host:port, usb:/dev/usb/lp0, simulated atau none) dan lebar kertas berlaku sekarang tanpa memulai ulang server; cetakan yang sedang berjalan selesai di alamat lama.'
          : 'Alamat printer dan lebar kertas hanya dapat diubah oleh administrator.'}
      </p>
      <table class="list">
        <thead>
          <tr>
            <th scope="col">Printer</th>
            <th scope="col">Alamat dan kertas</th>
            <th scope="col">Kondisi</th>
            <th scope="col">Antre</th>
            <th scope="col">Tindakan</th>
          </tr>
        </thead>
        <tbody>
          {printers.map((p) => (
            <tr key={p.printerId}>
              <td>
                {p.printerId}
                {p.counterId ? ` (${p.counterId})` : ''}
              </td>
              <td>
                <PrinterSettingForm id={p.printerId} address={p.setting ?? p.address} paper={p.paperWidth ?? '80mm'} isAdmin={isAdmin} onSaved={saved} />
              </td>
              <td>{p.label}</td>
              <td>{p.pendingJobs}</td>
              <td class="row">
                <button type="button" class="btn" onClick={() => void act(p, 'check')}>
                  Periksa {p.printerId}
                </button>
                <button type="button" class="btn" onClick={() => void act(p, 'test')}>
                  Cetak uji {p.printerId}
                </button>
              </td>
            </tr>
          ))}
          {(answer.settings.printers ?? [])
            .filter((stored) => !printers.some((p) => p.printerId === stored.id))
            .map((stored) => (
              // Set to "none": not connected, so not in the health list, but still settable back.
              <tr key={stored.id}>
                <td>{stored.id}</td>
                <td>
                  <PrinterSettingForm id={stored.id} address={stored.address} paper={stored.paperWidth} isAdmin={isAdmin} onSaved={saved} />
                </td>
                <td>tidak dipasang</td>
                <td>0</td>
                <td />
              </tr>
            ))}
        </tbody>
      </table>
      <Feedback outcome={outcome} />
    </section>
  );
}

/** One printer's address and paper width as the server uses them now. */
function PrinterSettingForm(props: { id: string; address: string; paper: Paper; isAdmin: boolean; onSaved: (a: SettingsAnswer) => void }) {
  const { id, isAdmin, onSaved } = props;
  const [address, setAddress] = useState(props.address);
  const [paper, setPaper] = useState<Paper>(props.paper);
  const save = useSave(onSaved);
  return (
    <fieldset disabled={!isAdmin} class="printer-setting">
      <legend class="sr-only">Pengaturan printer {id}</legend>
      <label>
        Alamat printer {id}
        <input value={address} maxLength={200} onInput={(e) => setAddress(e.currentTarget.value)} />
      </label>
      <label>
        Lebar kertas {id}
        <select value={paper} onChange={(e) => setPaper(e.currentTarget.value === '58mm' ? '58mm' : '80mm')}>
          <option value="80mm">80 mm</option>
          <option value="58mm">58 mm</option>
        </select>
      </label>
      {isAdmin && (
        <button type="button" class="btn btn--primary" disabled={save.busy} onClick={() => void save.run(() => saveSettings('printers', { printers: [{ id, address: address.trim(), paperWidth: paper }] }))}>
          Simpan printer {id}
        </button>
      )}
      <Feedback outcome={save.outcome} />
    </fieldset>
  );
}
