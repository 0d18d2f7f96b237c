/**
 * Printing the checklist of an answer: POST /api/print/checklist {faqId} (the server looks the
 * items up in its own FAQ data) and the outcome as the answer screen shows it.
 */
import { errorMessageOf } from '../app/api/schemas.ts';
import { FAIL, oneOf, optional, record, str } from '../app/api/validate.ts';
import type { PrintAnswer } from './faq.machine.ts';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const PRINT_WAIT_MS = 20_000;
const printStatus = oneOf(['printed', 'queued', 'skipped', 'failed'] as const);
const printReason = optional(str({ max: 300 }));

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
  if (!response.ok) return { status: 'failed', reason: errorMessageOf(body) };
  const outer = record(body);
  const print = outer === FAIL ? FAIL : record(outer.print);
  if (print === FAIL) return { status: 'unreachable', reason: null };
  const status = printStatus(print.status);
  const reason = printReason(print.reason);
  if (status === FAIL || reason === FAIL) return { status: 'unreachable', reason: null };
  return { status, reason: reason ?? null };
}
