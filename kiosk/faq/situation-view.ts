/**
 * What the "Saya ingin…" screen of one life event shows, from the shared situation data: its first
 * few questions (those the dataset has), and what "Cetak daftar persyaratan" prints (the service
 * standard's list when the situation names one, else the first of its questions that lists
 * documents). Pure: the screen and the tests share it.
 */
import { checklistFor, findEntry, type FaqDataset, type FaqEntry, type Situation } from '../../shared/faq/index.ts';
import type { PrintTarget } from './faq.machine.ts';

export interface SituationView {
  readonly questions: readonly FaqEntry[];
  readonly print: PrintTarget | null;
}

/** Requirement lists of data/requirements.json (the server prints them by id). */
const REQUIREMENT_LISTS: ReadonlySet<string> = new Set(['pendaftaran-pu', 'pendaftaran-bpu', 'klaim-jht']);

export function situationView(dataset: FaqDataset, situation: Situation, limit: number): SituationView {
  const questions = situation.questions.flatMap((id) => {
    const shown = findEntry(dataset, id);
    return shown ? [shown.entry] : [];
  });
  const listed = situation.checklist;
  let print: PrintTarget | null = null;
  if (listed !== undefined && REQUIREMENT_LISTS.has(listed)) print = { listId: listed };
  else {
    const candidates = listed === undefined ? situation.questions : [listed, ...situation.questions];
    const withList = candidates.find((id) => checklistFor(dataset, id) !== undefined);
    if (withList !== undefined) print = { faqId: withList };
  }
  return { questions: questions.slice(0, Math.max(1, limit)), print };
}
