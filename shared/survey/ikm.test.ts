import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS, type SkmAnswers, type SkmScore } from './elements.ts';
import { computeIkm, gradeOfHundredths, gradeOfIkm, hundredthsHalfUp, ikmWithRoundedWeight } from './ikm.ts';

/** `count` respondents per element whose scores for element i sum to sums[i] (each 1-4). */
function respondentsWithSums(count: number, sums: readonly number[]): SkmAnswers[] {
  const rows: SkmAnswers[] = Array.from({ length: count }, () => ({}));
  SKM_ELEMENTS.forEach((element, i) => {
    let left = sums[i] ?? 0;
    rows.forEach((row, r) => {
      const remainingRows = count - r - 1;
      // Give this respondent as much as possible while leaving at least 1 for each after.
      const score = Math.max(1, Math.min(4, left - remainingRows));
      row[element] = score as SkmScore;
      left -= score;
    });
    if (left !== 0) throw new Error(`cannot make sum ${sums[i]} from ${count} scores`);
  });
  return rows;
}

const allElements = (score: SkmScore): SkmAnswers => Object.fromEntries(SKM_ELEMENTS.map((e) => [e, score]));

describe('the band table, at every boundary (IKM already rounded to 2 decimals)', () => {
  it.each([
    [2500, 'D'],
    [6499, 'D'],
    [6500, 'C'],
    [7660, 'C'],
    [7661, 'B'],
    [8830, 'B'],
    [8831, 'A'],
    [10000, 'A'],
  ] as const)('%i hundredths is grade %s', (hundredths, grade) => {
    expect(gradeOfHundredths(hundredths)).toBe(grade);
  });

  it.each([
    [64.99, 'D'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
  ] as const)('IKM %d is grade %s', (ikm, grade) => {
    expect(gradeOfIkm(ikm)).toBe(grade);
  });

  it('refuses an IKM outside the 25-100 scale instead of inventing a grade', () => {
    expect(() => gradeOfHundredths(2499)).toThrow(RangeError);
    expect(() => gradeOfHundredths(10001)).toThrow(RangeError);
  });
});

describe('rounding half-up to 2 decimals before banding, exactly', () => {
  it.each([
    // value as a fraction -> hundredths
    [88305n, 1000n, 8831], // 88.305 -> 88.31 (A), not left in the gap between B and A
    [883049n, 10000n, 8830], // 88.3049 -> 88.30 (B)
    [76605n, 1000n, 7661], // 76.605 -> 76.61 (B)
    [76604n, 1000n, 7660],
    [64995n, 1000n, 6500], // 64.995 -> 65.00 (C)
    [649949n, 10000n, 6499],
    [1005n, 1000n, 101], // 1.005 (a float would give 1.00)
  ])('%i/%i -> %i hundredths', (num, den, hundredths) => {
    expect(hundredthsHalfUp(num, den)).toBe(hundredths);
  });
});

describe('computeIkm on worked examples', () => {
  it('every respondent answering 4 everywhere gives 100.00, A', () => {
    expect(computeIkm([allElements(4), allElements(4)])).toMatchObject({ n: 2, skm: 4, ikm: 100, grade: 'A' });
  });

  it('every respondent answering 1 everywhere gives 25.00, D', () => {
    expect(computeIkm([allElements(1)])).toMatchObject({ n: 1, skm: 1, ikm: 25, grade: 'D' });
  });

  it("the reference's 29-respondent example: exact 1/9 gives 91.48 (0.111 would print 91.38, 0.11 90.56)", () => {
    // NRR 3.6207 3.4828 3.4483 4.0000 3.5172 3.6207 3.6552 3.6207 3.9655 = sums / 29.
    const sums = [105, 101, 100, 116, 102, 105, 106, 105, 115];
    const result = computeIkm(respondentsWithSums(29, sums));
    expect(result.nrr.map((x) => Number(x?.toFixed(4)))).toEqual([3.6207, 3.4828, 3.4483, 4, 3.5172, 3.6207, 3.6552, 3.6207, 3.9655]);
    expect(result.ikm).toBe(91.48);
    expect(result.grade).toBe('A');
    const nrr = result.nrr.map((x) => x ?? 0);
    expect(ikmWithRoundedWeight(nrr, 0.111)).toBe(91.38);
    expect(ikmWithRoundedWeight(nrr, 0.11)).toBe(90.56);
  });

  it('where a 0.11 weight changes the grade: every NRR 3.56 is IKM 89.00 (A); 0.11 would print 88.11 (B)', () => {
    // 25 respondents, for each element 14 answer 4 and 11 answer 3: (56 + 33) / 25 = 3.56.
    const rows = respondentsWithSums(25, SKM_ELEMENTS.map(() => 89));
    const result = computeIkm(rows);
    expect(result.nrr).toEqual(SKM_ELEMENTS.map(() => 3.56));
    expect(result).toMatchObject({ n: 25, ikm: 89, grade: 'A' });
    expect(ikmWithRoundedWeight(result.nrr.map((x) => x ?? 0), 0.11)).toBe(88.11);
    expect(gradeOfIkm(88.11)).toBe('B');
  });

  it('NRR divides by those who answered the element, not by every respondent', () => {
    const skippedU9: SkmAnswers = { ...allElements(4) };
    delete skippedU9.u9;
    const result = computeIkm([skippedU9, allElements(2)]);
    expect(result.answered).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 1]);
    expect(result.nrr[8]).toBe(2); // not (0 + 2) / 2 = 1
    expect(result.nrr[0]).toBe(3);
    // (8 x 3 + 2) / 9 = 2.8889 -> x25 = 72.2222 -> 72.22, C
    expect(result.ikm).toBe(72.22);
    expect(result.grade).toBe('C');
  });

  it('answers are keyed by element: the order of keys in a response changes nothing', () => {
    const a: SkmAnswers = { u1: 1, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };
    const reversed: SkmAnswers = Object.fromEntries(Object.entries(a).reverse());
    expect(computeIkm([reversed])).toEqual(computeIkm([a]));
    expect(computeIkm([a]).nrr[0]).toBe(1);
  });

  it('a respondent who gave only the quick rating (no element) does not count in n', () => {
    expect(computeIkm([{}, allElements(3)]).n).toBe(1);
  });

  it('with an element nobody answered there is no index (never a mean of eight called SKM)', () => {
    const noU4: SkmAnswers = { ...allElements(4) };
    delete noU4.u4;
    expect(computeIkm([noU4])).toMatchObject({ n: 1, skm: null, ikm: null, grade: null });
    expect(computeIkm([])).toMatchObject({ n: 0, ikm: null, grade: null });
  });

  it('the IKM is always SKM x 25 rounded half-up and its grade comes from the one table (property)', () => {
    const score = fc.constantFrom<SkmScore>(1, 2, 3, 4);
    const response = fc.record(Object.fromEntries(SKM_ELEMENTS.map((e) => [e, score])) as Record<(typeof SKM_ELEMENTS)[number], fc.Arbitrary<SkmScore>>, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 60 }), (rows) => {
        const r = computeIkm(rows);
        if (r.skm === null || r.ikm === null) return r.answered.some((a) => a === 0);
        const mean = r.nrr.reduce<number>((s, x) => s + (x ?? 0), 0) / 9;
        expect(Math.abs(r.skm - mean)).toBeLessThan(1e-12);
        expect(Math.abs(r.ikm - r.skm * 25)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(r.ikm).toBeGreaterThanOrEqual(25);
        expect(r.ikm).toBeLessThanOrEqual(100);
        expect(r.grade).toBe(gradeOfIkm(r.ikm));
        return true;
      }),
    );
  });
});
