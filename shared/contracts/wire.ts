/**
 * Building blocks shared by the area contracts. Written with zod/mini: the kiosk imports these
 * schemas, and zod/mini keeps its bundle small (see kiosk/README.md).
 */
import { z } from './zod-mini.ts';
import { ERROR_CODES } from '../errors.ts';

/** Ids of services, counters, tickets: what the server generates or the branch config allows. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(64));
export const text = (max: number) => z.string().check(z.maxLength(max));
/** An ISO 8601 time as the server writes it (Date#toISOString). */
export const isoTimeSchema = z.string().check(z.maxLength(40));
export const isoTimeOrNullSchema = z.nullable(isoTimeSchema);
export const countSchema = z.int().check(z.minimum(0));
export const serviceDaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD'));

/** The path parameter `{id}` of most routes. */
export const idParamsSchema = z.object({ id: idSchema });

/** Every error answer: a domain code (shared/errors.ts) and an Indonesian message. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().check(z.minLength(1), z.maxLength(500)),
    details: z.optional(z.unknown()),
  }),
});
export type ErrorBodyDto = z.infer<typeof errorBodySchema>;

/** The error of an answer, or null when the body is not an error answer. */
export function errorOf(body: unknown): ErrorBodyDto['error'] | null {
  const r = errorBodySchema.safeParse(body);
  return r.success ? r.data.error : null;
}

/** Parses or returns null; never throws. */
export function parseOrNull<S extends z.core.$ZodType>(schema: S, value: unknown): z.infer<S> | null {
  const r = z.safeParse(schema, value);
  return r.success ? r.data : null;
}
