/**
 * Printing the checklist of an answer: POST /api/print/checklist {faqId} (the server looks the
 * items up in its own FAQ data) and the outcome as the answer screen shows it. And what branch
 * visitors ask most (GET /api/faq/popular), to order the topic lists.
 */
import { faqPopularAnswerSchema } from '../../shared/contracts/faq-feedback.ts';
import { printAnswerSchema } from '../../shared/contracts/printing.ts';
import { errorOf, parseOrNull } from '../../shared/contracts/wire.ts';
import type { PrintAnswer, PrintTarget } from './faq.machine.ts';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const PRINT_WAIT_MS = 20_000;

/**
 * POST /api/print/checklist {faqId} | {listId}: the server looks the items up in its own FAQ data
 * (an answer's document list) or its requirement lists (the service standard's, for a life event).
 */
export async function requestChecklistPrint(fetchFn: FetchLike, baseUrl: string, target: PrintTarget): Promise<PrintAnswer> {
  let response: Response;
  try {
    response = await fetchFn(`${baseUrl}/api/print/checklist`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(target),
      signal: AbortSignal.timeout(PRINT_WAIT_MS),
    });
  } catch {
    return { status: 'unreachable', reason: null };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) return { status: 'failed', reason: errorOf(body)?.message ?? null };
  const answer = parseOrNull(printAnswerSchema, body);
  if (!answer) return { status: 'unreachable', reason: null };
  return { status: answer.print.status, reason: answer.print.reason ?? null };
}

const POPULAR_WAIT_MS = 5_000;

/**
 * GET /api/faq/popular: how often visitors of this branch rated each answer, most first. Any
 * failure (old server, network blink, odd body) gives an empty map: the lists keep their default
 * order (the branch's head questions first), the FAQ never waits on this.
 */
export async function fetchPopularity(fetchFn: FetchLike, baseUrl: string): Promise<ReadonlyMap<string, number>> {
  try {
    const response = await fetchFn(`${baseUrl}/api/faq/popular`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(POPULAR_WAIT_MS) });
    if (!response.ok) return new Map();
    const answer = parseOrNull(faqPopularAnswerSchema, await response.json());
    const counts = new Map<string, number>();
    for (const { faqId, count } of answer?.questions ?? []) counts.set(faqId, count);
    return counts;
  } catch {
    return new Map();
  }
}
