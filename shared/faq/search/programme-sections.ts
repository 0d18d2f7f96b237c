// Which sections of the guide belong to a programme, an application or a channel a visitor names by
// one word, and the words visitors use for a section that its title lacks. Data, not logic: content
// owners extend it when the guide gains a section (section ids are the dataset's; a test checks
// every id exists). Used by the index (keywords join the section field) and by the ranking (an
// answer of a named section that lacks the programme the visitor named ranks lower).

import type { QueueService } from './situations.ts';

export interface SectionVocabulary {
  /** The dataset's section id. */
  readonly sectionId: string;
  /**
   * Stems that name this section's programme/app/channel ("jht", "bpjstku"). Empty for a general
   * section (membership, the office …): those are never "another programme's" answer.
   */
  readonly namedBy: readonly string[];
  /** Section words a visitor may use that the titles do not contain (indexed with the section title). */
  readonly keywords?: string;
}

export const SECTION_VOCABULARY: readonly SectionVocabulary[] = [
  { sectionId: 'jht', namedBy: ['jht'], keywords: 'jht jaminan hari tua saldo pencairan' },
  { sectionId: 'jkm', namedBy: ['jkm'], keywords: 'jkm jaminan kematian meninggal santunan ahli waris' },
  { sectionId: 'jkk', namedBy: ['jkk'], keywords: 'jkk jaminan kecelakaan kerja' },
  { sectionId: 'jp', namedBy: ['jp'], keywords: 'jp jaminan pensiun' },
  { sectionId: 'bpu', namedBy: ['bpu'], keywords: 'bpu bukan penerima upah mandiri informal' },
  { sectionId: 'pu', namedBy: ['pu'], keywords: 'pu penerima upah perusahaan' },
  { sectionId: 'e-klaim', namedBy: ['eklaim'], keywords: 'eklaim klaim online' },
  { sectionId: 'sms-saldo', namedBy: [], keywords: 'sms saldo 2757' },
  { sectionId: 'bpjstku', namedBy: ['bpjstku'], keywords: 'bpjstku aplikasi' },
  { sectionId: 'mlt-perumahan', namedBy: ['mlt'], keywords: 'rumah perumahan kpr mlt jht' },
  { sectionId: 'plkk-aplikasi', namedBy: ['plkk'], keywords: 'plkk rumah sakit aplikasi' },
  { sectionId: 'plkk', namedBy: ['plkk'], keywords: 'plkk rumah sakit berobat' },
  { sectionId: 'contact-center', namedBy: [], keywords: 'contact center 1500910' },
  { sectionId: 'pak', namedBy: ['pak'], keywords: 'pak penyakit akibat kerja' },
  { sectionId: 'sipp', namedBy: ['sipp'] },
  { sectionId: 'eps', namedBy: ['eps'] },
  { sectionId: 'jasa-konstruksi', namedBy: ['konstruksi'] },
];

/** sectionId -> extra keywords for the section field of the index. */
export const SECTION_KEYWORDS: ReadonlyMap<string, string> = new Map(
  SECTION_VOCABULARY.flatMap((s) => (s.keywords === undefined ? [] : [[s.sectionId, s.keywords] as const])),
);

/** Stems that name a programme, an application or a channel with a section of its own. */
export const PROGRAMME_NAMES: ReadonlySet<string> = new Set(SECTION_VOCABULARY.flatMap((s) => s.namedBy));

/** The sections that belong to one of those names (the general sections do not). */
export const NAMED_SECTIONS: ReadonlySet<string> = new Set(SECTION_VOCABULARY.filter((s) => s.namedBy.length > 0).map((s) => s.sectionId));

/**
 * The queue service whose officers answer a section's questions (the kiosk's ticket tiles): JHT
 * claims; JKK, JKM and JP claims; membership and registration; everything else at information.
 */
export const SECTION_SERVICE: Readonly<Record<string, QueueService>> = {
  jht: 'jht', 'mlt-perumahan': 'jht', 'e-klaim': 'jht',
  jkk: 'jkk-jkm-jp', jkm: 'jkk-jkm-jp', jp: 'jkk-jkm-jp', pak: 'jkk-jkm-jp', plkk: 'jkk-jkm-jp', 'return-to-work': 'jkk-jkm-jp',
  pu: 'kepesertaan', bpu: 'kepesertaan', kepesertaan: 'kepesertaan', 'jasa-konstruksi': 'kepesertaan', eps: 'kepesertaan', sipp: 'kepesertaan',
};

export function serviceForSection(sectionId: string): QueueService {
  return SECTION_SERVICE[sectionId] ?? 'informasi';
}
