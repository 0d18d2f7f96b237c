/**
 * The staff pages (console, supervisor) keep their state in a plain module object and re-render
 * when it changes; this is the small subscription they share, plus a clock for "waiting 3 min".
 */
import { useEffect, useState } from 'preact/hooks';

export interface ChangeSignal {
  /** Tell every mounted view that the store changed. */
  readonly changed: () => void;
  /** Re-render the calling component on every change. */
  readonly useChanges: () => void;
}

export function createChangeSignal(): ChangeSignal {
  const listeners = new Set<() => void>();
  return {
    changed: () => listeners.forEach((l) => l()),
    useChanges: () => {
      const [, setTick] = useState(0);
      useEffect(() => {
        const l = (): void => setTick((n) => n + 1);
        listeners.add(l);
        return () => {
          listeners.delete(l);
        };
      }, []);
    },
  };
}

/** The current time, refreshed every `intervalMs` (waiting times need minutes, not seconds). */
export function useClock(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return now;
}
