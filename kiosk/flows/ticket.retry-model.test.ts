/**
 * The ticket flow against an independent model (ticket.flow-model.test-support.ts): random walks
 * that favour trouble (lost answers, time-outs, offline, retries, late answers) replay on the
 * running machine, with faked IO and a simulated clock, and on the model. After every step both
 * must agree on the screen, the attempts, the choice and every request sent with its key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KioskRequestError } from '../app/api/request-error.ts';
import { FAST_TRACK_REASONS } from '../../shared/queue/ticket.ts';
import { apply, FINAL, initialModel, timerOf, type Model, type Screen, type Step } from './ticket.flow-model.test-support.ts';
import { startTicketHarness, TEST_TIMING } from './ticket.test-support.ts';

/**
 * Steps that can happen now, weighted so that walks mostly go forward into trouble (lost answers,
 * time-outs, retries) rather than ending at the first "back": a step appears `weight` times.
 */
function possibleSteps(m: Model): Step[] {
  const weighted: [Step, number][] = [
    [{ kind: 'select', serviceId: 'klaim' }, 6],
    [{ kind: 'select', serviceId: 'not-offered' }, 1],
    [{ kind: 'fastTrack', reason: null }, 3],
    [{ kind: 'fastTrack', reason: 'pregnant' }, 3],
    [{ kind: 'confirm' }, 6],
    [{ kind: 'back' }, 1],
    [{ kind: 'cancel' }, 1],
    [{ kind: 'retryNow' }, 2],
    [{ kind: 'extend' }, 1],
    [{ kind: 'finish' }, 1],
  ];
  if (m.screen === 'loadingServices') weighted.push([{ kind: 'servicesAnswer' }, 12], [{ kind: 'servicesFail' }, 4]);
  if (m.screen === 'issuing') {
    weighted.push(
      [{ kind: 'issueFail', error: 'offline' }, 8],
      [{ kind: 'issueFail', error: 'server' }, 4],
      [{ kind: 'issueAnswer', print: 'printed' }, 5],
      [{ kind: 'issueAnswer', print: 'failed' }, 3],
      [{ kind: 'issueFail', error: 'rejected' }, 2],
    );
  }
  if (m.screen !== 'issuing' && m.issuePending) weighted.push([{ kind: 'lateIssueAnswer' }, 6]);
  if (timerOf(m) !== null) weighted.push([{ kind: 'timerFires' }, 8], [{ kind: 'timePasses', fraction: 0.5 }, 2], [{ kind: 'timePasses', fraction: 1 }, 2]);
  return weighted.flatMap(([step, weight]) => Array.from({ length: weight }, () => step));
}

const offline = new KioskRequestError('offline');
const serverError = new KioskRequestError('server', null, 503);
const rejected = new KioskRequestError('rejected', { code: 'request.invalid', message: 'Layanan ini sedang ditutup.' }, 409);

async function replayOnMachine(choices: readonly number[], preferred: string | null, stats: { retries: number; deepRetries: number; late: number; issued: number }) {
  const h = startTicketHarness(TEST_TIMING, preferred ? { preferredService: preferred } : {});
  let m: Model = initialModel(preferred);
  let maxAttempts = 0;
  const trail: string[] = [];
  for (const choice of choices) {
    if (FINAL.includes(m.screen)) break;
    const options = possibleSteps(m);
    const step = options[choice % options.length]!;
    trail.push(JSON.stringify(step));
    const before = m;
    m = apply(m, step);
    switch (step.kind) {
      case 'servicesAnswer':
        await h.answerServices();
        break;
      case 'servicesFail':
        await h.failServices(offline);
        break;
      case 'issueAnswer':
      case 'lateIssueAnswer':
        await h.answerIssue({ status: step.kind === 'issueAnswer' ? step.print : 'printed' });
        break;
      case 'issueFail':
        await h.failIssue(step.error === 'offline' ? offline : step.error === 'server' ? serverError : rejected);
        break;
      case 'timerFires':
        h.clock.increment((timerOf(before) ?? 0) - before.elapsed);
        break;
      case 'timePasses':
        h.clock.increment(m.elapsed - before.elapsed);
        break;
      case 'select':
        h.actor.send({ type: 'service.select', serviceId: step.serviceId });
        break;
      case 'fastTrack':
        h.actor.send({ type: 'fastTrack.select', reason: step.reason });
        break;
      case 'confirm':
        h.actor.send({ type: 'ticket.confirm' });
        break;
      case 'back':
        h.actor.send({ type: 'flow.back' });
        break;
      case 'cancel':
        h.actor.send({ type: 'flow.cancel' });
        break;
      case 'retryNow':
        h.actor.send({ type: 'retry.now' });
        break;
      case 'extend':
        h.actor.send({ type: 'result.extend' });
        break;
      case 'finish':
        h.actor.send({ type: 'result.finish' });
        break;
    }
    const snap = h.actor.getSnapshot();
    const where = trail.join(' > ');
    expect(snap.value, where).toBe(m.screen);
    expect(snap.context.attempts, where).toBe(m.attempts);
    expect(snap.context.serviceId, where).toBe(m.serviceId);
    expect(snap.context.fastTrack, where).toBe(m.fastTrack);
    // Exactly the requests the model sent, each with the key of its confirm.
    expect(h.issueRequests.map((r) => [r.serviceId, r.fastTrack, r.idempotencyKey]), where).toEqual(m.requests.map((r) => [r.serviceId, r.fastTrack, `test-key-${r.key}`]));
    // A ticket on screen only after the server answered one.
    expect(snap.context.issued !== null, where).toBe(m.print !== null);
    if (m.print !== null) expect(snap.context.issued?.print.status, where).toBe(m.print);
    if (step.kind === 'lateIssueAnswer') stats.late += 1;
    maxAttempts = Math.max(maxAttempts, m.attempts);
  }
  if (FINAL.includes(m.screen)) expect(h.actor.getSnapshot().output).toEqual({ outcome: m.print === null ? 'cancelled' : 'issued' });
  if (maxAttempts >= 2) stats.retries += 1;
  if (maxAttempts >= 3) stats.deepRetries += 1;
  if (m.screen === 'issued') stats.issued += 1;
}

describe('ticket flow against an independent model', () => {
  it('agrees step by step on random walks full of lost answers and retries', async () => {
    const stats = { retries: 0, deepRetries: 0, late: 0, issued: 0 };
    const runs = 250;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.noBias(fc.nat(9999)), { minLength: 20, maxLength: 60 }), fc.constantFrom(null, 'klaim', 'tidak-ada'), async (choices, preferred) => {
        await replayOnMachine(choices, preferred, stats);
      }),
      { numRuns: runs },
    );
    console.info(`ticket flow walks: ${runs} walks, ${stats.retries} with a retry, ${stats.deepRetries} with two or more retries of one key, ${stats.late} late answers, ${stats.issued} ending with a ticket`);
    // Typical: a quarter of the walks retry, one in seven retries one key twice or more.
    expect(stats.retries / runs).toBeGreaterThanOrEqual(0.12);
    expect(stats.deepRetries / runs).toBeGreaterThanOrEqual(0.05);
    expect(stats.late).toBeGreaterThan(0);
    expect(stats.issued / runs).toBeGreaterThanOrEqual(0.1);
  }, 60_000);

  it('walks a long retry cycle by hand: time-out, offline, server error, retry now, then the answer, one key throughout', async () => {
    const choices: Step[] = [
      { kind: 'servicesAnswer' },
      { kind: 'select', serviceId: 'klaim' },
      { kind: 'fastTrack', reason: FAST_TRACK_REASONS[0] },
      { kind: 'confirm' },
      { kind: 'timerFires' },
      { kind: 'lateIssueAnswer' },
      { kind: 'timerFires' },
      { kind: 'issueFail', error: 'offline' },
      { kind: 'retryNow' },
      { kind: 'issueFail', error: 'server' },
      { kind: 'timePasses', fraction: 1 },
      { kind: 'timerFires' },
      { kind: 'issueAnswer', print: 'failed' },
      { kind: 'timePasses', fraction: 1 },
      { kind: 'extend' },
      { kind: 'timePasses', fraction: 1 },
      { kind: 'timerFires' },
    ];
    let m: Model = initialModel();
    const screens: Screen[] = [];
    for (const step of choices) {
      m = apply(m, step);
      screens.push(m.screen);
    }
    expect(screens).toEqual([
      'choosingService',
      'askingFastTrack',
      'confirming',
      'issuing',
      'waitingToRetry',
      'waitingToRetry',
      'issuing',
      'waitingToRetry',
      'issuing',
      'waitingToRetry',
      'waitingToRetry',
      'issuing',
      'showingResult',
      'showingResult',
      'showingResult',
      'showingResult',
      'issued',
    ]);
    expect(m.attempts).toBe(4);
    expect(new Set(m.requests.map((r) => r.key))).toEqual(new Set([1]));
    // The same walk on the machine: indices into possibleSteps that pick exactly these steps.
    const stats = { retries: 0, deepRetries: 0, late: 0, issued: 0 };
    let replayModel: Model = initialModel();
    const indices = choices.map((step) => {
      const i = possibleSteps(replayModel).findIndex((o) => JSON.stringify(o) === JSON.stringify(step));
      expect(i, JSON.stringify(step)).toBeGreaterThanOrEqual(0);
      replayModel = apply(replayModel, step);
      return i;
    });
    await replayOnMachine(indices, null, stats);
    expect(stats).toMatchObject({ retries: 1, deepRetries: 1, late: 1, issued: 1 });
  });
});
