/**
 * The store's edge: every row read from SQLite is parsed with a schema before the rest of the
 * server sees it. The file on disk is outside the program (an older build, a hand edit, a restored
 * backup), so a row that does not fit stops with a message naming the table and the column instead
 * of travelling on as a wrongly typed value.
 */
import { z } from 'zod';

export class StoredRowError extends Error {}

export interface RowParser<T> {
  /** A row that must exist (e.g. COUNT(*), or a row just inserted). */
  one(row: unknown): T;
  /** undefined (no row) becomes null. */
  maybe(row: unknown): T | null;
  all(rows: readonly unknown[]): T[];
}

export function rowParser<S extends z.ZodType>(table: string, schema: S): RowParser<z.output<S>> {
  const one = (row: unknown): z.output<S> => {
    if (row === undefined) throw new StoredRowError(`${table}: expected a row, found none`);
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const problems = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(row)'}: ${i.message}`).join('; ');
    throw new StoredRowError(`${table}: a stored row does not match this build's schema (${problems})`);
  };
  return {
    one,
    maybe: (row) => (row === undefined ? null : one(row)),
    all: (rows) => rows.map(one),
  };
}

/** SQLite has no boolean: 0 / 1 columns. */
export const sqliteBoolean = z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1);

/** A TEXT column holding JSON. */
export const jsonColumn = z.string().transform((text, ctx): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'the column does not hold JSON' });
    return z.NEVER;
  }
});
