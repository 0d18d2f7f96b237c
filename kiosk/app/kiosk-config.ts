/**
 * Kiosk settings from the page URL, so one build serves every kiosk and e2e tests can shorten
 * the timers: `/?kiosk=kiosk-2&idle=5&warn=20&result=8&resultLong=30&retry=2`.
 * Out-of-range values fall back to the default; the warning never goes below 20 s (WCAG 2.2.1).
 */
import { DEFAULT_TICKET_TIMING, type TicketTiming } from '../flows/ticket.machine.ts';

export interface KioskConfig {
  /** Sent with help requests so staff know which kiosk calls. */
  kioskId: string;
  /** Seconds without a touch before the "are you still there?" warning. */
  idleSeconds: number;
  /** Seconds the warning counts down before everything is reset. */
  warningSeconds: number;
  ticketTiming: TicketTiming;
}

export const MIN_WARNING_SECONDS = 20;

function numberParam(params: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

export function readKioskConfig(search: string): KioskConfig {
  const params = new URLSearchParams(search);
  const kioskId = params.get('kiosk');
  const seconds = (name: string, min: number, max: number, fallbackMs: number) => numberParam(params, name, min, max, fallbackMs / 1000) * 1000;
  return {
    kioskId: kioskId && /^[A-Za-z0-9._-]{1,40}$/.test(kioskId) ? kioskId : 'kiosk-1',
    idleSeconds: numberParam(params, 'idle', 2, 600, 60),
    warningSeconds: numberParam(params, 'warn', MIN_WARNING_SECONDS, 120, 30),
    ticketTiming: {
      requestTimeoutMs: seconds('timeout', 1, 60, DEFAULT_TICKET_TIMING.requestTimeoutMs),
      retryDelayMs: seconds('retry', 1, 60, DEFAULT_TICKET_TIMING.retryDelayMs),
      resultMs: seconds('result', 3, 300, DEFAULT_TICKET_TIMING.resultMs),
      resultLongMs: seconds('resultLong', 10, 600, DEFAULT_TICKET_TIMING.resultLongMs),
    },
  };
}
