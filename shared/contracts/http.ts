/**
 * The shapes that cross HTTP, as older imports name them. Each area's schemas and routes live in
 * its own file (auth.ts, tickets.ts, counters.ts, queue.ts, help-requests.ts, printing.ts,
 * faq-feedback.ts); new code imports from those.
 */
export * from './auth.ts';
export * from './counters.ts';
export * from './queue.ts';
export * from './tickets.ts';
export { errorBodySchema, errorOf, type ErrorBodyDto } from './wire.ts';
