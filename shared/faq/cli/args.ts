// Command-line arguments of `npm run faq:search`, parsed without IO so the rules can be tested.
// Every argument is untrusted: anything unexpected is a usage error with a message, never a crash.

export interface CliOptions {
  readonly json: boolean;
  readonly batch: boolean;
  readonly prefix: boolean;
  readonly limit: number;
  readonly query: string;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export const USAGE = `Pemakaian: npm run --silent faq:search -- [--json] [--limit N] [--prefix] "pertanyaan"
          npm run --silent faq:search -- --batch [--limit N] < pertanyaan.txt
  --json       keluaran JSON: [{id, section, question, score}]
  --limit N    jumlah hasil, 1–${MAX_LIMIT} (bawaan ${DEFAULT_LIMIT})
  --prefix     kata terakhir boleh belum lengkap (saran saat mengetik)
  --batch      satu pertanyaan per baris dari standard input, satu larik JSON per baris
  --help       tampilkan bantuan ini`;

function parseLimit(value: string | undefined): number | string {
  if (value === undefined || value === '') return 'Opsi --limit memerlukan angka, contoh: --limit 5';
  if (!/^\d{1,4}$/.test(value)) return `Nilai --limit tidak valid: "${value}" (harus bilangan bulat 1–${MAX_LIMIT})`;
  const n = Number(value);
  if (n < 1 || n > MAX_LIMIT) return `Nilai --limit di luar rentang: ${n} (harus 1–${MAX_LIMIT})`;
  return n;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let json = false;
  let batch = false;
  let prefix = false;
  let limit = DEFAULT_LIMIT;
  const words: string[] = [];
  let onlyWords = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyWords || !arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    if (arg === '--') onlyWords = true;
    else if (arg === '--json') json = true;
    else if (arg === '--batch') batch = true;
    else if (arg === '--prefix') prefix = true;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg === '--limit' ? argv[++i] : arg.slice('--limit='.length);
      const parsed = parseLimit(value);
      if (typeof parsed === 'string') return { kind: 'error', message: parsed };
      limit = parsed;
    } else {
      return { kind: 'error', message: `Opsi tidak dikenal: ${arg.slice(0, 40)}` };
    }
  }
  const query = words.join(' ').trim();
  if (batch && query !== '') return { kind: 'error', message: 'Dengan --batch, pertanyaan dibaca dari standard input, bukan dari argumen.' };
  if (!batch && query === '') return { kind: 'error', message: 'Tuliskan pertanyaan, contoh: npm run --silent faq:search -- "syarat klaim jht"' };
  return { kind: 'run', options: { json: json || batch, batch, prefix, limit, query } };
}
