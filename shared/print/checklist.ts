/**
 * A printable checklist, for example the documents needed for a JHT claim. The items come from
 * the FAQ data (shared/faq/); this only lays them out with a box to tick and a hanging indent.
 */
import type { BranchTimeZone } from '../calendar/timezone.ts';
import { formatDateId, formatTimeId } from './branch-time.ts';
import { COLUMNS, feed, rule, text, type PaperWidth, type PrintBlock, type PrintDocument } from './document.ts';
import { wrapText } from './printable-text.ts';
import { branchLabel, centeredLines, ORGANISATION_NAME } from './queue-ticket.ts';

export interface ChecklistItem {
  text: string;
  /** A short clarification printed under the item ("asli dan fotokopi"). */
  note?: string | undefined;
}

export interface ChecklistInput {
  paper: PaperWidth;
  branchName: string;
  title: string;
  intro?: string | undefined;
  items: ReadonlyArray<ChecklistItem | string>;
  /** Where the list comes from, e.g. the FAQ entry or regulation; printed small at the end. */
  source?: string | undefined;
  printedAt: Date;
  timeZone: BranchTimeZone;
}

const BOX = '[ ] ';

function itemBlocks(item: ChecklistItem | string, paper: PaperWidth): PrintBlock[] {
  const entry = typeof item === 'string' ? { text: item } : item;
  const width = COLUMNS[paper] - BOX.length;
  const indent = ' '.repeat(BOX.length);
  const lines = wrapText(entry.text, width).map((line, i) => text(`${i === 0 ? BOX : indent}${line}`));
  const notes = entry.note ? wrapText(`(${entry.note})`, width).map((line) => text(`${indent}${line}`)) : [];
  return [...lines, ...notes];
}

export function buildChecklist(input: ChecklistInput): PrintDocument {
  const { paper } = input;
  const blocks: PrintBlock[] = [
    text(ORGANISATION_NAME, { align: 'center', bold: true }),
    ...centeredLines(branchLabel(input.branchName), paper),
    rule(),
    ...centeredLines(input.title.toUpperCase(), paper, { bold: true }),
    feed(1),
    ...(input.intro ? wrapText(input.intro, COLUMNS[paper]).map((l) => text(l)) : []),
    ...input.items.flatMap((item) => itemBlocks(item, paper)),
    feed(1),
    rule(),
    ...(input.source ? wrapText(`Sumber: ${input.source}`, COLUMNS[paper]).map((l) => text(l)) : []),
    ...wrapText(`Dicetak ${formatDateId(input.printedAt, input.timeZone)} ${formatTimeId(input.printedAt, input.timeZone)}`, COLUMNS[paper]).map((l) => text(l)),
  ];
  return { kind: 'checklist', paper, title: input.title, blocks };
}
