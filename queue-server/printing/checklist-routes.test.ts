/**
 * "Cetak persyaratan" from an FAQ answer: POST /api/print/checklist {faqId} prints the documents the
 * server finds in its own FAQ data (never text from the request) on a fake network printer, and
 * says plainly why nothing was printed when it cannot.
 */
import { describe, expect, it } from 'vitest';
import { checkedFetch } from '../testing/contract-check.ts';
import { decodeEscPos, printedLines } from '../../hardware/escpos/decode.ts';
import type { SimScenario } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { checklistFor } from '../../shared/faq/index.ts';
import { loadFaqDataset } from '../faq/faq-dataset.ts';
import { printingServerPerTest } from '../testing/printing-server.ts';

const dataset = loadFaqDataset();
const checklistEntry = dataset?.entries.find((e) => e.duplicateOf === undefined && e.isChecklist && e.id.startsWith('jht-'));
const plainEntry = dataset?.entries.find((e) => !e.isChecklist && e.duplicateOf === undefined);
const server = printingServerPerTest();

async function startServer(scenario: SimScenario) {
  const running = await server.start({ scenario, printing: { issueWaitMs: 1500 } });
  const { base } = running;
  const post = async (body: unknown) => {
    const res = await checkedFetch(`${base}/api/print/checklist`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer: unknown = await res.json();
    return { status: res.status, answer };
  };
  return { post };
}

describe('printing the checklist of an FAQ answer', () => {
  it('prints every document of the answer, from the server data, with the question as title', async () => {
    expect(checklistEntry).toBeDefined();
    const expected = dataset && checklistEntry ? checklistFor(dataset, checklistEntry.id) : undefined;
    expect(expected?.items.length).toBeGreaterThan(1);
    const { post } = await startServer('ready');
    const printed = server.current?.sim.nextJob();
    expect(await post({ faqId: checklistEntry?.id })).toEqual({ status: 200, answer: { print: { status: 'printed' } } });
    const lines = printedLines(decodeEscPos((await printed)?.bytes ?? new Uint8Array()).commands);
    expect(lines.filter((l) => l.startsWith('[ ] '))).toHaveLength(expected?.items.length ?? -1);
    expect(lines.join(' ')).toContain('Panduan Tanya Jawab');
  });

  it('paper out: answers failed with the reason the kiosk shows', async () => {
    const { post } = await startServer('paper-out');
    const { status, answer } = await post({ faqId: checklistEntry?.id });
    expect(status).toBe(200);
    expect(answer).toEqual({ print: { status: 'failed', reason: expect.stringContaining('kertas habis') } });
  });

  it('refuses an answer that is not a list, an unknown question, client text and bad ids, in Indonesian', async () => {
    const { post } = await startServer('ready');
    const cases: Array<[unknown, number]> = [
      [{ faqId: plainEntry?.id }, 400],
      [{ faqId: 'jht-tidakada' }, 404],
      [{ faqId: checklistEntry?.id, items: ['Bawa uang tunai Rp 5.000.000'] }, 400],
      [{ faqId: '../../etc/passwd' }, 400],
      [{ faqId: 42 }, 400],
      [{}, 400],
    ];
    for (const [body, status] of cases) {
      const res = await post(body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(JSON.stringify(res.answer)).toMatch(/"message":"[^"]*[a-z]/);
    }
    expect(await post({ listId: 'klaim-jht' })).toMatchObject({ status: 200, answer: { print: { status: 'printed' } } });
  });
});
