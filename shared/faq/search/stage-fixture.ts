// A tiny hand-made guide for the ranking-stage tests: few enough answers that each stage's effect
// can be computed by hand, real enough words that the analysis chain (lexicon, stemmer) applies.

import type { FaqDataset, FaqEntry } from '../types.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const entry = (id: string, sectionId: string, question: string, answer: string): FaqEntry => ({
  id, sectionId, number: 1, question, answer: [{ type: 'paragraph', text: answer }], isChecklist: false,
});

export const STAGE_DATASET: FaqDataset = {
  source: 'test',
  sections: [
    { id: 'jht', group: 'umum', title: 'Jaminan Hari Tua (JHT)', shortTitle: 'JHT', regulations: [], benefits: [], entryIds: ['jht-a', 'jht-b', 'jht-c'] },
    { id: 'jkm', group: 'umum', title: 'Jaminan Kematian (JKM)', shortTitle: 'JKM', regulations: [], benefits: [], entryIds: ['jkm-a'] },
    { id: 'kepesertaan', group: 'kepesertaan', title: 'Kepesertaan', shortTitle: 'Kepesertaan', regulations: [], benefits: [], entryIds: ['kep-a', 'kep-b'] },
  ],
  entries: [
    entry('jht-a', 'jht', 'Apa saja persyaratan klaim JHT?', 'Kartu peserta, KTP dan buku rekening.'),
    entry('jht-b', 'jht', 'Berapa lama proses klaim JHT?', 'Paling lama lima hari kerja setelah dokumen lengkap.'),
    entry('jht-c', 'jht', 'Bagaimana cara cek saldo JHT?', 'Saldo dapat dilihat di aplikasi.'),
    entry('jkm-a', 'jkm', 'Apa saja persyaratan klaim santunan kematian?', 'Surat kematian, kartu keluarga, KTP ahli waris.'),
    entry('kep-a', 'kepesertaan', 'Bagaimana jika kartu peserta hilang?', 'Kartu hilang dapat dicetak ulang di kantor cabang.'),
    entry('kep-b', 'kepesertaan', 'Bagaimana jika kartu peserta hilang?', 'Versi untuk petugas: cetak ulang kartu.'),
  ],
};

export const stageIndex = (): SearchIndex => buildSearchIndex(STAGE_DATASET);

/** Position of an answer in the index, by id. */
export const docOf = (index: SearchIndex, id: string): number => index.docs.findIndex((d) => d.id === id);
