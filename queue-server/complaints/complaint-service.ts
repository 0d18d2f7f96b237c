/**
 * The complaint unit's use cases. Every change is one transaction with its timeline entry and
 * its audit record. Complaint changes are never emitted on the public event stream (GET
 * /api/events is readable by anyone on the branch network); the console polls its staff routes.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { ComplaintChannel, ComplaintListItem, ComplaintReceipt, CreateComplaintBody } from '../../shared/contracts/complaints.ts';
import type { CalendarEntry } from '../../shared/calendar/holidays.ts';
import { buildCalendar, localDateOf, type WorkCalendar } from '../../shared/calendar/working-days.ts';
import { applyClockEffect, completenessDeadline, completenessExpired, startClock, viewClock, type ClockView } from '../../shared/complaints/clock.ts';
import { maskNik, maskPhone } from '../../shared/complaints/identity.ts';
import { actionsFrom, isOpen, MOVES, nextStatus, type ComplaintAction, type ComplaintStatus } from '../../shared/complaints/lifecycle.ts';
import { AppError } from '../../shared/errors.ts';
import { COMPLAINT_CHANNEL_LABELS } from '../../shared/i18n/complaint-console-id.ts';
import type { Actor } from '../engine/actor.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import type { CalendarClosureRepository } from '../store/calendar-closure-repository.ts';
import type { ComplaintCategoryRepository } from '../store/complaint-category-repository.ts';
import type { ComplaintRepository, ComplaintRow, TimelineEntry } from '../store/complaint-repository.ts';
import type { SuggestionRepository } from '../store/suggestion-repository.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read off paper
const DUPLICATE_WINDOW_MS = 30 * 86_400_000;
const SYSTEM = 'sistem';

export interface ComplaintServiceDeps {
  complaints: ComplaintRepository;
  categories: ComplaintCategoryRepository;
  suggestions: SuggestionRepository;
  closures: CalendarClosureRepository;
  uow: UnitOfWork;
  config: BranchConfig;
  now: () => number;
  key: Buffer;
  /**
   * The national key head office delivers with its configuration (hq-sync/config-apply.ts): the
   * person hash that leaves for head office is keyed with it, so one person counts once across
   * branches. The branch's own key above stays for what never leaves (duplicate hint, check codes).
   */
  personKey?: (() => { id: string; key: Buffer } | null) | undefined;
  /** Head office's national calendar when a bundle brought one; the build's otherwise. */
  nationalCalendar?: (() => { entries: CalendarEntry[]; version: string } | null) | undefined;
  newCheckCode?: () => string;
}

export interface ListFilter {
  status?: ComplaintStatus | 'open' | undefined;
  category?: string | undefined;
  channel?: ComplaintChannel | undefined;
  officer?: string | undefined;
  q?: string | undefined;
}

const notFound = () => new AppError({ code: 'complaint.not_found', message: 'Pengaduan tidak ditemukan. Periksa nomor referensi dan kode cek pada tanda terima.' });

export class ComplaintService {
  constructor(private readonly d: ComplaintServiceDeps) {}

  /** Read at each use: the administration page may change the branch's time zone. */
  private get zone() {
    return this.d.config.branch.timeZone;
  }

  calendar(): WorkCalendar {
    const national = this.d.nationalCalendar?.() ?? null;
    return national ? buildCalendar(this.d.closures.all(), national.entries, national.version) : buildCalendar(this.d.closures.all());
  }

  /**
   * "<key id>:<HMAC>" under the national key, or undefined before head office delivered one. The
   * HMAC is written with the letters a-p for its nibbles: it travels through the audit trail, whose
   * scrubber masks digit runs that could be a NIK, and a hex hash has such runs now and then.
   */
  private nationalPersonHash(nik: string): string | undefined {
    const k = this.d.personKey?.();
    if (!k) return undefined;
    const hex = createHmac('sha256', k.key).update(`nik:${nik}`).digest('hex');
    return `${k.id}:${[...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')}`;
  }

  categories() {
    return this.d.categories.active();
  }

  private hash(purpose: string, value: string): string {
    return createHmac('sha256', this.d.key).update(`${purpose}:${value}`).digest('hex');
  }

  private personHashDetail(nik: string): { personHash?: string } {
    const h = this.nationalPersonHash(nik);
    return h === undefined ? {} : { personHash: h };
  }

  private newCode(): string {
    if (this.d.newCheckCode) return this.d.newCheckCode();
    return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  }

  private clockOf(row: ComplaintRow, now = this.d.now(), cal = this.calendar()): ClockView {
    return viewClock(row.clock_segments, cal, this.zone, now);
  }

  private categoryName(id: string): string {
    return this.d.categories.active().find((c) => c.id === id)?.name ?? id;
  }

  /** Kiosk, CSO at the counter (Pasal 9a), or the complaint officer recording another channel (Pasal 9b-h). */
  create(body: CreateComplaintBody, actor: Actor): ComplaintReceipt {
    if (!this.d.categories.active().some((c) => c.id === body.category)) {
      throw new AppError({ code: 'complaint.category_unknown', message: 'Kategori pengaduan tidak dikenal. Pilih dari daftar kategori.', details: { issues: [{ field: 'category', message: 'kategori tidak dikenal' }] } });
    }
    const channel: ComplaintChannel = actor.role === 'kiosk' ? 'kiosk' : actor.role === 'cso' ? 'counter' : (body.channel ?? 'other');
    const at = this.d.now();
    const day = localDateOf(at, this.zone);
    const code = this.newCode();
    return this.d.uow.write(() => {
      const seq = this.d.complaints.nextSequence(day);
      const reference = `PGD-${day.replaceAll('-', '')}-${String(seq).padStart(3, '0')}`;
      const counterId = body.ticketNumber && channel === 'counter' ? this.d.complaints.counterOfTicket(body.ticketNumber, day) : null;
      const id = this.d.complaints.insert({
        reference, check_hash: this.hash('code', `${reference}:${code}`), status: 'diterima', category: body.category, channel,
        reporter_name: body.reporter.name, nik: body.reporter.nik, nik_hash: this.hash('nik', body.reporter.nik), kpj: body.reporter.kpj ?? null,
        phone: body.reporter.phone, email: body.reporter.email ?? null, description: body.description, occurred_at: body.occurredAt ?? null,
        place: body.place ?? null, ticket_number: body.ticketNumber ?? null, counter_id: counterId, received_at: at, received_by: actor.username,
        assignee: null, clock_segments: startClock(at, actor.username), completeness_told_at: null, resolution: null, accepted: null,
        escalation_reason: null, linked_to: null, updated_at: at, closed_at: null,
      });
      this.d.complaints.addTimeline(id, { at, actor: actor.username, kind: 'diterima', fromStatus: null, toStatus: 'diterima', note: `melalui kanal ${COMPLAINT_CHANNEL_LABELS[channel]}` });
      this.d.uow.audit({ at, actor: actor.username, action: 'complaint.received', counterId, detail: { reference, channel, category: body.category, ...this.personHashDetail(body.reporter.nik) } });
      const row = this.d.complaints.byReference(reference);
      if (!row) throw notFound();
      return { reference, checkCode: code, category: this.categoryName(body.category), receivedAt: new Date(at).toISOString(), dueDate: this.clockOf(row, at).dueDate ?? day, status: 'diterima' };
    });
  }

  /** The row when the code matches; null for a wrong code and an unknown reference alike. */
  private verified(reference: string, code: string): ComplaintRow | null {
    const row = this.d.complaints.byReference(reference);
    const expected = Buffer.from(this.hash('code', `${reference}:${code}`), 'hex');
    const stored = Buffer.from(row?.check_hash ?? '0'.repeat(64), 'hex');
    return row && timingSafeEqual(expected, stored) ? row : null;
  }

  /** Status and dates only: never a name, NIK, phone or the description. */
  lookup(reference: string, code: string) {
    const row = this.verified(reference, code);
    if (!row) throw notFound();
    const clock = this.clockOf(row);
    return {
      reference: row.reference, status: row.status, category: this.categoryName(row.category), receivedAt: new Date(row.received_at).toISOString(),
      receivedOn: localDateOf(row.received_at, this.zone), closedOn: row.closed_at === null ? null : localDateOf(row.closed_at, this.zone), dueDate: clock.dueDate, clock: clock.state, updatedAt: new Date(row.updated_at).toISOString(), closedAt: row.closed_at === null ? null : new Date(row.closed_at).toISOString(),
    };
  }

  /** What the receipt needs, for a caller that holds the check code. */
  receiptOf(reference: string, code: string) {
    const row = this.verified(reference, code);
    if (!row) throw notFound();
    return { reference: row.reference, categoryLabel: this.categoryName(row.category), receivedAt: new Date(row.received_at), dueDate: this.clockOf(row).dueDate ?? localDateOf(row.received_at, this.zone) };
  }

  list(filter: ListFilter): ComplaintListItem[] {
    const now = this.d.now();
    const cal = this.calendar();
    const q = filter.q?.toUpperCase();
    const rows = this.d.complaints.recent().filter((r) =>
      (filter.status === undefined || (filter.status === 'open' ? isOpen(r.status) : r.status === filter.status)) &&
      (filter.category === undefined || r.category === filter.category) &&
      (filter.channel === undefined || r.channel === filter.channel) &&
      (filter.officer === undefined || r.assignee === filter.officer) &&
      (q === undefined || q === '' || r.reference.includes(q)));
    const rank = { overdue: 0, head: 1, officer: 2, none: 3 } as const;
    return rows
      .map((r) => ({ r, clock: this.clockOf(r, now, cal) }))
      // Overdue and due-soon first; then the least time left; closed ones last.
      .sort((a, b) => Number(!isOpen(a.r.status)) - Number(!isOpen(b.r.status)) || rank[a.clock.warning] - rank[b.clock.warning] || a.clock.leftDays - b.clock.leftDays || a.r.received_at - b.r.received_at)
      .map(({ r, clock }) => ({
        reference: r.reference, status: r.status, category: this.categoryName(r.category), channel: r.channel, reporterName: r.reporter_name,
        nikMasked: maskNik(r.nik), phoneMasked: maskPhone(r.phone), receivedAt: new Date(r.received_at).toISOString(), dueDate: clock.dueDate,
        leftDays: clock.leftDays, warning: clock.warning, clock: clock.state, assignee: r.assignee,
      }));
  }

  suggestionCount(): number {
    return this.d.suggestions.count();
  }

  /** The full record for the complaint unit; opening it is recorded (who saw the personal data). */
  detail(reference: string, actor: Actor) {
    const at = this.d.now();
    return this.d.uow.write(() => {
      const row = this.d.complaints.byReference(reference);
      if (!row) throw notFound();
      this.d.complaints.addTimeline(row.id, { at, actor: actor.username, kind: 'dibuka', fromStatus: null, toStatus: null, note: null });
      this.d.uow.audit({ at, actor: actor.username, action: 'complaint.opened', detail: { reference } });
      return this.view(row, at);
    });
  }

  private view(row: ComplaintRow, at = this.d.now()) {
    const clock = this.clockOf(row, at);
    return {
      reference: row.reference, status: row.status, category: row.category, categoryName: this.categoryName(row.category), channel: row.channel,
      reporter: { name: row.reporter_name, nik: row.nik, kpj: row.kpj, phone: row.phone, email: row.email },
      description: row.description, occurredAt: row.occurred_at, place: row.place, ticketNumber: row.ticket_number, counterId: row.counter_id,
      receivedAt: new Date(row.received_at).toISOString(), receivedBy: row.received_by, assignee: row.assignee, clock,
      segments: row.clock_segments, completenessDeadline: row.status === 'menunggu_kelengkapan' && row.completeness_told_at !== null ? completenessDeadline(row.completeness_told_at, this.zone) : null,
      resolution: row.resolution, accepted: row.accepted === null ? null : row.accepted === 1, escalationReason: row.escalation_reason, linkedTo: row.linked_to,
      duplicates: isOpen(row.status) ? this.d.complaints.openDuplicates(row, row.received_at - DUPLICATE_WINDOW_MS) : [],
      actions: actionsFrom(row.status), timeline: this.d.complaints.timeline(row.id), officers: this.d.complaints.officers(),
    };
  }

  private change(reference: string, actor: string, fn: (row: ComplaintRow, at: number) => TimelineEntry & { detail?: unknown }) {
    const at = this.d.now();
    return this.d.uow.write(() => {
      const row = this.d.complaints.byReference(reference);
      if (!row) throw notFound();
      const entry = fn(row, at);
      row.updated_at = at;
      this.d.complaints.update(row);
      this.d.complaints.addTimeline(row.id, entry, entry.detail);
      this.d.uow.audit({ at, actor, action: `complaint.${entry.kind}`, detail: { reference, from: entry.fromStatus, to: entry.toStatus, ...(entry.detail === undefined ? {} : { detail: entry.detail }) } });
      return this.view(row, at);
    });
  }

  act(reference: string, input: { action: ComplaintAction; note: string; unit?: string | undefined; reason?: string | undefined }, actor: string) {
    return this.change(reference, actor, (row, at) => {
      const from = row.status;
      const to = nextStatus(from, input.action);
      if (to === null) throw new AppError({ code: 'complaint.wrong_state', message: `Tindakan ini tidak dapat dilakukan pada pengaduan berstatus ${from}.`, details: { status: from, allowed: actionsFrom(from) } });
      if (input.action === 'coordinate' && !input.unit) throw new AppError({ code: 'request.invalid', message: 'Sebutkan unit yang diajak berkoordinasi.', details: { issues: [{ field: 'unit', message: 'unit wajib diisi' }] } });
      if (input.action === 'participant_rejects' && !input.reason) throw new AppError({ code: 'request.invalid', message: 'Catat alasan peserta tidak menerima penyelesaian.', details: { issues: [{ field: 'reason', message: 'alasan wajib diisi' }] } });
      row.clock_segments = applyClockEffect(row.clock_segments, MOVES[input.action].clock, at, actor, input.note);
      row.status = to;
      if (input.action === 'request_data') row.completeness_told_at = at;
      if (input.action === 'data_completed') row.completeness_told_at = null;
      if (input.action === 'resolve') {
        row.resolution = input.note;
        row.closed_at = at;
      }
      if (input.action === 'participant_accepts') row.accepted = 1;
      if (input.action === 'participant_rejects') {
        row.accepted = 0;
        row.escalation_reason = input.reason ?? null;
      }
      const note = input.action === 'coordinate' ? `Koordinasi dengan ${input.unit ?? ''}: ${input.note}` : input.action === 'participant_rejects' ? `Dieskalasi ke Kantor Wilayah. Alasan peserta: ${input.reason ?? ''}. ${input.note}` : input.note;
      return { at, actor, kind: input.action, fromStatus: from, toStatus: to, note, detail: input.unit ? { unit: input.unit } : undefined };
    });
  }

  assign(reference: string, officer: string, actor: string) {
    if (!this.d.complaints.officers().some((o) => o.username === officer)) throw new AppError({ code: 'complaint.officer_unknown', message: `Petugas "${officer}" bukan pengelola pengaduan.` });
    return this.change(reference, actor, (row, at) => {
      row.assignee = officer;
      return { at, actor, kind: 'assign', fromStatus: null, toStatus: null, note: `Ditugaskan kepada ${officer}` };
    });
  }

  note(reference: string, text: string, actor: string) {
    return this.change(reference, actor, (_row, at) => ({ at, actor, kind: 'note', fromStatus: null, toStatus: null, note: text }));
  }

  link(reference: string, other: string, actor: string) {
    if (reference === other || !this.d.complaints.byReference(other)) throw notFound();
    return this.change(reference, actor, (row, at) => {
      row.linked_to = other;
      return { at, actor, kind: 'link', fromStatus: null, toStatus: null, note: `Ditautkan ke pengaduan serupa ${other}` };
    });
  }

  suggest(text: string, category: string | null, actor: Actor): { id: number; receivedAt: string } {
    const at = this.d.now();
    return this.d.uow.write(() => {
      const id = this.d.suggestions.insert(text, category, actor.role === 'kiosk' ? 'kiosk' : 'counter', at);
      this.d.uow.audit({ at, actor: actor.username, action: 'suggestion.received', detail: { id } });
      return { id, receivedAt: new Date(at).toISOString() };
    });
  }

  addClosure(c: { date: string; name: string; source: string }, actor: string) {
    const at = this.d.now();
    this.d.uow.write(() => {
      this.d.closures.upsert(c, actor, at);
      this.d.uow.audit({ at, actor, action: 'calendar.closure', detail: c });
    });
    return { ...c, kind: 'tutup_cabang' as const };
  }

  /**
   * Housekeeping (every minute): closes complaints whose 30 days for completing data are over
   * (Pasal 10(4)) and records each early warning once (officer on working day 3, branch head on 4,
   * overdue after the due date).
   */
  tick(): { closed: string[]; warnings: { reference: string; level: string }[] } {
    const now = this.d.now();
    const cal = this.calendar();
    const closed: string[] = [];
    const warnings: { reference: string; level: string }[] = [];
    for (const row of this.d.complaints.open()) {
      if (row.status === 'menunggu_kelengkapan' && row.completeness_told_at !== null && completenessExpired(row.completeness_told_at, this.zone, now)) {
        this.change(row.reference, SYSTEM, (r, at) => {
          r.clock_segments = applyClockEffect(r.clock_segments, 'stop', at, SYSTEM, 'data pendukung tidak dilengkapi dalam 30 hari');
          r.status = 'ditutup_tidak_lengkap';
          r.closed_at = at;
          return { at, actor: SYSTEM, kind: 'auto_close_incomplete', fromStatus: 'menunggu_kelengkapan', toStatus: 'ditutup_tidak_lengkap', note: 'Ditutup otomatis: data pendukung tidak dilengkapi dalam 30 hari (Pasal 10 ayat 4).' };
        });
        closed.push(row.reference);
        continue;
      }
      const level = viewClock(row.clock_segments, cal, this.zone, now).warning;
      if (level === 'none') continue;
      this.d.uow.write(() => {
        if (!this.d.complaints.recordWarning(row.id, level, now)) return;
        const who = level === 'officer' ? 'pengelola pengaduan' : level === 'head' ? 'Kepala Bidang Pelayanan' : 'Kepala Cabang';
        this.d.complaints.addTimeline(row.id, { at: now, actor: SYSTEM, kind: `warning_${level}`, fromStatus: null, toStatus: null, note: `Peringatan untuk ${who}: ${level === 'overdue' ? 'batas 5 hari kerja terlewati' : `hari kerja ke-${level === 'officer' ? 3 : 4} dari 5`}.` });
        this.d.uow.audit({ at: now, actor: SYSTEM, action: 'complaint.warning', detail: { reference: row.reference, level } });
        warnings.push({ reference: row.reference, level });
      });
    }
    return { closed, warnings };
  }
}
