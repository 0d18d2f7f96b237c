/**
 * The topic tiles of the FAQ: the guide's 23 sections grouped into 10 topics a visitor recognises
 * (programs first, then membership, then services). Plain names; the guide's own titles show on
 * the question list. Pure: the screens and the tests share it.
 */
import type { FaqDataset, FaqEntry } from '../../shared/faq/index.ts';
import type { Language } from '../../shared/i18n/index.ts';

export type TopicIcon = 'jht' | 'jkk' | 'jkm' | 'jp' | 'pu' | 'bpu' | 'construction' | 'office' | 'digital' | 'about';

export interface FaqTopic {
  readonly id: string;
  readonly icon: TopicIcon;
  readonly title: Readonly<Record<Language, string>>;
  readonly hint: Readonly<Record<Language, string>>;
  /** Sections of shared/faq/data in the order their questions are listed. */
  readonly sectionIds: readonly string[];
}

export const FAQ_TOPICS: readonly FaqTopic[] = [
  { id: 'jht', icon: 'jht', title: { id: 'Jaminan Hari Tua (JHT)', en: 'Old Age Savings (JHT)' }, hint: { id: 'Klaim, saldo, kredit rumah', en: 'Claims, balance, housing loans' }, sectionIds: ['jht', 'mlt-perumahan'] },
  {
    id: 'jkk',
    icon: 'jkk',
    title: { id: 'Kecelakaan Kerja (JKK)', en: 'Work Accidents (JKK)' },
    hint: { id: 'Klaim, PLKK, penyakit akibat kerja', en: 'Claims, PLKK, occupational disease' },
    sectionIds: ['jkk', 'plkk', 'pak', 'return-to-work', 'promotif-preventif'],
  },
  { id: 'jkm', icon: 'jkm', title: { id: 'Jaminan Kematian (JKM)', en: 'Death Benefit (JKM)' }, hint: { id: 'Santunan, biaya pemakaman, beasiswa', en: 'Benefit, funeral costs, scholarship' }, sectionIds: ['jkm'] },
  { id: 'jp', icon: 'jp', title: { id: 'Jaminan Pensiun (JP)', en: 'Pension (JP)' }, hint: { id: 'Pensiun bulanan dan sekaligus', en: 'Monthly and lump-sum pension' }, sectionIds: ['jp'] },
  {
    id: 'pu',
    icon: 'pu',
    title: { id: 'Pekerja Penerima Upah', en: 'Salaried Workers (PU)' },
    hint: { id: 'Pekerja perusahaan, pendaftaran, kartu', en: 'Company workers, registration, card' },
    sectionIds: ['pu', 'kepesertaan'],
  },
  { id: 'bpu', icon: 'bpu', title: { id: 'Pekerja Mandiri (BPU)', en: 'Self-employed (BPU)' }, hint: { id: 'Ojek, pedagang, petani, nelayan', en: 'Drivers, traders, farmers, fishers' }, sectionIds: ['bpu'] },
  { id: 'construction', icon: 'construction', title: { id: 'Jasa Konstruksi', en: 'Construction Projects' }, hint: { id: 'Pekerja proyek bangunan', en: 'Building project workers' }, sectionIds: ['jasa-konstruksi'] },
  {
    id: 'office',
    icon: 'office',
    title: { id: 'Layanan Kantor dan Pengaduan', en: 'Office Services and Complaints' },
    hint: { id: 'Jam layanan, antrean, Contact Center 175', en: 'Opening hours, queue, Contact Center 175' },
    sectionIds: ['operasional-pelayanan', 'contact-center'],
  },
  {
    id: 'digital',
    icon: 'digital',
    title: { id: 'Layanan Digital', en: 'Digital Services' },
    hint: { id: 'JMO/BPJSTKU, E-Klaim, SMS saldo, SIPP', en: 'JMO/BPJSTKU, E-Klaim, balance SMS, SIPP' },
    sectionIds: ['bpjstku', 'e-klaim', 'sms-saldo', 'sipp', 'eps', 'plkk-aplikasi'],
  },
  {
    id: 'about',
    icon: 'about',
    title: { id: 'Tentang Jaminan Sosial', en: 'About Social Security' },
    hint: { id: 'Dasar hukum, program syariah', en: 'Legal basis, sharia programs' },
    sectionIds: ['jaminan-sosial', 'ekonomi-syariah'],
  },
];

export function findTopic(id: string | null): FaqTopic | undefined {
  return FAQ_TOPICS.find((t) => t.id === id);
}

/**
 * The questions of a topic in the guide's order. A question repeated inside the same topic is
 * listed once; one repeated from another topic stays (the visitor looks for it here).
 */
export function topicEntries(dataset: FaqDataset, topic: FaqTopic): FaqEntry[] {
  const byId = new Map(dataset.entries.map((e) => [e.id, e]));
  const listed: FaqEntry[] = [];
  const shown = new Set<string>();
  for (const sectionId of topic.sectionIds) {
    const section = dataset.sections.find((s) => s.id === sectionId);
    for (const id of section?.entryIds ?? []) {
      const entry = byId.get(id);
      if (!entry) continue;
      const answerId = entry.duplicateOf ?? entry.id;
      if (shown.has(answerId)) continue;
      shown.add(answerId);
      listed.push(entry);
    }
  }
  return listed;
}

/**
 * A topic's questions ordered by what branch visitors ask most: the answers rated most often at
 * this branch first (`counts`, from the kiosk's helpfulness votes), then the head questions of the
 * branch's services in the order that list gives them (`core`, the search's core-question list:
 * what it is, then the claim for each reason …), then the guide's order. So JHT opens with the
 * claim questions, not with the overseas and foreign-worker cases the guide lists first.
 */
export function orderByDemand(entries: readonly FaqEntry[], counts: ReadonlyMap<string, number>, core: ReadonlySet<string>): FaqEntry[] {
  const answerId = (e: FaqEntry) => e.duplicateOf ?? e.id;
  const coreRank = new Map([...core].map((id, i) => [id, i]));
  const rank = (e: FaqEntry) => coreRank.get(answerId(e)) ?? core.size;
  const position = new Map(entries.map((e, i) => [e.id, i]));
  return [...entries].sort(
    (a, b) => (counts.get(answerId(b)) ?? 0) - (counts.get(answerId(a)) ?? 0) || rank(a) - rank(b) || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** The items on page `page` (0-based), the page clamped to the pages there are. */
export function pageItems<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; page: number; pages: number } {
  const pages = pageCount(items.length, pageSize);
  const clamped = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(clamped * pageSize, clamped * pageSize + pageSize), page: clamped, pages };
}

/** Rows per page: what fits without scrolling at 1080x1920 and 1920x1080, fewer with large text. */
export function questionsPerPage(layout: { portrait: boolean; largeText: boolean }): number {
  if (layout.portrait) return layout.largeText ? 3 : 7;
  return layout.largeText ? 2 : 4;
}
