/**
 * Which action may move a ticket out of which status. One table, so the engine, the console and
 * the tests agree on what is legal; a wrong state is a conflict with a message an officer can act on.
 */
import { AppError } from '../errors.ts';
import { STATUS_LABEL_ID, type Ticket, type TicketStatus } from './ticket.ts';

export const TICKET_ACTIONS = [
  'call',
  'recall',
  'start',
  'finish',
  'no-show',
  'return',
  'transfer',
  'cancel',
  'expire',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const ALLOWED_FROM: Record<TicketAction, readonly TicketStatus[]> = {
  call: ['waiting'],
  recall: ['called'],
  start: ['called'],
  finish: ['serving'],
  'no-show': ['called'],
  return: ['missed'],
  transfer: ['waiting', 'called', 'serving'],
  cancel: ['waiting', 'called', 'missed'],
  expire: ['waiting', 'called', 'serving', 'missed'],
};

const ACTION_LABEL_ID: Record<TicketAction, string> = {
  call: 'dipanggil',
  recall: 'dipanggil ulang',
  start: 'mulai dilayani',
  finish: 'diselesaikan',
  'no-show': 'ditandai tidak hadir',
  return: 'dikembalikan ke antrean',
  transfer: 'dialihkan ke layanan lain',
  cancel: 'dibatalkan',
  expire: 'ditutup',
};

export function canApply(status: TicketStatus, action: TicketAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

export function assertCanApply(ticket: Pick<Ticket, 'number' | 'status'>, action: TicketAction): void {
  if (canApply(ticket.status, action)) return;
  throw new AppError({ code: 'ticket.wrong_state', message: `Tiket ${ticket.number} tidak dapat ${ACTION_LABEL_ID[action]} karena statusnya ${STATUS_LABEL_ID[ticket.status]}. Muat ulang daftar antrean lalu coba lagi.`, details: { status: ticket.status, action } });
}
