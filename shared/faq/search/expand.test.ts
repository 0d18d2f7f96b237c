import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { alternatives, informalForms, prefixRange, typoWords } from './expand.ts';
import { SCORING } from './scoring.ts';
import { stageIndex } from './stage-fixture.ts';

const index = stageIndex();
const weightOf = (query: string, stems: string, prefix = false): number | undefined => {
  const [term] = analyse(query, true);
  if (!term) return undefined;
  return alternatives(index, term, prefix).find((a) => a.stems.join(' ') === stems)?.weight;
};

describe('expand (stage 2)', () => {
  it('matches the exact stem at full weight', () => {
    expect(weightOf('saldo', 'saldo')).toBe(1);
  });
  it('adds lexicon synonyms at the synonym weight', () => {
    // "saldo" and "jht" are one synonym group
    expect(weightOf('saldo', 'jht')).toBeCloseTo(SCORING.match.synonym, 12);
  });
  it('corrects a typo at the typo weight', () => {
    expect(weightOf('kalim', 'klaim')).toBe(SCORING.match.typo1);
  });
  it('completes a word still being typed at the prefix weight, and only while typing', () => {
    expect(weightOf('rekeni', 'rekening', true)).toBe(SCORING.match.prefix);
    expect(weightOf('rek', 'rekening', false)).toBe(1); // "rek" is the lexicon's short form, not a prefix
  });
  it('undoes informal verb forms', () => {
    expect(informalForms('ngurusin')).toEqual(expect.arrayContaining(['urus']));
    expect(informalForms('apus')).toEqual(['hapus']);
    expect(informalForms('klaim')).toEqual([]);
  });
  it('lists the words a prefix begins, in order, bounded', () => {
    expect(prefixRange(['kartu', 'kerja', 'klaim', 'klinik'], 'kl')).toEqual(['klaim', 'klinik']);
    expect(prefixRange(['kartu'], 'z')).toEqual([]);
    const many = Array.from({ length: 100 }, (_, i) => `a${String(i).padStart(3, '0')}`);
    expect(prefixRange(many, 'a')).toHaveLength(SCORING.maxPrefixWords);
  });
  it('finds guide words within the allowed edits, with their distance', () => {
    expect(typoWords(index, 'kalim')).toContainEqual(['klaim', 1]);
    expect(typoWords(index, 'jth')).toEqual([]); // too short for typo matching
  });
  it('memoises per index', () => {
    const [term] = analyse('persyaratn', true);
    if (!term) throw new Error('no term');
    expect(alternatives(index, term, false)).toBe(alternatives(index, term, false));
  });
});
