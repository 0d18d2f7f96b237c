/**
 * A very small runtime validator for the few server answers the kiosk reads. Why not zod: in the
 * kiosk entry, zod/mini's core cost about 25 KB gzip, more than all of Preact and XState
 * together, against a 60 KB budget. Each check returns the value typed, or FAIL;
 * objects are checked field by field in schemas.ts.
 */
export const FAIL: unique symbol = Symbol('invalid');
export type Check<T> = (value: unknown) => T | typeof FAIL;

export const str =
  (options: { min?: number; max: number; pattern?: RegExp }): Check<string> =>
  (v) =>
    typeof v === 'string' && v.length >= (options.min ?? 0) && v.length <= options.max && (!options.pattern || options.pattern.test(v)) ? v : FAIL;

export const int =
  (min: number, max: number): Check<number> =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : FAIL;

export const oneOf =
  <const T extends readonly string[]>(values: T): Check<T[number]> =>
  (v) => {
    const found = values.find((allowed) => allowed === v);
    return found === undefined ? FAIL : found;
  };

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v) =>
    v === null ? null : check(v);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v) =>
    v === undefined ? undefined : check(v);

/** A plain object whose fields can be read (still unknown until checked). */
export function record(v: unknown): Record<string, unknown> | typeof FAIL {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
  return Object.fromEntries(Object.entries(v));
}

export const arrayOf =
  <T>(check: Check<T>, max: number): Check<T[]> =>
  (v) => {
    if (!Array.isArray(v) || v.length > max) return FAIL;
    const out: T[] = [];
    for (const item of v) {
      const parsed = check(item);
      if (parsed === FAIL) return FAIL;
      out.push(parsed);
    }
    return out;
  };
