/** CLI: npm run --silent survey:ikm -- FILE.csv (see shared/survey/ikm-cli.ts). */
import { readFileSync } from 'node:fs';
import { ikmCliOutput } from '../ikm-cli.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('Pemakaian: npm run --silent survey:ikm -- BERKAS.csv  (baris judul u1..u9, nilai 1-4 atau kosong)\n');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  process.stderr.write(`Berkas ${file} tidak dapat dibaca: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
const out = ikmCliOutput(text);
process.stdout.write(out.stdout);
process.stderr.write(out.stderr);
process.exit(out.exitCode);
