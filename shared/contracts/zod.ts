/**
 * The one zod import of the contract and the browser pages. zod compiles object parsers with
 * new Function() where it may; the pages' Content-Security-Policy forbids eval, so zod's probe for
 * it is refused and reported as a violation on every page load. Parsing without that compilation
 * is fast enough for every shape we have, on the server too.
 */
import { z as zod } from 'zod';

// Exported through the call, not beside it: the bundler then cannot order a schema built from `z`
// before the setting (it did, with a bare `z.config()` statement next to a re-export).
function jitless(): typeof zod {
  zod.config({ jitless: true });
  return zod;
}

export const z = jitless();

// The type side of zod's namespace (z.infer<…>, z.ZodType …), beside the value.
// eslint-disable-next-line @typescript-eslint/no-namespace -- merges types into the exported value's name
export declare namespace z {
  export type infer<T> = zod.infer<T>;
  export type input<T> = zod.input<T>;
  export type output<T> = zod.output<T>;
  export type ZodType<O = unknown, I = unknown> = zod.ZodType<O, I>;
  export type ZodError<T = unknown> = zod.ZodError<T>;
}
