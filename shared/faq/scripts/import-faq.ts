// npm run faq:import — rebuilds shared/faq/data/*.json from the seed texts copied into shared/faq/seed/.
// Deterministic: running it twice gives byte-identical files (ids come from content).

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../import/build-dataset.ts';
import { parseRequirements } from '../import/requirements.ts';
import { toCompactFaq } from '../compact.ts';

const faqDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const GUIDE = 'seed/panduan-tanya-jawab-eksternal.txt';
const STANDARD = 'seed/standar-pelayanan-pendaftaran-klaim.txt';

const report = buildDataset(readFileSync(join(faqDir, GUIDE), 'utf8'), `shared/faq/${GUIDE}`);
if (report.unusedRepairs.length > 0) {
  console.error(`Perbaikan teks yang tidak lagi cocok dengan seed: ${report.unusedRepairs.join(' | ')}`);
  process.exit(1);
}
const requirements = parseRequirements(readFileSync(join(faqDir, STANDARD), 'utf8'), `shared/faq/${STANDARD}`);

writeFileSync(join(faqDir, 'data/faq.json'), `${JSON.stringify(report.dataset, null, 1)}\n`);
writeFileSync(join(faqDir, 'data/faq.compact.json'), `${JSON.stringify(toCompactFaq(report.dataset))}\n`);
writeFileSync(join(faqDir, 'data/requirements.json'), `${JSON.stringify(requirements, null, 1)}\n`);

const { sections, entries } = report.dataset;
const duplicates = entries.filter((e) => e.duplicateOf !== undefined).length;
console.log(`Bagian: ${sections.length}, pertanyaan: ${entries.length}, duplikat ditautkan: ${duplicates}, ` +
  `daftar persyaratan: ${entries.filter((e) => e.isChecklist).length}, perlu ditinjau: ${entries.filter((e) => e.reviewNote).length}`);
for (const [a, b] of report.conflictingDuplicates) console.log(`Pertanyaan sama, jawaban berbeda (dibiarkan terpisah): ${a} / ${b}`);
console.log(`Persyaratan: ${requirements.lists.map((l) => `${l.id} (${l.documents.length} dokumen)`).join(', ')}`);
