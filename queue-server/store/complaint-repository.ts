/**
 * Complaints (pengaduan): the complaints table, its timeline, the per-day reference sequence and
 * the early warnings already given. Rows are parsed at this edge (rows.ts).
 */
import { z } from 'zod';
import { COMPLAINT_CHANNELS } from '../../shared/contracts/complaints.ts';
import type { ClockSegment } from '../../shared/complaints/clock.ts';
import { COMPLAINT_STATUSES, OPEN_STATUSES, TIMELINE_KINDS, type TimelineKind } from '../../shared/complaints/lifecycle.ts';
import type { Db } from './database.ts';
import { jsonColumn, rowParser } from './rows.ts';

const segmentSchema = z.object({ kind: z.enum(['running', 'paused', 'stopped']), start: z.number(), end: z.number().nullable(), by: z.string(), reason: z.string().nullable() });

const complaintSchema = z.object({
  id: z.number().int(),
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
  clock_segments: jsonColumn.pipe(z.array(segmentSchema)),
  completeness_told_at: z.number().nullable(),
  resolution: z.string().nullable(),
  accepted: z.number().int().nullable(),
  escalation_reason: z.string().nullable(),
  linked_to: z.string().nullable(),
  updated_at: z.number(),
  closed_at: z.number().nullable(),
});
export type ComplaintRow = z.output<typeof complaintSchema>;
export type NewComplaint = Omit<ComplaintRow, 'id' | 'clock_segments'> & { clock_segments: ClockSegment[] };

const complaintRow = rowParser('complaints', complaintSchema);

export interface TimelineEntry {
  at: number;
  actor: string;
  kind: TimelineKind;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
}

const timelineRow = rowParser(
  'complaint_timeline',
  z.object({ at: z.number(), actor: z.string(), kind: z.enum(TIMELINE_KINDS), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), note: z.string().nullable() }),
);
const referenceRow = rowParser('complaints', z.object({ reference: z.string() }));
const sequenceRow = rowParser('complaint_sequences', z.object({ last: z.number().int() }));
const officerRow = rowParser('users', z.object({ username: z.string(), displayName: z.string(), role: z.string() }));
const ticketCounterRow = rowParser('tickets', z.object({ counterId: z.string().nullable() }));

const COLUMNS = Object.keys(complaintSchema.shape).filter((c) => c !== 'id');
const OPEN_IN = `status IN (${OPEN_STATUSES.map(() => '?').join(', ')})`;

/** The console reads at most this many complaints, newest first (a branch files a few a day). */
const RECENT_LIMIT = 2000;

export class ComplaintRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare(`INSERT INTO complaints (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`),
      byReference: db.prepare('SELECT * FROM complaints WHERE reference = ?'),
      open: db.prepare(`SELECT * FROM complaints WHERE ${OPEN_IN} ORDER BY received_at`),
      recent: db.prepare(`SELECT * FROM complaints ORDER BY received_at DESC LIMIT ${RECENT_LIMIT}`),
      receivedBetween: db.prepare('SELECT * FROM complaints WHERE received_at >= ? AND received_at < ? ORDER BY received_at'),
      update: db.prepare(
        'UPDATE complaints SET status = @status, assignee = @assignee, clock_segments = @clock_segments, completeness_told_at = @completeness_told_at, resolution = @resolution, accepted = @accepted, escalation_reason = @escalation_reason, linked_to = @linked_to, updated_at = @updated_at, closed_at = @closed_at WHERE id = @id',
      ),
      nextSeq: db.prepare('INSERT INTO complaint_sequences (day, last) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last'),
      timeline: db.prepare('INSERT INTO complaint_timeline (complaint_id, at, actor, kind, from_status, to_status, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      timelineOf: db.prepare('SELECT at, actor, kind, from_status AS fromStatus, to_status AS toStatus, note FROM complaint_timeline WHERE complaint_id = ? ORDER BY id'),
      duplicates: db.prepare(`SELECT reference FROM complaints WHERE nik_hash = ? AND category = ? AND id <> ? AND received_at >= ? AND ${OPEN_IN} ORDER BY received_at DESC LIMIT 5`),
      warn: db.prepare('INSERT OR IGNORE INTO complaint_warnings (complaint_id, level, at) VALUES (?, ?, ?)'),
      officers: db.prepare("SELECT username, display_name AS displayName, role FROM users WHERE disabled = 0 AND role IN ('complaint_officer', 'supervisor', 'admin') ORDER BY username"),
      ticketCounter: db.prepare('SELECT counter_id AS counterId FROM tickets WHERE number = ? AND service_day = ? ORDER BY issued_at DESC LIMIT 1'),
    };
  }

  insert(row: NewComplaint): number {
    return Number(this.s.insert.run({ ...row, clock_segments: JSON.stringify(row.clock_segments) }).lastInsertRowid);
  }

  byReference(reference: string): ComplaintRow | null {
    return complaintRow.maybe(this.s.byReference.get(reference));
  }

  /** Every open complaint (diterima … menunggu kelengkapan), oldest first: the housekeeping tick's work list. */
  open(): ComplaintRow[] {
    return complaintRow.all(this.s.open.all(...OPEN_STATUSES));
  }

  /** The newest complaints, newest first: the console's list before its filters. */
  recent(): ComplaintRow[] {
    return complaintRow.all(this.s.recent.all());
  }

  /** Complaints received in [fromMs, toMs), oldest first (for reports over a period). */
  receivedBetween(fromMs: number, toMs: number): ComplaintRow[] {
    return complaintRow.all(this.s.receivedBetween.all(fromMs, toMs));
  }

  update(row: ComplaintRow): void {
    this.s.update.run({
      id: row.id, status: row.status, assignee: row.assignee, clock_segments: JSON.stringify(row.clock_segments), completeness_told_at: row.completeness_told_at,
      resolution: row.resolution, accepted: row.accepted, escalation_reason: row.escalation_reason, linked_to: row.linked_to, updated_at: row.updated_at, closed_at: row.closed_at,
    });
  }

  /** The next reference number of a branch-local day (1, 2, …). */
  nextSequence(day: string): number {
    return sequenceRow.one(this.s.nextSeq.get(day)).last;
  }

  addTimeline(complaintId: number, e: TimelineEntry, detail?: unknown): void {
    this.s.timeline.run(complaintId, e.at, e.actor, e.kind, e.fromStatus, e.toStatus, e.note, detail === undefined ? null : JSON.stringify(detail));
  }

  timeline(complaintId: number): TimelineEntry[] {
    return timelineRow.all(this.s.timelineOf.all(complaintId));
  }

  /** Open complaints with the same keyed NIK hash and category received since `since` (the duplicate hint). */
  openDuplicates(row: ComplaintRow, since: number): string[] {
    return referenceRow.all(this.s.duplicates.all(row.nik_hash, row.category, row.id, since, ...OPEN_STATUSES)).map((r) => r.reference);
  }

  /** True when this warning level is new for the complaint. */
  recordWarning(complaintId: number, level: string, at: number): boolean {
    return this.s.warn.run(complaintId, level, at).changes > 0;
  }

  /** Staff who may be assigned a complaint (the console roles), enabled only. */
  officers(): { username: string; displayName: string; role: string }[] {
    return officerRow.all(this.s.officers.all());
  }

  /** The counter of the newest ticket with this number on that day (a complaint filed at a counter). */
  counterOfTicket(number: string, serviceDay: string): string | null {
    return ticketCounterRow.maybe(this.s.ticketCounter.get(number, serviceDay))?.counterId ?? null;
  }
}
