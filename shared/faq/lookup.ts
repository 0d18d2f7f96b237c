// Small helpers for the kiosk screens: resolve a duplicate to the entry whose answer is shown, and
// give the printable checklist of an answer ("Cetak persyaratan").

import type { FaqDataset, FaqEntry, FaqSection } from './types.ts';

export interface ShownEntry {
  /** The entry the visitor picked (may be a duplicate). */
  readonly entry: FaqEntry;
  /** The entry whose answer to show: the canonical one for a duplicate, otherwise the same entry. */
  readonly answerEntry: FaqEntry;
  readonly section: FaqSection | undefined;
}

export function findEntry(dataset: FaqDataset, id: string): ShownEntry | undefined {
  const entry = dataset.entries.find((e) => e.id === id);
  if (!entry) return undefined;
  const answerEntry = entry.duplicateOf === undefined ? entry : dataset.entries.find((e) => e.id === entry.duplicateOf) ?? entry;
  return { entry, answerEntry, section: dataset.sections.find((s) => s.id === entry.sectionId) };
}

/** Title and items to print for an answer that lists documents, or undefined when it is not a checklist. */
export function checklistFor(dataset: FaqDataset, id: string): { readonly title: string; readonly items: readonly string[] } | undefined {
  const shown = findEntry(dataset, id);
  const items = shown?.answerEntry.checklistItems;
  if (!shown || !shown.answerEntry.isChecklist || !items) return undefined;
  return { title: shown.entry.question, items };
}
