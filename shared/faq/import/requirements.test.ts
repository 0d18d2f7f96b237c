import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedItems, parseRequirements } from './requirements.ts';

const faqDir = join(import.meta.dirname, '..');
const standard = readFileSync(join(faqDir, 'seed/standar-pelayanan-pendaftaran-klaim.txt'), 'utf8');

describe('service standard requirements', () => {
  const parsed = parseRequirements(standard, 'seed');
  it('has the PU, BPU and JHT checklists with their documents', () => {
    expect(parsed.lists.map((l) => [l.id, l.documents.length])).toEqual([['pendaftaran-pu', 7], ['pendaftaran-bpu', 3], ['klaim-jht', 3]]);
    expect(parsed.lists[0]?.documents[3]).toBe('NPWP Perusahaan');
    expect(parsed.lists[2]?.documents[2]).toMatch(/^NPWP \(bagi peserta dengan saldo lebih dari 50 juta/);
  });
  it('keeps the offline and online steps, continued across table rows', () => {
    const bpu = parsed.lists[1];
    expect(bpu?.procedures.map((p) => [p.title, p.steps.length])).toEqual([
      ['Pendaftaran Mandiri/Bukan Penerima Upah (BPU) Offline', 8],
      ['Pendaftaran Mandiri/Bukan Penerima Upah (BPU) Online', 7],
    ]);
    expect(bpu?.procedures[1]?.steps[2]).toBe('Masukkan alamat email dan kode captcha, klik DAFTAR');
    expect(parsed.fee).toBe('Tidak ada Biaya (Gratis)');
  });
  it('matches the committed data/requirements.json', () => {
    const committed: unknown = JSON.parse(readFileSync(join(faqDir, 'data/requirements.json'), 'utf8'));
    expect(committed).toEqual(parseRequirements(standard, 'shared/faq/seed/standar-pelayanan-pendaftaran-klaim.txt'));
  });
});

describe('numberedItems', () => {
  it('splits items glued to the previous one, but not numbers inside an item', () => {
    expect(numberedItems('1. Formulir A2. NPWP 3. Saldo lebih dari 50 juta.')).toEqual(['Formulir A', 'NPWP', 'Saldo lebih dari 50 juta.']);
  });
});
