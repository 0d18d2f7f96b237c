/**
 * Shapes that cross HTTP. Request bodies are zod schemas (parsed at the edge); answers are types
 * the server builds and clients read.
 */
import { z } from './zod.ts';
import { CALL_RULES, FAST_TRACK_REASONS, TICKET_STATUSES, type CallRule, type FastTrackReason, type TicketStatus } from '../queue/ticket.ts';

const id = z.string().min(1).max(64);

export const loginBodySchema = z.object({
  username: z.string().trim().min(1, 'nama pengguna wajib diisi').max(64),
  password: z.string().min(1, 'kata sandi wajib diisi').max(256),
});

export const setupBodySchema = z.object({
  code: z.string().trim().min(1, 'kode penyiapan wajib diisi').max(64),
  username: z.string().trim().regex(/^[a-z0-9._-]{3,32}$/, 'nama pengguna 3-32 huruf kecil, angka, titik, garis bawah atau tanda hubung'),
  password: z.string().min(10, 'kata sandi minimal 10 karakter').max(256),
});

export const STAFF_ROLES = ['admin', 'supervisor', 'cso'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** POST /api/users: every message in Indonesian, including a missing or mistyped field. */
export const createUserBodySchema = z.object(
  {
    username: z
      .string({ error: 'nama pengguna wajib diisi (teks)' })
      .trim()
      .regex(/^[a-z0-9._-]{3,32}$/, 'nama pengguna 3-32 huruf kecil, angka, titik, garis bawah atau tanda hubung'),
    password: z.string({ error: 'kata sandi wajib diisi (teks)' }).min(10, 'kata sandi minimal 10 karakter').max(256, 'kata sandi maksimal 256 karakter'),
    displayName: z.string({ error: 'nama tampilan wajib diisi (teks)' }).trim().min(1, 'nama tampilan wajib diisi').max(80, 'nama tampilan maksimal 80 karakter'),
    role: z.enum(STAFF_ROLES, { error: `peran harus salah satu dari: ${STAFF_ROLES.join(', ')}` }),
  },
  { error: 'isi permintaan harus objek JSON {username, password, displayName, role}' },
);

export const issueTicketBodySchema = z.object({
  serviceId: id,
  fastTrack: z.enum(FAST_TRACK_REASONS).nullable().optional(),
});

export const transferBodySchema = z.object({ serviceId: id });

export const ticketsQuerySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD').optional(),
});

export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9._:-]{8,128}$/, 'Idempotency-Key harus 8-128 karakter huruf, angka, titik, titik dua, garis bawah atau tanda hubung');

/** A ticket as staff and its issuing kiosk see it. Times are ISO 8601. */
export interface TicketDto {
  id: string;
  number: string;
  serviceId: string;
  originServiceId: string;
  serviceDay: string;
  fastTrack: FastTrackReason | null;
  status: TicketStatus;
  issuedAt: string;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  missedAt: string | null;
  counterId: string | null;
  recallCount: number;
  callRule: CallRule | null;
  closedReason: string | null;
}

export interface IssuedTicketDto extends TicketDto {
  ahead: number;
  estimatedWaitMinutes: number;
  /** Counters open for the service at issue time (0: none yet; the wait wording says so). */
  openCounters?: number;
}

/** What anyone may see: no fast-track reason, no personal data. */
export interface PublicTicketDto {
  id: string;
  number: string;
  serviceId: string;
  status: TicketStatus;
  counterId: string | null;
  isFastTrack: boolean;
  calledAt: string | null;
}

export interface ServiceDto {
  id: string;
  prefix: string;
  name: string;
  description: string;
  nameEn?: string | undefined;
  descriptionEn?: string | undefined;
  waiting: number;
  estimatedWaitMinutes: number;
  /** Counters open for the service now; 0 makes the kiosk say "no counter open" instead of a time. */
  openCounters?: number;
}

export const COUNTER_STATES = ['closed', 'open', 'paused'] as const;
export type CounterState = (typeof COUNTER_STATES)[number];

export interface CounterDto {
  id: string;
  name: string;
  spokenNumber: number;
  serviceIds: string[];
  state: CounterState;
  current: PublicTicketDto | null;
}

export interface QueueSnapshotDto {
  branch: { code: string; name: string; timeZone: string; runningText: string };
  serviceDay: string;
  generatedAt: string;
  lastEventId: number;
  services: ServiceDto[];
  counters: CounterDto[];
  recentCalls: PublicTicketDto[];
  missed: PublicTicketDto[];
  /** The branch's call rules, so consoles can show "dipanggil ulang 1 dari 3 kali". */
  rules: { recall: { maxRecalls: number; minIntervalSeconds: number; missedReturnMinutes: number } };
}

export const ticketStatusSchema = z.enum(TICKET_STATUSES);
export const callRuleSchema = z.enum(CALL_RULES);

/** What happened to the ticket's paper copy; issuing never fails because of the printer. */
export const PRINT_STATUSES = ['printed', 'failed', 'queued', 'skipped'] as const;
export type PrintStatus = (typeof PRINT_STATUSES)[number];
export interface PrintOutcome {
  status: PrintStatus;
  /** Indonesian, short, shown to the visitor or officer when not printed. */
  reason?: string;
}

export interface IssueTicketResponse {
  ticket: IssuedTicketDto;
  print: PrintOutcome;
}
