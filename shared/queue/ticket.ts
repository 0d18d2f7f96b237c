/** The ticket as the domain sees it. Times are epoch milliseconds; the server passes them in. */
export const FAST_TRACK_REASONS = ['pregnant', 'disability', 'elderly', 'eclaim'] as const;
export type FastTrackReason = (typeof FAST_TRACK_REASONS)[number];

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'missed', 'cancelled', 'expired'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which a ticket still belongs to today's queue. */
export const OPEN_STATUSES = ['waiting', 'called', 'serving', 'missed'] as const satisfies readonly TicketStatus[];

/**
 * Which rule chose a ticket: the three of the fast-track policy on call-next, 'directed' for a
 * ticket another counter transferred to this counter, 'out-of-order' for an officer calling one
 * number by hand (recorded with its reason in the audit trail).
 */
export const CALL_RULES = ['normal-wait-limit', 'fast-track', 'normal', 'directed', 'out-of-order'] as const;
export type CallRule = (typeof CALL_RULES)[number];

export interface Ticket {
  id: string;
  serviceDay: string;
  serviceId: string;
  /** The service the ticket was issued for; differs from serviceId after a transfer. */
  originServiceId: string;
  seq: number;
  number: string;
  fastTrack: FastTrackReason | null;
  status: TicketStatus;
  issuedAt: number;
  /** Place in the queue: the arrival time, kept on transfer and on a timely return. */
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  missedAt: number | null;
  counterId: string | null;
  recallCount: number;
  callRule: CallRule | null;
  closedReason: string | null;
}

/** "A-001": the prefix letter and the day's sequence, at least three digits. */
export function formatTicketNumber(prefix: string, seq: number): string {
  return `${prefix}-${String(seq).padStart(3, '0')}`;
}

export const STATUS_LABEL_ID: Record<TicketStatus, string> = {
  waiting: 'menunggu',
  called: 'sedang dipanggil',
  serving: 'sedang dilayani',
  done: 'selesai',
  missed: 'terlewat (tidak hadir)',
  cancelled: 'dibatalkan',
  expired: 'ditutup karena hari sudah berganti',
};
