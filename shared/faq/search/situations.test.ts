import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset, RequirementsDataset } from '../types.ts';
import { analyse } from './analyse.ts';
import { buildSearchIndex } from './search-index.ts';
import { containsInOrder, situationFactors, situationsIn } from './situation-stage.ts';
import { LIFE_EVENTS, SITUATIONS } from './situations.ts';
import { SCORING } from './scoring.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;
const requirements = JSON.parse(readFileSync(join(import.meta.dirname, '../data/requirements.json'), 'utf8')) as RequirementsDataset;
const index = buildSearchIndex(dataset);
const described = (query: string): string[] => situationsIn(analyse(query, true)).map((s) => s.id);

describe('situations (data)', () => {
  it('name indexed answers and printable checklists, and quote their source in the guide', () => {
    const canonical = new Set(dataset.entries.filter((e) => e.duplicateOf === undefined).map((e) => e.id));
    const lists = new Set(requirements.lists.map((l) => l.id));
    for (const s of SITUATIONS) {
      expect(s.questions.filter((id) => !canonical.has(id)), s.id).toEqual([]);
      if (s.checklist !== undefined) expect(lists.has(s.checklist) || canonical.has(s.checklist), s.id).toBe(true);
      // the source names at least one of the situation's own questions
      expect(s.questions.some((id) => s.source.includes(id)), s.id).toBe(true);
    }
  });
  it('offers the eight life events of the FAQ home', () => {
    expect(LIFE_EVENTS.map((s) => s.id)).toEqual([
      'berhenti-kerja', 'kecelakaan-kerja', 'keluarga-meninggal', 'pensiun', 'daftar-peserta', 'cek-saldo', 'kartu-hilang', 'iuran-tidak-dibayar',
    ]);
  });
});

describe('situation stage', () => {
  it('finds signal words in order with a few words between', () => {
    expect(containsInOrder(['tidak', 'pernah', 'bayar', 'iuran'], ['tidak', 'bayar', 'iuran'], 2)).toBe(true);
    expect(containsInOrder(['iuran', 'bayar', 'tidak'], ['tidak', 'bayar', 'iuran'], 2)).toBe(false);
    expect(containsInOrder(['kartu', 'a', 'b', 'c', 'hilang'], ['kartu', 'hilang'], 2)).toBe(false);
  });
  it('reads the situation from informal words, whatever the words', () => {
    expect(described('bapak sy wafat bulan lalu')).toContain('keluarga-meninggal');
    expect(described('udah resign dari pabrik')).toContain('berhenti-kerja');
    expect(described('kartu bpjs saya ilang')).toContain('kartu-hilang');
    expect(described('kulo niki bojone seda')).toContain('keluarga-meninggal'); // Javanese
    expect(described('syarat klaim')).toEqual([]);
  });
  it('lifts a situation\'s questions, the first most, and less when the words already match well', () => {
    const [death] = situationsIn(analyse('meninggal', true));
    if (!death) throw new Error('no situation');
    const first = index.docs.findIndex((d) => d.id === death.questions[0]);
    const last = index.docs.findIndex((d) => d.id === death.questions[death.questions.length - 1]);
    const weak = situationFactors(index, [death], 0);
    expect(weak[first]).toBeCloseTo(1 + SCORING.situation, 12);
    expect(weak[last] ?? 0).toBeLessThan(weak[first] ?? 0);
    expect(weak[last] ?? 0).toBeGreaterThan(1);
    expect(situationFactors(index, [death], 1)[first]).toBe(1); // every word already matched: no lift
    expect(situationFactors(index, [], 0).every((x) => x === 1)).toBe(true);
  });
});
