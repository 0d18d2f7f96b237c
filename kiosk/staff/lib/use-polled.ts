/**
 * A staff page card that reloads one GET by itself (the supervisor's clock, sync and backup cards):
 * the last answer, whether the last load failed, and a setter for an answer another request gave
 * (a confirmation). A failed load keeps the last answer; an unmounted card sets nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { z } from '../../../shared/contracts/zod-mini.ts';
import type { StaffApi } from './staff-api.ts';

export interface Polled<T> {
  value: T | null;
  failed: boolean;
  set: (value: T) => void;
}

export function usePolled<S extends z.core.$ZodType>(api: StaffApi, path: string, schema: S, everyMs: number): Polled<z.output<S>> {
  const [value, setValue] = useState<z.output<S> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () =>
      api
        .request(path, schema)
        .then((answer) => {
          if (!live) return;
          if (answer !== null) setValue(answer);
          setFailed(false);
        })
        .catch(() => live && setFailed(true));
    void load();
    const timer = setInterval(() => void load(), everyMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, path, schema, everyMs]);
  return { value, failed, set: setValue };
}
