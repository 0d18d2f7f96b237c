/** The complaints' SQL: prepared once, rows parsed into typed records at this edge. */
import { z } from 'zod';
import { COMPLAINT_CHANNELS } from '../../shared/contracts/complaints.ts';
import { DEFAULT_CATEGORIES, type ComplaintCategory } from '../../shared/complaints/categories.ts';
import type { ClockSegment } from '../../shared/complaints/clock.ts';
import { COMPLAINT_STATUSES, OPEN_STATUSES } from '../../shared/complaints/lifecycle.ts';
import type { CalendarEntry } from '../../shared/calendar/holidays.ts';
import type { Db } from '../store/database.ts';

const segmentSchema = z.object({ kind: z.enum(['running', 'paused', 'stopped']), start: z.number(), end: z.number().nullable(), by: z.string(), reason: z.string().nullable() });

const rowSchema = z.object({
  id: z.number(),
  reference: z.string(),
  check_hash: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  category: z.string(),
  channel: z.enum(COMPLAINT_CHANNELS),
  reporter_name: z.string(),
  nik: z.string(),
  nik_hash: z.string(),
  kpj: z.string().nullable(),
  phone: z.string(),
  email: z.string().nullable(),
  description: z.string(),
  occurred_at: z.string().nullable(),
  place: z.string().nullable(),
  ticket_number: z.string().nullable(),
  counter_id: z.string().nullable(),
  received_at: z.number(),
  received_by: z.string(),
  assignee: z.string().nullable(),
  clock_segments: z.string().transform((text) => z.array(segmentSchema).parse(JSON.parse(text))),
  completeness_told_at: z.number().nullable(),
  resolution: z.string().nullable(),
  accepted: z.number().nullable(),
  escalation_reason: z.string().nullable(),
  linked_to: z.string().nullable(),
  updated_at: z.number(),
  closed_at: z.number().nullable(),
});
export type ComplaintRow = z.infer<typeof rowSchema>;

export type NewComplaint = Omit<ComplaintRow, 'id' | 'clock_segments'> & { clock_segments: ClockSegment[] };

export interface TimelineEntry {
  at: number;
  actor: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
}

const COLUMNS = Object.keys(rowSchema.shape).filter((c) => c !== 'id');

export class ComplaintStore {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      insert: db.prepare(`INSERT INTO complaints (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`),
      byReference: db.prepare('SELECT * FROM complaints WHERE reference = ?'),
      open: db.prepare(`SELECT * FROM complaints WHERE status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) ORDER BY received_at`),
      recent: db.prepare('SELECT * FROM complaints ORDER BY received_at DESC LIMIT 2000'),
      update: db.prepare(
        'UPDATE complaints SET status = @status, assignee = @assignee, clock_segments = @clock_segments, completeness_told_at = @completeness_told_at, resolution = @resolution, accepted = @accepted, escalation_reason = @escalation_reason, linked_to = @linked_to, updated_at = @updated_at, closed_at = @closed_at WHERE id = @id',
      ),
      nextSeq: db.prepare('INSERT INTO complaint_sequences (day, last) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last'),
      timeline: db.prepare('INSERT INTO complaint_timeline (complaint_id, at, actor, kind, from_status, to_status, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      timelineOf: db.prepare('SELECT at, actor, kind, from_status AS fromStatus, to_status AS toStatus, note FROM complaint_timeline WHERE complaint_id = ? ORDER BY id'),
      duplicates: db.prepare(
        `SELECT reference FROM complaints WHERE nik_hash = ? AND category = ? AND id <> ? AND received_at >= ? AND status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) ORDER BY received_at DESC LIMIT 5`,
      ),
      warn: db.prepare('INSERT OR IGNORE INTO complaint_warnings (complaint_id, level, at) VALUES (?, ?, ?)'),
      categories: db.prepare('SELECT id, name, name_en AS nameEn FROM complaint_categories WHERE active = 1 ORDER BY position'),
      categoryCount: db.prepare('SELECT COUNT(*) AS n FROM complaint_categories'),
      addCategory: db.prepare('INSERT INTO complaint_categories (id, name, name_en, position) VALUES (?, ?, ?, ?)'),
      suggestion: db.prepare('INSERT INTO suggestions (text, category, channel, created_at) VALUES (?, ?, ?, ?)'),
      suggestionCount: db.prepare('SELECT COUNT(*) AS n FROM suggestions'),
      closures: db.prepare('SELECT date, name, source FROM calendar_closures ORDER BY date'),
      addClosure: db.prepare('INSERT INTO calendar_closures (date, name, source, created_by, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name, source = excluded.source'),
      officers: db.prepare("SELECT username, display_name AS displayName, role FROM users WHERE disabled = 0 AND role IN ('complaint_officer', 'supervisor', 'admin') ORDER BY username"),
      ticketCounter: db.prepare('SELECT counter_id AS counterId FROM tickets WHERE number = ? AND service_day = ? ORDER BY issued_at DESC LIMIT 1'),
    };
    // The categories start from the seeded list; an administrator changes the table afterwards.
    if ((this.s.categoryCount.get() as { n: number }).n === 0) DEFAULT_CATEGORIES.forEach((c, i) => this.s.addCategory.run(c.id, c.name, c.nameEn, i));
  }

  insert(row: NewComplaint): number {
    return Number(this.s.insert.run({ ...row, clock_segments: JSON.stringify(row.clock_segments) }).lastInsertRowid);
  }

  byReference(reference: string): ComplaintRow | null {
    const row = this.s.byReference.get(reference);
    return row === undefined ? null : rowSchema.parse(row);
  }

  open(): ComplaintRow[] {
    return this.s.open.all(...OPEN_STATUSES).map((r) => rowSchema.parse(r));
  }

  recent(): ComplaintRow[] {
    return this.s.recent.all().map((r) => rowSchema.parse(r));
  }

  update(row: ComplaintRow): void {
    this.s.update.run({
      id: row.id, status: row.status, assignee: row.assignee, clock_segments: JSON.stringify(row.clock_segments), completeness_told_at: row.completeness_told_at,
      resolution: row.resolution, accepted: row.accepted, escalation_reason: row.escalation_reason, linked_to: row.linked_to, updated_at: row.updated_at, closed_at: row.closed_at,
    });
  }

  nextSequence(day: string): number {
    return (this.s.nextSeq.get(day) as { last: number }).last;
  }

  addTimeline(complaintId: number, e: TimelineEntry, detail?: unknown): void {
    this.s.timeline.run(complaintId, e.at, e.actor, e.kind, e.fromStatus, e.toStatus, e.note, detail === undefined ? null : JSON.stringify(detail));
  }

  timeline(complaintId: number): TimelineEntry[] {
    return this.s.timelineOf.all(complaintId) as TimelineEntry[];
  }

  openDuplicates(row: ComplaintRow, since: number): string[] {
    return (this.s.duplicates.all(row.nik_hash, row.category, row.id, since, ...OPEN_STATUSES) as { reference: string }[]).map((r) => r.reference);
  }

  /** True when this warning level is new for the complaint. */
  recordWarning(complaintId: number, level: string, at: number): boolean {
    return this.s.warn.run(complaintId, level, at).changes > 0;
  }

  categories(): ComplaintCategory[] {
    return this.s.categories.all() as ComplaintCategory[];
  }

  addSuggestion(text: string, category: string | null, channel: string, at: number): number {
    return Number(this.s.suggestion.run(text, category, channel, at).lastInsertRowid);
  }

  suggestionCount(): number {
    return (this.s.suggestionCount.get() as { n: number }).n;
  }

  closures(): CalendarEntry[] {
    return (this.s.closures.all() as { date: string; name: string; source: string }[]).map((c) => ({ ...c, kind: 'tutup_cabang' }));
  }

  addClosure(c: { date: string; name: string; source: string }, by: string, at: number): void {
    this.s.addClosure.run(c.date, c.name, c.source, by, at);
  }

  officers(): { username: string; displayName: string; role: string }[] {
    return this.s.officers.all() as { username: string; displayName: string; role: string }[];
  }

  counterOfTicket(number: string, serviceDay: string): string | null {
    const row = this.s.ticketCounter.get(number, serviceDay) as { counterId: string | null } | undefined;
    return row?.counterId ?? null;
  }
}
