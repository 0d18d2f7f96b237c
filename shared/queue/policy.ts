/**
 * The fast-track policy: which waiting ticket a counter calls next.
 *
 * Stated in words (and shown to staff the same way):
 *   1. if a normal ticket has waited at least maxNormalWaitMinutes, call the longest waiting one;
 *   2. else, if fast-track tickets wait and either no normal ticket waits or this counter has made
 *      fewer than maxConsecutiveFastTrack fast-track calls in a row, call the oldest fast-track one;
 *   3. else call the oldest normal ticket.
 * Before all three, a ticket another counter transferred to this very counter ("directed") is
 * called first: the visitor was sent here by name.
 * "Oldest" means earliest place in the queue, then lowest number.
 *
 * The decision only needs the head of each line (oldest normal, oldest fast-track), which lets the
 * store answer with two indexed look-ups however long the queue is.
 */
import type { CallRule } from './ticket.ts';

export interface FastTrackPolicy {
  maxNormalWaitMinutes: number;
  maxConsecutiveFastTrack: number;
}

export const DEFAULT_FAST_TRACK_POLICY: FastTrackPolicy = {
  maxNormalWaitMinutes: 45,
  maxConsecutiveFastTrack: 3,
};

export interface Candidate {
  id: string;
  seq: number;
  queuedAt: number;
  fastTrack: boolean;
}

export interface CallDecision<C extends Candidate = Candidate> {
  ticket: C;
  rule: CallRule;
}

/** Earliest place in the queue first, then the lowest number. */
export function compareQueueOrder(a: Candidate, b: Candidate): number {
  return a.queuedAt - b.queuedAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function oldestOf<C extends Candidate>(candidates: Iterable<C | null | undefined>): C | null {
  let best: C | null = null;
  for (const c of candidates) {
    if (c && (best === null || compareQueueOrder(c, best) < 0)) best = c;
  }
  return best;
}

export function decideNext<C extends Candidate>(input: {
  oldestNormal: C | null;
  oldestFastTrack: C | null;
  /** The oldest ticket transferred to this counter by name, if any. */
  oldestDirected?: C | null;
  consecutiveFastTrackCalls: number;
  policy: FastTrackPolicy;
  now: number;
}): CallDecision<C> | null {
  const { oldestNormal, oldestFastTrack, consecutiveFastTrackCalls, policy, now } = input;
  if (input.oldestDirected) return { ticket: input.oldestDirected, rule: 'directed' };
  if (oldestNormal && now - oldestNormal.queuedAt >= policy.maxNormalWaitMinutes * 60_000) {
    return { ticket: oldestNormal, rule: 'normal-wait-limit' };
  }
  if (oldestFastTrack && (!oldestNormal || consecutiveFastTrackCalls < policy.maxConsecutiveFastTrack)) {
    return { ticket: oldestFastTrack, rule: 'fast-track' };
  }
  if (oldestNormal) return { ticket: oldestNormal, rule: 'normal' };
  return null;
}

/** The policy over a whole list of waiting tickets (the reference the store's look-ups must match). */
export function decideNextFromWaiting<C extends Candidate>(
  waiting: readonly C[],
  consecutiveFastTrackCalls: number,
  policy: FastTrackPolicy,
  now: number,
): CallDecision<C> | null {
  return decideNext({
    oldestNormal: oldestOf(waiting.filter((t) => !t.fastTrack)),
    oldestFastTrack: oldestOf(waiting.filter((t) => t.fastTrack)),
    consecutiveFastTrackCalls,
    policy,
    now,
  });
}

/** The counter's run of fast-track calls after a call chosen by `rule`. */
export function nextConsecutiveFastTrack(previous: number, calledFastTrack: boolean): number {
  return calledFastTrack ? previous + 1 : 0;
}

/**
 * The order in which one counter will call the tickets waiting now, if nobody new arrives and the
 * clock stood still: decideNext applied again and again, each pick removed and the run of
 * fast-track calls carried on. The console shows this list (who is next and which rule), so it is
 * computed by the same function that calls, never by a copy of the rules.
 */
export function callOrder<C extends Candidate>(input: {
  /** Tickets transferred to this counter by name. */
  directed: readonly C[];
  /** The other waiting tickets of the counter's services. */
  waiting: readonly C[];
  consecutiveFastTrackCalls: number;
  policy: FastTrackPolicy;
  now: number;
}): CallDecision<C>[] {
  const directed = [...input.directed].sort(compareQueueOrder);
  const normal = input.waiting.filter((t) => !t.fastTrack).sort(compareQueueOrder);
  const fast = input.waiting.filter((t) => t.fastTrack).sort(compareQueueOrder);
  const order: CallDecision<C>[] = [];
  let run = input.consecutiveFastTrackCalls;
  for (;;) {
    const decision = decideNext({ oldestNormal: normal[0] ?? null, oldestFastTrack: fast[0] ?? null, oldestDirected: directed[0] ?? null, consecutiveFastTrackCalls: run, policy: input.policy, now: input.now });
    if (!decision) return order;
    order.push(decision);
    if (decision.rule === 'directed') directed.shift();
    else if (decision.ticket.fastTrack) fast.shift();
    else normal.shift();
    run = nextConsecutiveFastTrack(run, decision.ticket.fastTrack);
  }
}
