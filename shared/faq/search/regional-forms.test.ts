import { describe, expect, it } from 'vitest';
import { regionalForms } from './regional-forms.ts';
import { search } from './search.ts';
import { stageIndex } from './stage-fixture.ts';

describe('regional word forms (regional-forms.ts)', () => {
  it('undoes the suffixes of Javanese, Sundanese, Betawi and Minang speech', () => {
    expect(regionalForms('pensiune')).toContain('pensiun'); // Javanese -e
    expect(regionalForms('caranipun')).toContain('cara'); // Javanese krama -nipun
    expect(regionalForms('rumahna')).toContain('rumah'); // Sundanese -na
    expect(regionalForms('kantornye')).toContain('kantornya'); // Betawi -nye
    expect(regionalForms('berape')).toContain('berapa'); // Betawi final e
  });
  it('undoes Minang sound shifts and prefixes and Javanese nasal prefixes', () => {
    expect(regionalForms('lamo')).toContain('lama');
    expect(regionalForms('bayia')).toContain('bayar');
    expect(regionalForms('mancairkan')).toContain('mencairkan');
    expect(regionalForms('ndaftar')).toContain('daftar');
    expect(regionalForms('mbayar')).toContain('bayar');
  });
  it('leaves short words alone and never returns the word itself', () => {
    expect(regionalForms('apo')).toEqual([]);
    expect(regionalForms('saldone')).not.toContain('saldone');
  });
  it('lets a regional form find the guide word in a search', () => {
    const index = stageIndex();
    expect(search(index, 'saldone', { limit: 1 }).map((r) => r.id)).toEqual(['jht-c']);
  });
});
