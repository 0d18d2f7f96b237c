/**
 * The branch's satisfaction index, as PermenPANRB 14/2017 defines it:
 *   NRR_i = sum of the scores of element i / number of respondents who ANSWERED element i;
 *   SKM   = sum of NRR_i x 1/9 (the mean of the nine NRR; the weight is exactly 1/9, never the
 *           0.11 or 0.111 printed in many reports, which caps the index at 99.00 / 99.90);
 *   IKM   = SKM x 25, rounded half-up to 2 decimals BEFORE it is banded;
 *   band  = one table: A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99.
 *
 * Computed in exact rational arithmetic (BigInt): the rounding and banding then never depend on
 * how a binary float happens to represent 88.305. Floats appear only in the returned figures.
 */
import { SKM_ELEMENTS, type SkmAnswers } from './elements.ts';

export const SKM_WEIGHT_NUMERATOR = 1;
export const SKM_WEIGHT_DENOMINATOR = SKM_ELEMENTS.length; // 9

export const IKM_GRADES = ['A', 'B', 'C', 'D'] as const;
export type IkmGrade = (typeof IKM_GRADES)[number];

/** The one band table, in hundredths of an IKM point (lower bounds, inclusive). */
export const IKM_BANDS: readonly { grade: IkmGrade; fromHundredths: number; label: string; labelEn: string }[] = [
  { grade: 'A', fromHundredths: 8831, label: 'Sangat baik', labelEn: 'Very good' },
  { grade: 'B', fromHundredths: 7661, label: 'Baik', labelEn: 'Good' },
  { grade: 'C', fromHundredths: 6500, label: 'Kurang baik', labelEn: 'Fair' },
  { grade: 'D', fromHundredths: 2500, label: 'Tidak baik', labelEn: 'Poor' },
];

export interface IkmResult {
  /** Respondents who answered at least one of the nine elements. */
  n: number;
  /** Per element u1..u9, over those who answered it; null when nobody answered it. */
  nrr: (number | null)[];
  /** Respondents who answered each element. */
  answered: number[];
  /** Mean of the nine NRR (1-4); null unless every element has at least one answer. */
  skm: number | null;
  /** SKM x 25 rounded half-up to 2 decimals (25-100); null with skm. */
  ikm: number | null;
  grade: IkmGrade | null;
}

interface Fraction {
  num: bigint;
  den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

function add(a: Fraction, b: Fraction): Fraction {
  const num = a.num * b.den + b.num * a.den;
  const den = a.den * b.den;
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

/** floor(x + 1/2) for x = num/den >= 0: round half up, exactly. */
function roundHalfUpToInteger(x: Fraction): bigint {
  return (2n * x.num + x.den) / (2n * x.den);
}

/** Rounds num/den to 2 decimals, half up (88.305 -> 88.31, 88.3049 -> 88.30), as hundredths. */
export function hundredthsHalfUp(num: bigint, den: bigint): number {
  if (den <= 0n || num < 0n) throw new RangeError('hundredthsHalfUp takes a non-negative fraction with a positive denominator');
  return Number(roundHalfUpToInteger({ num: num * 100n, den }));
}

/** The band of an IKM already rounded to 2 decimals, given in hundredths (8831 = 88.31). */
export function gradeOfHundredths(hundredths: number): IkmGrade {
  if (!Number.isInteger(hundredths) || hundredths < 2500 || hundredths > 10000) {
    throw new RangeError(`IKM ${hundredths / 100} is outside 25.00-100.00`);
  }
  const band = IKM_BANDS.find((b) => hundredths >= b.fromHundredths);
  // The last band starts at the scale's minimum, so one always matches.
  return band ? band.grade : 'D';
}

/** The band of an IKM written with 2 decimals (88.31). Rounds the float to hundredths first. */
export function gradeOfIkm(ikm: number): IkmGrade {
  return gradeOfHundredths(Math.round(ikm * 100));
}

/** What the index needs of the responses: per element the sum of scores and who answered it, and n. */
export interface IkmTally {
  /** Respondents who answered at least one element. */
  n: number;
  sums: number[];
  answered: number[];
}

export function computeIkm(responses: readonly SkmAnswers[]): IkmResult {
  const sums = SKM_ELEMENTS.map(() => 0);
  const answered = SKM_ELEMENTS.map(() => 0);
  let n = 0;
  for (const response of responses) {
    let any = false;
    SKM_ELEMENTS.forEach((element, i) => {
      const score = response[element];
      if (score === undefined) return;
      sums[i] = (sums[i] ?? 0) + score;
      answered[i] = (answered[i] ?? 0) + 1;
      any = true;
    });
    if (any) n += 1;
  }
  return ikmOfTally({ n, sums, answered });
}

/** The same index from a tally (an SQL SUM/COUNT per element gives one without reading every response). */
export function ikmOfTally(tally: IkmTally): IkmResult {
  const { n, sums, answered } = tally;
  const nrr = SKM_ELEMENTS.map((_, i) => ((answered[i] ?? 0) === 0 ? null : (sums[i] ?? 0) / (answered[i] ?? 1)));
  if (SKM_ELEMENTS.some((_, i) => (answered[i] ?? 0) === 0)) return { n, nrr, answered, skm: null, ikm: null, grade: null };

  // Sum of NRR_i as one exact fraction.
  const total = SKM_ELEMENTS.reduce<Fraction>((acc, _, i) => add(acc, { num: BigInt(sums[i] ?? 0), den: BigInt(answered[i] ?? 1) }), { num: 0n, den: 1n });
  // SKM = total x 1/9; IKM = SKM x 25.
  const skm = { num: total.num * BigInt(SKM_WEIGHT_NUMERATOR), den: total.den * BigInt(SKM_WEIGHT_DENOMINATOR) };
  const hundredths = hundredthsHalfUp(skm.num * 25n, skm.den);
  return { n, nrr, answered, skm: Number(skm.num) / Number(skm.den), ikm: hundredths / 100, grade: gradeOfHundredths(hundredths) };
}

/**
 * What an app that weighs each element 0.11 (or 0.111) would print, for the worked example that
 * shows why the exact 1/9 matters. Not used for the branch's index.
 */
export function ikmWithRoundedWeight(nrr: readonly number[], weight: number): number {
  const skm = nrr.reduce((sum, x) => sum + x * weight, 0);
  return Math.round(skm * 25 * 100) / 100;
}

/** Figures for display and JSON: NRR and SKM to 4 decimals (the IKM is already 2). */
export const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10_000) / 10_000);
