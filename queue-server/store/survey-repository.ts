/** The survey's tables: tokens and responses in, rows parsed at this edge (rows.ts) out. */
import { z } from 'zod';
import { SKM_ELEMENTS, type SkmAnswers } from '../../shared/survey/elements.ts';
import type { IkmTally } from '../../shared/survey/ikm.ts';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const tokenRowSchema = z.object({
  ticket_id: z.string(),
  token_hash: z.string(),
  service_day: z.string(),
  service_id: z.string(),
  counter_id: z.string().nullable(),
  officer_id: z.number().int().nullable(),
  minted_at: z.number(),
  expires_at: z.number(),
  used_at: z.number().nullable(),
});
export type TokenRow = z.infer<typeof tokenRowSchema>;
const tokenRow = rowParser('survey_tokens', tokenRowSchema);

const responseRowSchema = z.object({
  id: z.number().int(),
  service_day: z.string(),
  service_id: z.string(),
  counter_id: z.string().nullable(),
  overall: score,
  comment: z.string().nullable(),
  ...Object.fromEntries(SKM_ELEMENTS.map((e) => [e, score.nullable()])),
});
const responseRow = rowParser('survey_responses', responseRowSchema);
const ticketIdRow = rowParser('tickets', z.object({ id: z.string() }));
const ticketRow = rowParser('tickets', z.object({ id: z.string(), number: z.string(), status: z.string(), serviceId: z.string(), serviceDay: z.string() }));
const servedRow = rowParser('tickets', z.object({ k: z.string(), n: z.number().int() }));
const tallyRow = rowParser('survey_responses', z.record(z.string(), z.number().int()));

export interface ResponseRecord {
  id: number;
  serviceDay: string;
  serviceId: string;
  counterId: string | null;
  overall: 1 | 2 | 3 | 4;
  answers: SkmAnswers;
  comment: string | null;
}

export interface NewResponse {
  ticketId: string;
  serviceDay: string;
  serviceId: string;
  counterId: string | null;
  officerId: number | null;
  questionnaire: string;
  overall: number;
  answers: SkmAnswers;
  comment: string | null;
  language: string | null;
  createdAt: number;
}

export interface Scope {
  from: string;
  to: string;
  serviceId?: string | undefined;
  counterId?: string | undefined;
}

const scopeSql = (alias: string, scope: Scope): { where: string; params: unknown[] } => {
  const clauses = [`${alias}service_day BETWEEN ? AND ?`];
  const params: unknown[] = [scope.from, scope.to];
  if (scope.serviceId !== undefined) {
    clauses.push(`${alias}service_id = ?`);
    params.push(scope.serviceId);
  }
  if (scope.counterId !== undefined) {
    clauses.push(`${alias}counter_id = ?`);
    params.push(scope.counterId);
  }
  return { where: clauses.join(' AND '), params };
};

export class SurveyRepository {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      insertToken: db.prepare(
        `INSERT INTO survey_tokens (ticket_id, token_hash, service_day, service_id, counter_id, officer_id, minted_at, expires_at)
         VALUES (@ticketId, @tokenHash, @serviceDay, @serviceId, @counterId, @officerId, @mintedAt, @expiresAt)
         ON CONFLICT (ticket_id) DO NOTHING`,
      ),
      tokenByHash: db.prepare('SELECT * FROM survey_tokens WHERE token_hash = ?'),
      tokenByTicket: db.prepare('SELECT * FROM survey_tokens WHERE ticket_id = ?'),
      // The newest unused token of a counter, while no later ticket has been called there.
      pendingOfCounter: db.prepare(
        `SELECT k.* FROM survey_tokens k
         WHERE k.counter_id = ? AND k.used_at IS NULL AND k.expires_at > ? AND k.minted_at >= ?
           AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.counter_id = k.counter_id AND t.id <> k.ticket_id AND t.called_at >= k.minted_at)
         ORDER BY k.minted_at DESC LIMIT 1`,
      ),
      markUsed: db.prepare('UPDATE survey_tokens SET used_at = ? WHERE ticket_id = ? AND used_at IS NULL'),
      insertResponse: db.prepare(
        `INSERT INTO survey_responses (ticket_id, service_day, service_id, counter_id, officer_id, questionnaire, overall, ${SKM_ELEMENTS.join(', ')}, comment, language, created_at)
         VALUES (@ticketId, @serviceDay, @serviceId, @counterId, @officerId, @questionnaire, @overall, ${SKM_ELEMENTS.map((e) => `@${e}`).join(', ')}, @comment, @language, @createdAt)`,
      ),
      ticketByNumber: db.prepare('SELECT id FROM tickets WHERE service_day = ? AND number = ?'),
      ticketStatus: db.prepare('SELECT id, number, status, service_id AS serviceId, service_day AS serviceDay FROM tickets WHERE id = ?'),
    };
  }

  insertToken(row: { ticketId: string; tokenHash: string; serviceDay: string; serviceId: string; counterId: string | null; officerId: number | null; mintedAt: number; expiresAt: number }): void {
    this.s.insertToken.run(row);
  }

  tokenByHash(hash: string): TokenRow | null {
    return tokenRow.maybe(this.s.tokenByHash.get(hash));
  }

  tokenByTicket(ticketId: string): TokenRow | null {
    return tokenRow.maybe(this.s.tokenByTicket.get(ticketId));
  }

  pendingOfCounter(counterId: string, now: number, mintedSince: number): TokenRow | null {
    return tokenRow.maybe(this.s.pendingOfCounter.get(counterId, now, mintedSince));
  }

  /** True when this call used the token (a compare-and-set: a second use changes nothing). */
  markUsed(ticketId: string, at: number): boolean {
    return this.s.markUsed.run(at, ticketId).changes === 1;
  }

  insertResponse(r: NewResponse): number {
    const answers = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, r.answers[e] ?? null]));
    const info = this.s.insertResponse.run({ ...r, ...answers });
    return Number(info.lastInsertRowid);
  }

  ticketIdByNumber(serviceDay: string, number: string): string | null {
    return ticketIdRow.maybe(this.s.ticketByNumber.get(serviceDay, number))?.id ?? null;
  }

  ticket(id: string): { id: string; number: string; status: string; serviceId: string; serviceDay: string } | null {
    return ticketRow.maybe(this.s.ticketStatus.get(id));
  }

  responses(scope: Scope): ResponseRecord[] {
    const { where, params } = scopeSql('', scope);
    const rows = this.db.prepare(`SELECT id, service_day, service_id, counter_id, overall, comment, ${SKM_ELEMENTS.join(', ')} FROM survey_responses WHERE ${where} ORDER BY service_day, id`).all(...params);
    return responseRow.all(rows).map((parsed) => {
      const row = parsed as z.infer<typeof responseRowSchema> & Record<(typeof SKM_ELEMENTS)[number], 1 | 2 | 3 | 4 | null>;
      const answers: SkmAnswers = {};
      for (const e of SKM_ELEMENTS) {
        const v = row[e];
        if (v !== null) answers[e] = v;
      }
      return { id: row.id, serviceDay: row.service_day, serviceId: row.service_id, counterId: row.counter_id, overall: row.overall, answers, comment: row.comment };
    });
  }

  /**
   * The scope's responses as the index needs them (ikmOfTally), summed by SQL: a semester of a
   * busy branch is ~60,000 responses, read and parsed one by one in about a second.
   */
  tally(scope: Scope): { tally: IkmTally; overall: number[]; responses: number } {
    const { where, params } = scopeSql('', scope);
    const anyAnswered = SKM_ELEMENTS.map((e) => `${e} IS NOT NULL`).join(' OR ');
    const row = tallyRow.one(
      this.db
        .prepare(
          `SELECT COUNT(*) AS responses, COALESCE(SUM(${anyAnswered}), 0) AS n,
           ${SKM_ELEMENTS.map((e) => `COALESCE(SUM(${e}), 0) AS s_${e}, COUNT(${e}) AS a_${e}`).join(', ')},
           ${[1, 2, 3, 4].map((v) => `COALESCE(SUM(overall = ${v}), 0) AS o${v}`).join(', ')}
           FROM survey_responses WHERE ${where}`,
        )
        .get(...params),
    );
    return {
      tally: { n: row.n ?? 0, sums: SKM_ELEMENTS.map((e) => row[`s_${e}`] ?? 0), answered: SKM_ELEMENTS.map((e) => row[`a_${e}`] ?? 0) },
      overall: [row.o1 ?? 0, row.o2 ?? 0, row.o3 ?? 0, row.o4 ?? 0],
      responses: row.responses ?? 0,
    };
  }

  /** Visitors served (tickets done) per group in the scope: the population of the index. */
  servedBy(scope: Scope, group: 'all' | 'service' | 'counter' | 'month'): Map<string, number> {
    const { where, params } = scopeSql('', scope);
    const key = group === 'all' ? "'all'" : group === 'service' ? 'service_id' : group === 'counter' ? "COALESCE(counter_id, '')" : 'substr(service_day, 1, 7)';
    // '+status': the period's range on tickets_day, not every finished ticket of all time on tickets_line
    // (without statistics the planner picks the latter: a second for a semester of a busy branch).
    const rows = this.db.prepare(`SELECT ${key} AS k, COUNT(*) AS n FROM tickets WHERE +status = 'done' AND ${where} GROUP BY k`).all(...params);
    return new Map(servedRow.all(rows).map((r) => [r.k, r.n]));
  }
}
