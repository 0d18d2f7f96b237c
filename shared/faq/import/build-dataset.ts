// The import pipeline, pure: guide text in, dataset out (the script does the file IO).
// parse -> repair -> ids -> answer blocks -> duplicates -> checklists -> review notes.

import type { FaqDataset, FaqEntry, FaqSection } from '../types.ts';
import { answerBlocks, blocksToText } from './answer-blocks.ts';
import { checklistItems } from './checklist.ts';
import { findDuplicates, setJaccard, words } from './duplicates.ts';
import { entryIds, normaliseForId } from './ids.ts';
import { parseGuide } from './parse-guide.ts';
import { repairText, WORD_REPAIRS } from './repair-text.ts';
import { sectionName } from './sections.ts';

export interface ImportReport {
  readonly dataset: FaqDataset;
  /** Literal repairs that no longer match the seed (the table in repair-text.ts is stale). */
  readonly unusedRepairs: readonly string[];
  readonly conflictingDuplicates: readonly (readonly [string, string])[];
}

interface Draft {
  id: string;
  sectionId: string;
  number: number;
  question: string;
  answer: string;
}

/** "Ada berapa BPJS di Indonesia? Ada berapa BPJS di Indonesia? a. …": the answer repeats the question. */
function dropEchoedQuestion(question: string, answer: string): string {
  if (answer.length > question.length && answer.toLowerCase().startsWith(question.toLowerCase())) {
    return answer.slice(question.length).trim();
  }
  return answer;
}

/** An answer copied from an unrelated question (long, nearly identical text, different question). */
function copiedAnswerNotes(drafts: readonly Draft[], duplicateOf: ReadonlyMap<string, string>): Map<string, string> {
  const notes = new Map<string, string>();
  const canonical = drafts.filter((d) => !duplicateOf.has(d.id)).map((d) => ({ ...d, a: words(d.answer), q: words(d.question) }));
  for (let i = 0; i < canonical.length; i++) {
    for (let j = i + 1; j < canonical.length; j++) {
      const a = canonical[i];
      const b = canonical[j];
      if (!a || !b || a.answer.split(' ').length < 15) continue;
      if (setJaccard(a.a, b.a) >= 0.85 && setJaccard(a.q, b.q) < 0.3) {
        notes.set(b.id, `Jawaban di sumber sama dengan jawaban ${a.id} ("${a.question}"); periksa apakah menjawab pertanyaan ini.`);
      }
    }
  }
  return notes;
}

export function buildDataset(guideText: string, source: string): ImportReport {
  const applied = new Set<string>();
  const repair = (text: string): string => {
    const report = repairText(text);
    for (const r of report.applied) applied.add(r);
    return report.text;
  };
  const sections: FaqSection[] = [];
  const drafts: Draft[] = [];
  for (const raw of parseGuide(guideText)) {
    const name = sectionName(raw.group, raw.heading);
    const qa = raw.entries.map((e) => {
      const question = repair(e.question);
      return { number: e.number, question, answer: dropEchoedQuestion(question, repair(e.answer)) };
    });
    const ids = entryIds(name.id, qa);
    qa.forEach((e, i) => drafts.push({ id: ids[i] ?? '', sectionId: name.id, ...e }));
    sections.push({
      id: name.id,
      group: raw.group,
      title: name.title,
      shortTitle: name.shortTitle,
      regulations: raw.regulations.map(repair),
      benefits: raw.benefits.map(repair),
      entryIds: ids,
    });
  }
  const { duplicateOf, conflicting } = findDuplicates(drafts);
  const duplicatesOf = new Map<string, string[]>();
  for (const [dup, keep] of duplicateOf) duplicatesOf.set(keep, [...(duplicatesOf.get(keep) ?? []), dup]);
  const notes = copiedAnswerNotes(drafts, duplicateOf);
  const entries: FaqEntry[] = drafts.map((d) => {
    const answer = answerBlocks(d.answer);
    const checklist = checklistItems(d.question, answer);
    const lost = normaliseForId(blocksToText(answer)) === normaliseForId(d.question);
    const note = lost ? 'Jawaban hilang di sumber (hanya mengulang pertanyaan).' : notes.get(d.id);
    return {
      id: d.id,
      sectionId: d.sectionId,
      number: d.number,
      question: d.question,
      answer,
      ...(duplicateOf.has(d.id) ? { duplicateOf: duplicateOf.get(d.id) } : {}),
      ...(duplicatesOf.has(d.id) ? { duplicates: duplicatesOf.get(d.id) } : {}),
      isChecklist: checklist !== undefined,
      ...(checklist ? { checklistItems: checklist } : {}),
      ...(note ? { reviewNote: note } : {}),
    };
  });
  const unusedRepairs = WORD_REPAIRS.map(([damaged]) => damaged).filter((d) => !applied.has(d));
  return { dataset: { source, sections, entries }, unusedRepairs, conflictingDuplicates: conflicting };
}
