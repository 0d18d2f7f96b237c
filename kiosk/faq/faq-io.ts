/**
 * Printing the checklist of an answer: POST /api/print/checklist {faqId} (the server looks the
 * items up in its own FAQ data) and the outcome as the answer screen shows it.
 */
import { printAnswerSchema } from '../../shared/contracts/printing.ts';
import { errorOf, parseOrNull } from '../../shared/contracts/wire.ts';
import type { PrintAnswer } from './faq.machine.ts';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const PRINT_WAIT_MS = 20_000;

/** POST /api/print/checklist {faqId}: the server looks the items up in its own FAQ data. */
export async function requestChecklistPrint(fetchFn: FetchLike, baseUrl: string, faqId: string): Promise<PrintAnswer> {
  let response: Response;
  try {
    response = await fetchFn(`${baseUrl}/api/print/checklist`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ faqId }),
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
