/**
 * The contract's zod/mini import, set to parse `jitless` before any schema exists. zod compiles
 * object parsers with new Function() where it may; the pages' Content-Security-Policy forbids
 * eval, so zod's probe for it would be refused and reported as a violation on every page load.
 * Parsing without that compilation is fast enough for every shape we have, on the server too.
 *
 * `z` is re-exported as zod/mini's own namespace, never handed out as a value (a namespace object
 * that escapes, e.g. returned from a function, keeps all of zod/mini, its locales included, in the
 * kiosk's first download: 124.8 kB gzip instead of about 50). Every module that imports `z` from
 * here evaluates this file first, so the config() below runs before any schema is built.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * as z from 'zod/mini';
