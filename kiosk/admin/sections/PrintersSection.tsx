/** Printers: address, paper width, health, check now, test print. Addresses and paper are set in the branch file. */
import { useEffect, useState } from 'preact/hooks';
import { z } from '../../../shared/contracts/zod.ts';
import { printerViewSchema, type PrinterViewDto } from '../../../shared/contracts/printing.ts';
import { printOutcomeSchema } from '../../../shared/contracts/tickets.ts';
import { api, messageOf } from '../admin-api.ts';
import { Feedback, type Outcome } from '../Feedback.tsx';

const listSchema = z.object({ printers: z.array(printerViewSchema) });
const checkSchema = z.object({ printer: printerViewSchema });
const testSchema = z.object({ print: printOutcomeSchema });

export function PrintersSection() {
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
  return (
    <section class="card" aria-labelledby="printers-title">
      <h2 id="printers-title">Printer</h2>
      <p class="note">Alamat printer dan lebar kertas diatur di berkas cabang (bagian "printing") dan berlaku setelah server dimulai ulang.</p>
      <table class="list">
        <thead>
          <tr>
            <th scope="col">Printer</th>
            <th scope="col">Alamat</th>
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
              <td>{p.address}</td>
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
        </tbody>
      </table>
      <Feedback outcome={outcome} />
    </section>
  );
}
