/**
 * The national overview for the head-office page: each branch's sync health and completeness,
 * waits against the 30-minute target (national, per region, per branch), complaints by category
 * with their handling within 5 working days, IKM per branch. The arithmetic is shared/ code
 * (shared/hq/waits.ts, shared/survey/ikm.ts, shared/calendar/working-days.ts).
 */
import { z } from 'zod';
import { buildCalendar, localDateOf, workingDaysBetween, addDays } from '../../shared/calendar/working-days.ts';
import type { HqOverviewDto } from '../../shared/contracts/hq-server.ts';
import { completenessText } from '../../shared/hq/completeness.ts';
import { summarizeWaits } from '../../shared/hq/waits.ts';
import { computeIkm } from '../../shared/survey/ikm.ts';
import { isSkmScore, SKM_ELEMENTS, type SkmAnswers } from '../../shared/survey/elements.ts';
import { configContentSchema } from '../../shared/contracts/hq-config.ts';
import { branchStatuses, incompleteDays } from '../store/branch-store.ts';
import { latestBundle } from '../store/config-store.ts';
import type { Sql } from '../store/sql.ts';

export const WAIT_TARGET_MINUTES = 30;
const COMPLAINT_WORKING_DAYS = 5;
/** Head office reads days in Jakarta time; a branch's own day is its zone's date (in the event). */
const HQ_ZONE = 'Asia/Jakarta';

const waitRow = z.object({ branch_code: z.string(), wait: z.coerce.number() });
const complaintRow = z.object({ branch_code: z.string(), category: z.string().nullable(), received_at: z.date().nullable(), resolved_at: z.date().nullable() });
const surveyRow = z.object({ branch_code: z.string(), answers: z.record(z.string(), z.unknown()) });

export async function overview(sql: Sql, q: { from?: string | undefined; to?: string | undefined }, nowMs: number): Promise<HqOverviewDto> {
  const today = localDateOf(nowMs, HQ_ZONE);
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, -6);
  const statuses = await branchStatuses(sql);
  // Today is not over: it cannot be sealed yet, so it is not counted as incomplete.
  const incomplete = await incompleteDays(sql, from, to < today ? to : addDays(today, -1));
  const waits = z.array(waitRow).parse(
    await sql.query(
      'SELECT branch_code, EXTRACT(EPOCH FROM (first_called_at - issued_at)) / 60 AS wait FROM hq_tickets WHERE day BETWEEN $1 AND $2 AND issued_at IS NOT NULL AND first_called_at IS NOT NULL',
      [from, to],
    ),
  );
  const complaints = z.array(complaintRow).parse(await sql.query('SELECT branch_code, category, received_at, resolved_at FROM hq_complaints WHERE received_at >= $1::date - 1 AND received_at < $2::date + 2', [from, to]));
  const surveys = z.array(surveyRow).parse(await sql.query('SELECT branch_code, answers FROM hq_surveys WHERE day BETWEEN $1 AND $2', [from, to]));

  const by = <T extends { branch_code: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.branch_code, [...(m.get(r.branch_code) ?? []), r]);
    return m;
  };
  const waitsBy = by(waits);
  const surveysBy = by(surveys);
  const complaintsBy = by(complaints);
  const regionOf = new Map(statuses.map((s) => [s.code, s.region ?? 'Tanpa wilayah']));

  const regions = new Map<string, number[]>();
  for (const w of waits) {
    const r = regionOf.get(w.branch_code) ?? 'Tanpa wilayah';
    regions.set(r, [...(regions.get(r) ?? []), w.wait]);
  }

  // The calendar head office last published (the branches count working days by it too).
  const latest = await latestBundle(sql);
  const published = latest ? configContentSchema.safeParse(JSON.parse(latest.contentJson)) : null;
  const holidays = published?.success ? published.data.holidays : undefined;
  const cal = holidays ? buildCalendar([], holidays.entries, holidays.version) : buildCalendar();
  const categories = new Map<string, { received: number; resolved: number; within: number }>();
  for (const c of complaints) {
    if (!c.received_at) continue;
    const received = localDateOf(c.received_at.getTime(), HQ_ZONE);
    if (received < from || received > to) continue;
    const k = c.category ?? 'lainnya';
    const row = categories.get(k) ?? { received: 0, resolved: 0, within: 0 };
    row.received++;
    if (c.resolved_at) {
      row.resolved++;
      if (workingDaysBetween(cal, received, localDateOf(c.resolved_at.getTime(), HQ_ZONE)) <= COMPLAINT_WORKING_DAYS) row.within++;
    }
    categories.set(k, row);
  }

  return {
    from,
    to,
    targetMinutes: WAIT_TARGET_MINUTES,
    configVersion: latest?.summary.version ?? null,
    national: summarizeWaits(waits.map((w) => w.wait), WAIT_TARGET_MINUTES),
    regions: [...regions].sort(([a], [b]) => (a < b ? -1 : 1)).map(([region, ws]) => ({ region, ...summarizeWaits(ws, WAIT_TARGET_MINUTES) })),
    branches: statuses.map((status) => {
      const days = incomplete.get(status.code) ?? [];
      const answers = (surveysBy.get(status.code) ?? []).map((s) => skmAnswersOf(s.answers));
      return {
        status,
        incompleteDays: days,
        completenessText: completenessText(status.name, days, status.gaps),
        waits: summarizeWaits((waitsBy.get(status.code) ?? []).map((w) => w.wait), WAIT_TARGET_MINUTES),
        ikm: answers.length === 0 ? null : computeIkm(answers).ikm,
        surveys: answers.length,
        complaints: (complaintsBy.get(status.code) ?? []).length,
      };
    }),
    complaints: { byCategory: [...categories].sort(([a], [b]) => (a < b ? -1 : 1)).map(([category, r]) => ({ category, received: r.received, resolved: r.resolved, resolvedWithin5WorkingDays: r.within })) },
  };
}

function skmAnswersOf(raw: Record<string, unknown>): SkmAnswers {
  const out: SkmAnswers = {};
  for (const e of SKM_ELEMENTS) {
    const v = raw[e];
    if (isSkmScore(v)) out[e] = v;
  }
  return out;
}
