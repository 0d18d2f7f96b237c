/**
 * How many SKM respondents a period needs: Krejcie & Morgan (1970), the table the PermenPANRB
 * 14/2017 guideline points to.
 *   s = X^2 N P(1-P) / (d^2 (N-1) + X^2 P(1-P)),  X^2 = 3.841 (95%, 1 df), P = 0.5, d = 0.05.
 * Rounded to the nearest whole respondent, which reproduces the published table (N=1,500 -> 306;
 * N=500 -> 217) except at N=100,000 where the table prints 384 for the formula's 382.6.
 */
const CHI_SQUARE_95 = 3.841;
const P = 0.5;
const MARGIN = 0.05;

export function krejcieMorganSample(population: number): number {
  if (!Number.isFinite(population) || population < 0) throw new RangeError('population must be a non-negative number');
  const N = Math.floor(population);
  if (N === 0) return 0;
  const pq = P * (1 - P);
  const s = (CHI_SQUARE_95 * N * pq) / (MARGIN * MARGIN * (N - 1) + CHI_SQUARE_95 * pq);
  return Math.min(N, Math.round(s));
}
