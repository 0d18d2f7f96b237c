/**
 * The survey page's settings from its URL:
 *   /survei/?loket=loket-1   the tablet facing the visitor at counter loket-1;
 *   /survei/?token=…         a phone, from the ticket status page (the paper's QR);
 *   &idle=60&warn=30         idle watch (the warning never under 20 s, WCAG 2.2.1);
 *   &flush=10                seconds between resends of answers kept while offline;
 *   &poll=20                 seconds between checks for a finished ticket besides the event stream.
 */
import { MIN_WARNING_SECONDS } from '../app/kiosk-config.ts';

export type SurveyPageMode = { kind: 'tablet'; counterId: string } | { kind: 'phone'; token: string } | { kind: 'misconfigured' };

export interface SurveyPageConfig {
  mode: SurveyPageMode;
  idleSeconds: number;
  warningSeconds: number;
  flushSeconds: number;
  pollSeconds: number;
  inviteSeconds: number;
}

function num(params: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const raw = params.get(name);
  const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

export function readSurveyPageConfig(search: string): SurveyPageConfig {
  const params = new URLSearchParams(search);
  const loket = params.get('loket');
  const token = params.get('token');
  const mode: SurveyPageMode =
    token && /^[A-Za-z0-9_-]{16,64}$/.test(token)
      ? { kind: 'phone', token }
      : loket && /^[A-Za-z0-9_-]{1,64}$/.test(loket)
        ? { kind: 'tablet', counterId: loket }
        : { kind: 'misconfigured' };
  return {
    mode,
    idleSeconds: num(params, 'idle', 2, 600, 60),
    warningSeconds: num(params, 'warn', MIN_WARNING_SECONDS, 120, 30),
    flushSeconds: num(params, 'flush', 1, 600, 10),
    pollSeconds: num(params, 'poll', 1, 600, 20),
    inviteSeconds: num(params, 'invite', 3, 600, 30),
  };
}
