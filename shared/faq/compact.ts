// The browser form of the dataset: the same content as data/faq.json without key names and
// indentation, so the kiosk's lazy download stays small. fromCompactFaq(toCompactFaq(d)) deep-equals d.

import type { AnswerBlock, FaqDataset, FaqEntry, FaqSection, ListItem, ListStyle, SectionGroup } from './types.ts';

type CompactItem = string | [string, ListStyle, string[]];
type CompactBlock = string | [ListStyle, CompactItem[]];
/** [id, sectionId, number, question, answer, flags, duplicateOf, duplicates, checklistItems, reviewNote] */
type CompactEntry = [string, string, number, string, CompactBlock[], number, string, string[], string[], string];
type CompactSection = [string, SectionGroup, string, string, string[], string[], string[]];

export interface CompactFaq {
  readonly v: 1;
  readonly src: string;
  readonly s: CompactSection[];
  readonly e: CompactEntry[];
}

const CHECKLIST = 1;

function compactItem(item: ListItem): CompactItem {
  return item.children ? [item.text, item.children.style, item.children.items.map((c) => c.text)] : item.text;
}

function compactBlock(block: AnswerBlock): CompactBlock {
  return block.type === 'paragraph' ? block.text : [block.style, block.items.map(compactItem)];
}

export function toCompactFaq(dataset: FaqDataset): CompactFaq {
  return {
    v: 1,
    src: dataset.source,
    s: dataset.sections.map((s) => [s.id, s.group, s.title, s.shortTitle, [...s.regulations], [...s.benefits], [...s.entryIds]]),
    e: dataset.entries.map((e) => [
      e.id,
      e.sectionId,
      e.number,
      e.question,
      e.answer.map(compactBlock),
      e.isChecklist ? CHECKLIST : 0,
      e.duplicateOf ?? '',
      [...(e.duplicates ?? [])],
      [...(e.checklistItems ?? [])],
      e.reviewNote ?? '',
    ]),
  };
}

function expandItem(item: CompactItem): ListItem {
  if (typeof item === 'string') return { text: item };
  const [text, style, children] = item;
  return { text, children: { style, items: children.map((c) => ({ text: c })) } };
}

function expandBlock(block: CompactBlock): AnswerBlock {
  if (typeof block === 'string') return { type: 'paragraph', text: block };
  return { type: 'list', style: block[0], items: block[1].map(expandItem) };
}

export function fromCompactFaq(compact: CompactFaq): FaqDataset {
  const sections: FaqSection[] = compact.s.map(([id, group, title, shortTitle, regulations, benefits, entryIds]) => ({
    id, group, title, shortTitle, regulations, benefits, entryIds,
  }));
  const entries: FaqEntry[] = compact.e.map(([id, sectionId, number, question, answer, flags, duplicateOf, duplicates, items, note]) => ({
    id,
    sectionId,
    number,
    question,
    answer: answer.map(expandBlock),
    ...(duplicateOf ? { duplicateOf } : {}),
    ...(duplicates.length > 0 ? { duplicates } : {}),
    isChecklist: (flags & CHECKLIST) !== 0,
    ...(items.length > 0 ? { checklistItems: items } : {}),
    ...(note ? { reviewNote: note } : {}),
  }));
  return { source: compact.src, sections, entries };
}

/** A cheap shape check for the downloaded file (version, arrays, entry tuples), so a broken or stale
 *  download is refused with a clear result instead of failing deep inside the kiosk. */
export function isCompactFaq(value: unknown): value is CompactFaq {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.v !== 1 || typeof v.src !== 'string' || !Array.isArray(v.s) || !Array.isArray(v.e)) return false;
  const sectionOk = (s: unknown): boolean => Array.isArray(s) && s.length === 7 && typeof s[0] === 'string' && Array.isArray(s[6]);
  const entryOk = (e: unknown): boolean =>
    Array.isArray(e) && e.length === 10 && typeof e[0] === 'string' && typeof e[3] === 'string' && Array.isArray(e[4]);
  return v.s.every(sectionOk) && v.e.every(entryOk);
}
