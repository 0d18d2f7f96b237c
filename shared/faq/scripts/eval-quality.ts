// npx tsx shared/faq/scripts/eval-quality.ts [--opened] [--misses] [--typos] [--partial]
// MRR@5, recall@5 and hit@5 of the FAQ search on the labelled queries, per split.
// --opened: only the splits opened for development, so that iterating never shows a held-out figure.

import { buildSearchIndex, search } from '../index.ts';
import { KIND_NAMES, OPENED_SPLITS, QUERY_KINDS, SPLITS, outcome, score } from '../quality/metrics.ts';
import { loadDataset, loadLabelledQueries } from './evaluation-data.ts';

const dataset = loadDataset();
const queries = loadLabelledQueries();
const index = buildSearchIndex(dataset);
const K = 5;
const fmt = (x: number): string => x.toFixed(3);

/**
 * --typos: every word of 5+ letters gets one slip, cycling through swap / drop / double / neighbour
 * key, to see how much a visitor's typing errors cost (a stress test, not a gate).
 */
const NEIGHBOUR: Readonly<Record<string, string>> = { a: 's', e: 'r', i: 'u', o: 'p', u: 'y', n: 'm', r: 't', s: 'a', k: 'j', l: 'k', t: 'r', m: 'n', h: 'g', j: 'h', p: 'o', d: 's', g: 'h', b: 'v', y: 't', c: 'x', w: 'q' };
function slip(word: string, n: number): string {
  const i = 1 + (n % (word.length - 2));
  switch (n % 4) {
    case 0: return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    case 1: return word.slice(0, i) + word.slice(i + 1);
    case 2: return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
    default: return word.slice(0, i) + (NEIGHBOUR[word[i] ?? ''] ?? word[i] ?? '') + word.slice(i + 1);
  }
}
const typos = process.argv.includes('--typos');
/** --partial: as-you-type suggestions after 70% of each query has been typed (prefix mode). */
const partial = process.argv.includes('--partial');
let counter = 0;
const typed = (q: string): string => {
  const slipped = typos ? q.split(' ').map((w) => (/^[a-z]{5,}$/.test(w) ? slip(w, counter++) : w)).join(' ') : q;
  return partial ? slipped.slice(0, Math.ceil(slipped.length * 0.7)) : slipped;
};
const openedOnly = process.argv.includes('--opened');
for (const split of [...SPLITS.filter((s) => !openedOnly || OPENED_SPLITS.has(s)), ...(openedOnly ? [] : ['all' as const])]) {
  const subset = queries.filter((q) => split === 'all' || q.split === split);
  const outcomes = subset.map((q) => outcome(q, search(index, typed(q.query), { limit: K, prefix: partial }).map((r) => r.id), K));
  const s = score(outcomes);
  console.log(`${split.padEnd(8)} n=${s.queries}  MRR@5 ${fmt(s.mrr)}  recall@5 ${fmt(s.recall)}  hit@5 ${fmt(s.hit)}`);
  // The story sets, per kind of query (the table).
  for (const kind of QUERY_KINDS) {
    const inKind = subset.map((q, i) => [q, outcomes[i]] as const).filter(([q]) => q.kind === kind && split !== 'all');
    if (inKind.length === 0) continue;
    const k = score(inKind.flatMap(([, o]) => (o ? [o] : [])));
    console.log(`   ${kind} ${KIND_NAMES[kind].padEnd(33)} n=${k.queries}  MRR@5 ${fmt(k.mrr)}  recall@5 ${fmt(k.recall)}  hit@5 ${fmt(k.hit)}`);
  }
  // Misses are listed for the splits opened for development; heldout2, heldout4 and story-heldout
  // are judged by their totals alone so that they stay honest estimates.
  if (process.argv.includes('--misses') && split !== 'all' && OPENED_SPLITS.has(split)) {
    for (const o of outcomes) if (o.rank !== 1) console.log(`   rank ${o.rank || '-'}  ${o.query}`);
  }
}
