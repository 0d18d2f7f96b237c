import { describe, expect, it } from 'vitest';
import { krejcieMorganSample } from './sample-size.ts';

describe('Krejcie-Morgan sample size', () => {
  // The published table (Krejcie & Morgan 1970), as listed in the research notes.
  it.each([
    [10, 10],
    [20, 19],
    [50, 44],
    [100, 80],
    [150, 108],
    [200, 132],
    [300, 169],
    [500, 217],
    [750, 254],
    [1000, 278],
    [1500, 306],
    [2000, 322],
    [3000, 341],
    [5000, 357],
    [10000, 370],
    [20000, 377],
    [50000, 381],
    [1000000, 384],
  ])('N = %i needs %i respondents', (population, sample) => {
    expect(krejcieMorganSample(population)).toBe(sample);
  });

  it('no visitors served means no respondents needed, and never more than were served', () => {
    expect(krejcieMorganSample(0)).toBe(0);
    expect(krejcieMorganSample(1)).toBe(1);
    expect(krejcieMorganSample(3)).toBe(3);
  });

  it('refuses a negative population', () => {
    expect(() => krejcieMorganSample(-1)).toThrow(RangeError);
  });
});
