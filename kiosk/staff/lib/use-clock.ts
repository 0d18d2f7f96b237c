/** The current time for a staff page, refreshed every `intervalMs` (waiting times need minutes, not seconds). */
import { useEffect, useState } from 'preact/hooks';

export function useClock(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return now;
}
