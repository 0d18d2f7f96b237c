/**
 * Which FAQ usage the kiosk records for the reports: each answer once per visit when it is opened,
 * and a search when the visitor leaves it (back to the topics, to a ticket, or walking away) without
 * opening an answer while the search's verdict (shared/faq/search/verdict.ts) was "no good answer"
 * (weak: only guesses) or "nothing matched" (none). Pure; FaqFlow calls the outbox.
 */
import { MIN_QUERY } from './SearchScreen.tsx';

export type SearchVerdict = 'good' | 'weak' | 'none';

export interface SearchState {
  query: string;
  verdict: SearchVerdict;
}

/** What to record when the visitor leaves the search; `toAnswer` when they opened an answer from it. */
export function searchEndRecord(last: SearchState | null, toAnswer: boolean): { query: string; verdict: 'weak' | 'none' } | null {
  if (last === null || toAnswer || last.query.trim().length < MIN_QUERY) return null;
  return last.verdict === 'good' ? null : { query: last.query, verdict: last.verdict };
}

/** Reads once per answer per visit: going back and forth between a list and one answer is one read. */
export function firstRead(seen: Set<string>, faqId: string): boolean {
  if (seen.has(faqId)) return false;
  seen.add(faqId);
  return true;
}
