// The FAQ dataset as committed in shared/faq/data/*.json (produced by scripts/import-faq.ts).
// The kiosk reads it to browse topics and show answers; the search module indexes it.

/** A piece of an answer, in reading order. Lists keep their marker style so the screen can mimic the guide. */
export type AnswerBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly style: ListStyle; readonly items: readonly ListItem[] };

export type ListStyle = 'alpha' | 'number' | 'bullet';

export interface ListItem {
  readonly text: string;
  /** A nested list, e.g. "a. Kanal fisik: - Kantor cabang - Bank …". */
  readonly children?: { readonly style: ListStyle; readonly items: readonly ListItem[] };
}

/** The five groups the guide uses above its sections (UMUM, KEPESERTAAN, PELAYANAN, CONTACT CENTER, E-CHANNEL). */
export type SectionGroup = 'umum' | 'kepesertaan' | 'pelayanan' | 'contact-center' | 'e-channel';

export interface FaqSection {
  /** Stable slug, e.g. "jht", "plkk-aplikasi". */
  readonly id: string;
  readonly group: SectionGroup;
  /** Title as a visitor reads it, e.g. "Jaminan Hari Tua (JHT)". */
  readonly title: string;
  /** Short label for a tile, e.g. "JHT". */
  readonly shortTitle: string;
  /** Rows of the "Peraturan Perundang-undangan" table (legal basis). */
  readonly regulations: readonly string[];
  /** Rows of the "Manfaat" table (benefits). */
  readonly benefits: readonly string[];
  /** Entry ids in the guide's order, duplicates included (they point to their canonical entry). */
  readonly entryIds: readonly string[];
}

export interface FaqEntry {
  /** Stable id: section slug + hash of the normalised question (see import/ids.ts). */
  readonly id: string;
  readonly sectionId: string;
  /** The number printed in the guide, within its section. */
  readonly number: number;
  readonly question: string;
  readonly answer: readonly AnswerBlock[];
  /** Set when this entry repeats another one: show the canonical entry's answer instead. */
  readonly duplicateOf?: string;
  /** On a canonical entry: the ids of its duplicates (in other sections or repeated in this one). */
  readonly duplicates?: readonly string[];
  /** True when the answer is a list of documents to bring: the kiosk can offer "Cetak persyaratan". */
  readonly isChecklist: boolean;
  readonly checklistItems?: readonly string[];
  /** A problem in the source a content owner must fix; the answer is shown as is until then. */
  readonly reviewNote?: string;
}

export interface FaqDataset {
  readonly source: string;
  readonly sections: readonly FaqSection[];
  readonly entries: readonly FaqEntry[];
}

/** A printable checklist from the service standard (seed 002). */
export interface RequirementList {
  /** "pendaftaran-pu", "pendaftaran-bpu", "klaim-jht". */
  readonly id: string;
  readonly title: string;
  readonly documents: readonly string[];
  /** Steps, offline and online, when the standard lists them. */
  readonly procedures: readonly { readonly title: string; readonly steps: readonly string[] }[];
}

export interface RequirementsDataset {
  readonly source: string;
  readonly serviceTime: string;
  readonly fee: string;
  readonly lists: readonly RequirementList[];
}
