/**
 * What the branch head reads from the audit trail: filtered pages, newest first, and the same
 * filter as CSV. Dates are service days in the branch's time zone.
 */
import { AUDIT_ACTIONS, AUDIT_CATEGORIES, AUDIT_CATEGORY_LABEL_ID, auditCategoryOf, auditLabelOf, type AuditEntryDto, type AuditList, type AuditQuery } from '../../shared/contracts/audit.ts';
import { isIsoDate, startOfServiceDay, type BranchTimeZone } from '../../shared/calendar/timezone.ts';
import { AppError } from '../../shared/errors.ts';
import { AuditRepository, type AuditSearch, type StoredAuditEntry } from '../store/audit-repository.ts';
import type { Db } from '../store/database.ts';

const DAY_MS = 86_400_000;
const PAGE = 200;
/** The CSV holds at most this many rows; narrow the dates for more. */
export const CSV_LIMIT = 50_000;

/** Local midnight of an ISO day in the zone (noon UTC is inside that local day in WIB, WITA and WIT). */
const dayStart = (day: string, zone: BranchTimeZone) => startOfServiceDay(Date.parse(`${day}T12:00:00Z`), zone);

export class AuditViewer {
  private readonly repo;

  constructor(private readonly d: { db: Db; timeZone: () => BranchTimeZone }) {
    this.repo = new AuditRepository(d.db);
  }

  list(q: AuditQuery): AuditList {
    const limit = q.limit ?? PAGE;
    const rows = this.repo.search({ ...this.searchOf(q), limit: limit + 1 });
    return {
      entries: rows.slice(0, limit).map(toDto),
      more: rows.length > limit,
      categories: AUDIT_CATEGORIES.map((id) => ({ id, label: AUDIT_CATEGORY_LABEL_ID[id] })),
    };
  }

  csv(q: AuditQuery): string {
    const rows = this.repo.search({ ...this.searchOf(q), limit: CSV_LIMIT });
    const header = ['id', 'waktu', 'petugas', 'tindakan', 'keterangan', 'kategori', 'tiket', 'loket', 'subjek', 'rincian'];
    const lines = rows.map(toDto).map((e) => [e.id, e.at, e.actor, e.action, e.label, e.category, e.ticketId, e.counterId, e.subject, e.detail === null ? null : JSON.stringify(e.detail)].map(cell).join(','));
    return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
  }

  private searchOf(q: AuditQuery): Omit<AuditSearch, 'limit'> {
    const zone = this.d.timeZone();
    for (const day of [q.from, q.to]) {
      if (day !== undefined && !isIsoDate(day)) throw new AppError({ code: 'request.invalid', message: `Tanggal ${day} tidak ada di kalender.` });
    }
    if (q.from !== undefined && q.to !== undefined && q.from > q.to) throw new AppError({ code: 'request.invalid', message: 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.' });
    const search: Omit<AuditSearch, 'limit'> = {
      ...(q.from === undefined ? {} : { from: dayStart(q.from, zone) }),
      ...(q.to === undefined ? {} : { to: dayStart(q.to, zone) + DAY_MS }),
      ...(q.actor === undefined ? {} : { actor: q.actor }),
      ...(q.ticketId === undefined ? {} : { ticketId: q.ticketId }),
      ...(q.counterId === undefined ? {} : { counterId: q.counterId }),
      ...(q.before === undefined ? {} : { before: q.before }),
    };
    if (q.action !== undefined) return { ...search, actions: [q.action] };
    if (q.category !== undefined) {
      const category = q.category;
      const known = Object.entries(AUDIT_ACTIONS).filter(([, a]) => a.category === category).map(([name]) => name);
      // Unlisted actions of the category are found by their first segment ("complaint.note").
      const prefixes = category === 'complaint' ? ['complaint.', 'suggestion.'] : category === 'queue' ? [] : [`${category}.`];
      return { ...search, actions: known, actionPrefixes: prefixes };
    }
    return search;
  }
}

function toDto(e: StoredAuditEntry): AuditEntryDto {
  return {
    id: e.id,
    at: new Date(e.at).toISOString(),
    actor: e.actor,
    action: e.action,
    label: auditLabelOf(e.action),
    category: auditCategoryOf(e.action),
    ticketId: e.ticketId,
    counterId: e.counterId,
    subject: e.subject,
    detail: e.detail,
  };
}

function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  // A spreadsheet runs "=..." as a formula: stored text stays text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
