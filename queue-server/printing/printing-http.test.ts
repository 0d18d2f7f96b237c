/**
 * The printing side plugged into the real app: ticket issuance answers with the print outcome and
 * never fails because of the printer; staff see printer health and can reprint.
 */
import { describe, expect, it } from 'vitest';
import { checkedFetch } from '../testing/contract-check.ts';
import type { IssueTicketResponse } from '../../shared/contracts/http.ts';
import { decodeEscPos, printedLines } from '../../hardware/escpos/decode.ts';
import type { SimScenario } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { printingServerPerTest } from '../testing/printing-server.ts';

const server = printingServerPerTest();

async function startServer(scenario: SimScenario, printing: object = {}) {
  const running = await server.start({ scenario, printing, env: { PUBLIC_BASE_URL: 'http://10.1.2.3:3000' } });
  const { base, staff, events } = running;
  const serviceId = running.branch.services[0]?.id ?? '';
  const issue = async (): Promise<{ status: number; body: IssueTicketResponse }> => {
    const res = await checkedFetch(`${base}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId }) });
    return { status: res.status, body: (await res.json()) as IssueTicketResponse };
  };
  return { base, staff, issue, events };
}

describe('printing in the server', () => {
  it('issues a ticket and answers printed when the network printer is ready', async () => {
    const { issue } = await startServer('ready');
    const { status, body } = await issue();
    expect(status).toBe(201);
    expect(body.print).toEqual({ status: 'printed' });
  });

  it('paper out: the ticket is still issued (201), print failed with the reason, and a printer.status event is published', async () => {
    const { issue, events, base, staff } = await startServer('paper-out');
    const { status, body } = await issue();
    expect(status).toBe(201);
    expect(body.ticket.number).toMatch(/^[A-Z]-\d{3}$/);
    expect(body.print.status).toBe('failed');
    expect(body.print.reason).toContain('kertas habis');
    expect(events.filter((e) => e.type === 'printer.status').map((e) => e.data)).toContainEqual(expect.objectContaining({ printerId: 'kiosk', condition: 'paper-out', label: 'kertas habis' }));
    const printers = (await (await checkedFetch(`${base}/api/printers`, { headers: staff })).json()) as { printers: Array<{ printerId: string; condition: string }> };
    expect(printers.printers).toEqual([expect.objectContaining({ printerId: 'kiosk', condition: 'paper-out' })]);
    const overview = (await (await checkedFetch(`${base}/api/supervisor/overview`, { headers: staff })).json()) as { printers: Array<{ printerId: string; condition: string }> };
    expect(overview.printers).toEqual([expect.objectContaining({ printerId: 'kiosk', condition: 'paper-out' })]);
  });

  it('a hanging printer never holds the kiosk: the answer comes within the bounded wait as queued', async () => {
    const { issue } = await startServer('slow');
    const started = Date.now();
    const { status, body } = await issue();
    expect(status).toBe(201);
    expect(body.print.status).toBe('queued');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('the kiosk prints a requirement checklist by list id (JHT claim)', async () => {
    const { base } = await startServer('ready');
    const lists = (await (await checkedFetch(`${base}/api/print/checklists`)).json()) as { checklists: Array<{ id: string; items: number }> };
    const jht = lists.checklists.find((l) => l.id === 'klaim-jht');
    expect(jht?.items).toBeGreaterThan(0);
    const printed = server.current?.sim.nextJob();
    const res = await checkedFetch(`${base}/api/print/checklist`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ listId: 'klaim-jht' }) });
    expect(await res.json()).toEqual({ print: { status: 'printed' } });
    const lines = printedLines(decodeEscPos((await printed)?.bytes ?? new Uint8Array()).commands);
    expect(lines.filter((l) => l.startsWith('[ ] '))).toHaveLength(jht?.items ?? -1);
    expect((await checkedFetch(`${base}/api/print/checklist`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ listId: 'tidak-ada' }) })).status).toBe(404);
  });

  it('staff reprint: requires a session, prints, and is recorded', async () => {
    const { issue, base, staff } = await startServer('ready');
    const { body } = await issue();
    const jobId = `tiket-${body.ticket.id}`;
    expect((await checkedFetch(`${base}/api/print-jobs/${jobId}/reprint`, { method: 'POST' })).status).toBe(401);
    const res = await checkedFetch(`${base}/api/print-jobs/${jobId}/reprint`, { method: 'POST', headers: staff, body: JSON.stringify({ reason: 'tiket robek' }) });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ job: { id: `${jobId}-ulang-1`, reprintOf: jobId }, print: { status: 'printed' } });
    const jobs = (await (await checkedFetch(`${base}/api/print-jobs`, { headers: staff })).json()) as { reprints: Array<{ staff: { username: string }; reason: string }> };
    expect(jobs.reprints).toEqual([expect.objectContaining({ staff: expect.objectContaining({ username: 'admin' }), reason: 'tiket robek' })]);
    const preview = await checkedFetch(`${base}/api/print-jobs/${jobId}/preview.png`, { headers: staff });
    expect(preview.headers.get('content-type')).toBe('image/png');
    expect((await checkedFetch(`${base}/api/print-jobs/..%2F..%2Fetc/reprint`, { method: 'POST', headers: staff })).status).toBe(400);
  });
});
