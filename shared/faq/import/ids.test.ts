import { describe, expect, it } from 'vitest';
import { entryIds, fnv1a, normaliseForId } from './ids.ts';
import { findDuplicates } from './duplicates.ts';

describe('entry ids', () => {
  it('depend on the content, not on the position or punctuation', () => {
    const a = entryIds('jht', [{ question: 'Apa itu JHT?', answer: 'x' }, { question: 'Berapa lama?', answer: 'y' }]);
    const b = entryIds('jht', [{ question: 'Berapa lama ?', answer: 'y' }, { question: 'apa itu jht', answer: 'x' }]);
    expect(b).toEqual([a[1], a[0]]);
    expect(a[0]).toMatch(/^jht-[0-9a-z]{7}$/);
  });
  it('stay unique when a section repeats a question', () => {
    const ids = entryIds('jkk', [{ question: 'Sama?', answer: 'satu' }, { question: 'Sama?', answer: 'dua' }, { question: 'Sama?', answer: 'satu' }]);
    expect(new Set(ids).size).toBe(3);
  });
  it('hash with FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(normaliseForId('  Apa  itu JHT? ')).toBe('apa itu jht');
  });
});

describe('findDuplicates', () => {
  it('links the same question with the same or a shorter answer to the fuller one', () => {
    const result = findDuplicates([
      { id: 'a', question: 'Apa itu X?', answer: 'X adalah program.' },
      { id: 'b', question: 'Apa itu X ?', answer: 'X adalah program. Lebih lengkap.' },
      { id: 'c', question: 'Apa itu Y?', answer: 'Apa itu Y?' },
      { id: 'd', question: 'Apa itu Y?', answer: 'Y adalah hal lain.' },
      { id: 'e', question: 'Apa itu X?', answer: 'Jawaban yang sama sekali berbeda isinya.' },
    ]);
    expect(Object.fromEntries(result.duplicateOf)).toEqual({ a: 'b', c: 'd' });
    expect(result.conflicting).toEqual([['a', 'e']]);
  });
});
