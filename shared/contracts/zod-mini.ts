/**
 * The contract's zod/mini import, set to parse `jitless` before any schema exists. zod compiles
 * object parsers with new Function() where it may; the pages' Content-Security-Policy forbids
 * eval, so zod's probe for it would be refused and reported as a violation on every page load.
 * Parsing without that compilation is fast enough for every shape we have, on the server too.
 */
import * as zm from 'zod/mini';

// Exported through the call, not beside it: a bundler may otherwise evaluate a schema built from
// `z` before a bare `z.config()` statement (Vite's did, with a re-export next to the statement).
function jitless(): typeof zm.z {
  zm.z.config({ jitless: true });
  return zm.z;
}

export const z = jitless();

// The type side of zod's namespace (z.infer<…>, z.ZodMiniType …), beside the value.
// eslint-disable-next-line @typescript-eslint/no-namespace -- merges types into the exported value's name
export declare namespace z {
  export type infer<T> = zm.infer<T>;
  export type input<T> = zm.input<T>;
  export type output<T> = zm.output<T>;
  export type ZodMiniType<O = unknown, I = unknown> = zm.ZodMiniType<O, I>;
  // eslint-disable-next-line @typescript-eslint/no-namespace -- zod's own z.core.$ZodType path
  export namespace core {
    export type $ZodType<O = unknown, I = unknown> = zm.core.$ZodType<O, I>;
  }
}
