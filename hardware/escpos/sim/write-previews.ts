/**
 * npm run printer:previews [-- --out data/previews]: renders the sample ticket (80 and 58 mm),
 * complaint receipt and checklist to PNG through the real encoder and preview renderer, for a
 * human to look at before changing a layout.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeDocument } from '../encode.ts';
import { renderPreview } from '../preview.ts';
import { printerProfileSchema } from '../profile.ts';
import { sampleChecklist, sampleReceipt, sampleTicket } from '../test-fixtures/documents.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/previews' } } });
const out = values.out;
await mkdir(out, { recursive: true });
const jobs = [
  ['queue-ticket-80mm', sampleTicket('80mm', true), '80mm'],
  ['queue-ticket-58mm', sampleTicket('58mm'), '58mm'],
  ['complaint-receipt-80mm', sampleReceipt('80mm'), '80mm'],
  ['checklist-58mm', sampleChecklist('58mm'), '58mm'],
] as const;
for (const [name, doc, paper] of jobs) {
  const bytes = encodeDocument(doc, printerProfileSchema.parse({ paper }));
  await writeFile(join(out, `${name}.png`), renderPreview(bytes, { paper }).png);
  console.log(`${join(out, `${name}.png`)} (${bytes.length} byte ESC/POS)`);
}
