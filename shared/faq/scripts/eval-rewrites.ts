// npx tsx shared/faq/scripts/eval-rewrites.ts [--seed N] [--misses] [--versus]
// A stress test over the whole guide, not a labelled set: every canonical question is rewritten the
// way a visitor would type it (informal words, question words dropped, some words left out, one slip
// in a long word), and the search must find the question it came from. It shows whether answers
// deep in the guide can be found at all, and it calibrates our labelled sets: off-the-shelf
// MiniSearch is run on the same rewrites for comparison.

import { buildSearchIndex, search } from '../index.ts';
import { outcome, score } from '../quality/metrics.ts';
import { miniSearchBaseline } from './minisearch-baseline.ts';
import { loadDataset } from './evaluation-data.ts';

const dataset = loadDataset();
const K = 5;
const seedArg = process.argv.indexOf('--seed');
let state = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 7;

/** mulberry32: a small seeded generator so every run rewrites the same way. */
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** How visitors write the guide's words (phrases first). An empty choice drops the word. */
const INFORMAL: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bbpjs ketenagakerjaan\b/g, ['bpjstk', 'bpjs tk', 'bpjs']],
  [/\bmengundurkan diri\b/g, ['resign', 'keluar kerja']],
  [/\bpemutusan hubungan kerja\b/g, ['phk', 'di phk']],
  [/\bmeninggal dunia\b/g, ['meninggal', 'wafat']],
  [/\btenaga kerja\b/g, ['tk', 'pekerja', 'karyawan']],
  [/\bapa saja\b/g, ['apa aja', '']],
  [/\bapakah\b/g, ['', '', 'apa']],
  [/\bbagaimana\b/g, ['gimana', 'gmn', 'bagaimana']],
  [/\bberapa\b/g, ['brp', 'berapa']],
  [/\btidak\b/g, ['ga', 'gak', 'tdk']],
  [/\bsudah\b/g, ['udah', 'udh']],
  [/\bbelum\b/g, ['blm', 'belum']],
  [/\byang\b/g, ['yg', '']],
  [/\buntuk\b/g, ['buat', 'utk']],
  [/\bdengan\b/g, ['dgn', 'sama']],
  [/\bkarena\b/g, ['krn', 'karna']],
  [/\b(jika|apabila|bila)\b/g, ['kalo', 'kalau']],
  [/\bdapat\b/g, ['bisa', 'bs']],
  [/\bmendapatkan\b/g, ['dapet', 'dapat']],
  [/\bhilang\b/g, ['ilang', 'hilang']],
  [/\bnomor\b/g, ['no', 'nomor']],
  [/\bpersyaratan\b/g, ['syarat', 'persyaratan']],
  [/\bperusahaan\b/g, ['perusahaan', 'kantor', 'pt']],
  [/\b(dilakukan|melakukan|tersebut|oleh|adalah|para|bagi|pada)\b/g, ['']],
];

function slip(word: string): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0: return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    case 1: return word.slice(0, i) + word.slice(i + 1);
    default: return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
  }
}

function rewrite(question: string): string {
  let text = question.toLowerCase().replace(/[?.,;:()"/]+/g, ' ');
  for (const [pattern, choices] of INFORMAL) text = text.replace(pattern, () => pick(choices));
  let words = text.split(/\s+/).filter((w) => w !== '');
  // Visitors write less than the guide asks: drop some words, and keep at most ten.
  words = words.filter(() => random() > 0.2).slice(0, 10);
  if (random() < 0.3) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/.test(w));
    if (long.length > 0) {
      const [w, i] = pick(long);
      words[i] = slip(w);
    }
  }
  return words.join(' ');
}

const canonical = dataset.entries.filter((e) => e.duplicateOf === undefined);
// The guide asks a few questions twice with different answers: either counts as found.
const sameQuestion = new Map<string, string[]>();
const key = (q: string): string => q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
for (const e of canonical) sameQuestion.set(key(e.question), [...(sameQuestion.get(key(e.question)) ?? []), e.id]);
const cases = canonical
  .map((e) => ({ query: rewrite(e.question), relevant: sameQuestion.get(key(e.question)) ?? [e.id], split: 'tuning' as const }))
  .filter((c) => c.query.split(' ').length >= 2);

const mini = miniSearchBaseline(dataset);
const ours = buildSearchIndex(dataset);

const fmt = (x: number): string => x.toFixed(3);
const engines: Record<string, (q: string) => string[]> = {
  'Kios-K search': (q) => search(ours, q, { limit: K }).map((r) => r.id),
  'MiniSearch (prefix+fuzzy)': (q) => mini(q).slice(0, K),
};
for (const [name, run] of Object.entries(engines)) {
  const outcomes = cases.map((c) => outcome(c, run(c.query), K));
  const s = score(outcomes);
  console.log(`${name.padEnd(26)} rewrites n=${s.queries}  MRR@5 ${fmt(s.mrr)}  hit@5 ${fmt(s.hit)}`);
  if (name === 'Kios-K search' && process.argv.includes('--misses')) {
    for (const o of outcomes) if (o.rank !== 1) console.log(`   rank ${o.rank || '-'}  ${o.query}`);
  }
}
// --versus: the rewrites MiniSearch ranks better than we do (where our ranking loses ground).
if (process.argv.includes('--versus')) {
  const [ours, theirs] = Object.values(engines);
  const byId = new Map(canonical.map((e) => [e.id, e.question]));
  const rankOf = (run: ((q: string) => string[]) | undefined, c: (typeof cases)[number]): number => {
    const rank = run ? outcome(c, run(c.query), K).rank : 0;
    return rank === 0 ? K + 1 : rank;
  };
  for (const c of cases) {
    if (rankOf(ours, c) <= rankOf(theirs, c)) continue;
    console.log(`ours ${rankOf(ours, c)} mini ${rankOf(theirs, c)}  ${c.query}\n      want: ${byId.get(c.relevant[0] ?? '') ?? ''}`);
  }
}
