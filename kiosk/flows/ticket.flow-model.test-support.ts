/**
 * An independent model of the kiosk's ticket flow, for tests: a plain reducer over what the
 * visitor sees (the screen, the key, the attempts, the requests sent), written from the rules in
 * ticket.machine.ts's header and kiosk/README.md rather than from the chart. The model-based tests
 * replay the same steps on the running machine and on this model and compare them.
 */
import type { FastTrackReason } from '../../shared/queue/ticket.ts';
import { TEST_TIMING } from './ticket.test-support.ts';

export type Screen =
  | 'loadingServices'
  | 'servicesUnavailable'
  | 'choosingService'
  | 'askingFastTrack'
  | 'confirming'
  | 'issuing'
  | 'waitingToRetry'
  | 'rejected'
  | 'showingResult'
  | 'issued'
  | 'cancelled';

export type PrintStatus = 'printed' | 'failed' | 'queued' | 'skipped';

export type Step =
  | { kind: 'servicesAnswer' }
  | { kind: 'servicesFail' }
  | { kind: 'issueAnswer'; print: PrintStatus }
  | { kind: 'issueFail'; error: 'offline' | 'server' | 'rejected' }
  | { kind: 'lateIssueAnswer' }
  | { kind: 'timerFires' }
  | { kind: 'timePasses'; fraction: number }
  | { kind: 'select'; serviceId: 'klaim' | 'info' | 'not-offered' }
  | { kind: 'fastTrack'; reason: FastTrackReason | null }
  | { kind: 'confirm' }
  | { kind: 'back' }
  | { kind: 'cancel' }
  | { kind: 'retryNow' }
  | { kind: 'extend' }
  | { kind: 'finish' };

export interface Model {
  screen: Screen;
  serviceId: string | null;
  fastTrack: FastTrackReason | null;
  preferred: string | null;
  /** Keys made so far (one per confirm); the current key is the last one. */
  keys: number;
  attempts: number;
  requests: { serviceId: string; fastTrack: FastTrackReason | null; key: number }[];
  /** The last issue request has not been answered yet (it may answer late). */
  issuePending: boolean;
  print: PrintStatus | null;
  /** Time spent in the current screen since its timer was (re)started (a "timePasses" step of fraction 1 stops 1 ms before the timer). */
  elapsed: number;
}

const OFFERED = new Set(['klaim', 'info']);

/** The timer each screen runs, as the README states the kiosk's patience. */
export function timerOf(m: Model): number | null {
  switch (m.screen) {
    case 'loadingServices':
    case 'issuing':
      return TEST_TIMING.requestTimeoutMs;
    case 'servicesUnavailable':
    case 'waitingToRetry':
      return TEST_TIMING.retryDelayMs;
    case 'showingResult':
      return m.print === 'printed' ? TEST_TIMING.resultMs : TEST_TIMING.resultLongMs;
    default:
      return null;
  }
}

function enter(m: Model, screen: Screen): Model {
  const next: Model = { ...m, screen, elapsed: 0 };
  if (screen === 'issuing') {
    // Every entry sends one request with the same key: a retry, never a new ticket.
    next.attempts = m.attempts + 1;
    next.requests = [...m.requests, { serviceId: m.serviceId ?? '', fastTrack: m.fastTrack, key: m.keys }];
    next.issuePending = true;
  }
  return next;
}

export const FINAL: readonly Screen[] = ['issued', 'cancelled'];

/** What the flow does with a step; the same model state when the step changes nothing. */
export function apply(m: Model, step: Step): Model {
  if (FINAL.includes(m.screen)) return m;
  const s = m.screen;
  switch (step.kind) {
    case 'servicesAnswer':
      if (m.preferred !== null && OFFERED.has(m.preferred)) return enter({ ...m, serviceId: m.preferred, preferred: null }, 'askingFastTrack');
      return enter(m, 'choosingService');
    case 'servicesFail':
      return enter(m, 'servicesUnavailable');
    case 'issueAnswer':
      return enter({ ...m, print: step.print, issuePending: false }, 'showingResult');
    case 'issueFail':
      return enter({ ...m, issuePending: false }, step.error === 'rejected' ? 'rejected' : 'waitingToRetry');
    case 'lateIssueAnswer':
      // The answer of a request the flow already gave up on: ignored (the retry gets it again).
      return { ...m, issuePending: false };
    case 'timePasses': {
      const timer = timerOf(m);
      return timer === null ? m : { ...m, elapsed: m.elapsed + Math.floor((timer - m.elapsed - 1) * step.fraction) };
    }
    case 'timerFires':
      if (s === 'loadingServices') return enter(m, 'servicesUnavailable');
      if (s === 'servicesUnavailable') return enter(m, 'loadingServices');
      if (s === 'issuing') return enter(m, 'waitingToRetry');
      if (s === 'waitingToRetry') return enter(m, 'issuing');
      if (s === 'showingResult') return enter(m, 'issued');
      return m;
    case 'select':
      return s === 'choosingService' && OFFERED.has(step.serviceId) ? enter({ ...m, serviceId: step.serviceId }, 'askingFastTrack') : m;
    case 'fastTrack':
      return s === 'askingFastTrack' ? enter({ ...m, fastTrack: step.reason }, 'confirming') : m;
    case 'confirm':
      return s === 'confirming' ? enter({ ...m, keys: m.keys + 1, attempts: 0 }, 'issuing') : m;
    case 'back':
      if (s === 'servicesUnavailable' || s === 'choosingService') return enter(m, 'cancelled');
      if (s === 'askingFastTrack') return enter({ ...m, serviceId: null }, 'choosingService');
      if (s === 'confirming') return enter({ ...m, fastTrack: null }, 'askingFastTrack');
      if (s === 'rejected') return enter({ ...m, serviceId: null, fastTrack: null }, 'loadingServices');
      return m;
    case 'cancel':
      // Not while a ticket is being issued; on the result screen it just ends the flow early.
      if (s === 'issuing') return m;
      return enter(m, s === 'showingResult' ? 'issued' : 'cancelled');
    case 'retryNow':
      if (s === 'servicesUnavailable') return enter(m, 'loadingServices');
      if (s === 'waitingToRetry') return enter(m, 'issuing');
      return m;
    case 'extend':
      return s === 'showingResult' ? { ...m, elapsed: 0 } : m;
    case 'finish':
      return s === 'showingResult' ? enter(m, 'issued') : m;
  }
}

export function initialModel(preferred: string | null = null): Model {
  return { screen: 'loadingServices', serviceId: null, fastTrack: null, preferred, keys: 0, attempts: 0, requests: [], issuePending: false, print: null, elapsed: 0 };
}
