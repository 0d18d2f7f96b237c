// Finds entries the guide repeats (across sections, and a few times inside one) so the dataset keeps
// one answer and links the others to it. Two rules:
//  - the same question (normalised) with the same answer, or with an answer that is a shortened copy
//    or merely repeats the question (the extraction lost it);
//  - reworded repeats that a person confirmed, listed in REVIEWED_REWORDED_DUPLICATES.
// The same question with a genuinely different answer is NOT merged (e.g. the contact-center agent's
// version vs the visitor's version); it is reported for a content owner instead.

import { normaliseForId } from './ids.ts';

export interface DuplicateCandidate {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
}

export interface DuplicateResult {
  /** duplicate id -> canonical id */
  readonly duplicateOf: ReadonlyMap<string, string>;
  /** Same question, different answers: kept apart, to be reviewed. */
  readonly conflicting: readonly (readonly [string, string])[];
}

/** Reworded questions with the same answer, confirmed by reading both (normalised questions). */
export const REVIEWED_REWORDED_DUPLICATES: readonly (readonly [string, string])[] = [
  ['berapa batas usia maksimal untuk mendaftarkan kepesertaan jaminan pensiun', 'berapakah usia maksimal pendaftaran program jaminan pensiun'],
  ['dimanakah badan usaha pemberi kerja bisa mendaftarkan untuk menjadi peserta bpjs ketenagakerjaan', 'dimana badan usaha pemberi kerja menjadi peserta bpjs ketenagakerjaan'],
  ['apa yang dimaksud dengan kecelakaan kerja', 'apakah yang dimaksud dengan kecelakaan kerja'],
  ['apa yang dimaksud jaminan kematian', 'apakah yang dimaksud dengan jaminan kematian'],
];

export function words(text: string): Set<string> {
  return new Set(normaliseForId(text).split(' ').filter((w) => w !== ''));
}

export function jaccard(a: string, b: string): number {
  return setJaccard(words(a), words(b));
}

export function setJaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}

function sameAnswer(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  const x = normaliseForId(a.answer);
  const y = normaliseForId(b.answer);
  if (x === normaliseForId(b.question) || y === normaliseForId(a.question)) return true; // answer lost
  return x.includes(y) || y.includes(x) || jaccard(a.answer, b.answer) >= 0.7;
}

/** The more complete answer wins; on a tie, the one that comes first in the guide. */
function better(a: DuplicateCandidate, b: DuplicateCandidate): DuplicateCandidate {
  const echo = (e: DuplicateCandidate): boolean => normaliseForId(e.answer) === normaliseForId(e.question);
  if (echo(a) !== echo(b)) return echo(a) ? b : a;
  return normaliseForId(b.answer).length > normaliseForId(a.answer).length ? b : a;
}

export function findDuplicates(entries: readonly DuplicateCandidate[]): DuplicateResult {
  const reviewed = new Map<string, string>();
  for (const [x, y] of REVIEWED_REWORDED_DUPLICATES) {
    reviewed.set(x, y);
    reviewed.set(y, x);
  }
  const groups = new Map<string, DuplicateCandidate[]>();
  for (const entry of entries) {
    const q = normaliseForId(entry.question);
    const partner = reviewed.get(q);
    const key = partner !== undefined && partner < q ? partner : q; // reworded pairs share one key
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const duplicateOf = new Map<string, string>();
  const conflicting: (readonly [string, string])[] = [];
  for (const group of groups.values()) {
    const clusters: DuplicateCandidate[][] = [];
    for (const entry of group) {
      const cluster = clusters.find((c) => c.some((other) => sameAnswer(other, entry)));
      if (cluster) cluster.push(entry);
      else clusters.push([entry]);
    }
    for (const cluster of clusters) {
      const keep = cluster.reduce(better);
      for (const entry of cluster) if (entry !== keep) duplicateOf.set(entry.id, keep.id);
    }
    const firsts = clusters.map((c) => c[0]?.id ?? '');
    for (let i = 1; i < firsts.length; i++) conflicting.push([firsts[0] ?? '', firsts[i] ?? '']);
  }
  return { duplicateOf, conflicting };
}
