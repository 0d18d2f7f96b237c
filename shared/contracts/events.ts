/** Server-Sent Events: names and the envelope every event carries. */
import type { PublicTicketDto } from './http.ts';

export const EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.missed',
  'ticket.returned',
  'ticket.transferred',
  'ticket.cancelled',
  'day.closed',
  'counter.updated',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface TicketEventData {
  ticket: PublicTicketDto;
  /** The counter that acted (the calling counter on a call; the old one on a transfer). */
  counterId: string | null;
}

export interface DayClosedEventData {
  serviceDay: string;
  expired: number;
}

export interface QueueEvent<T = unknown> {
  id: number;
  type: EventType | (string & {});
  at: string;
  data: T;
}
