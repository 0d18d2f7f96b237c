/**
 * Parsers for what the queue-server answers. The server is ours, but a proxy, an old server or a
 * bug can still send anything: the kiosk reads only what these accept, field by field, and
 * keeps nothing it did not check. (Hand-written on validate.ts rather than zod: see there.)
 */
import type { IssuedTicketDto, PrintOutcome, PrintStatus, ServiceDto } from '../../../shared/contracts/http.ts';
import { FAST_TRACK_REASONS, TICKET_STATUSES } from '../../../shared/queue/ticket.ts';
import { arrayOf, FAIL, int, nullable, oneOf, optional, record, str } from './validate.ts';

/** The part of an issued ticket the kiosk shows; the rest of the DTO is not needed here. */
export type IssuedTicketView = Pick<IssuedTicketDto, 'id' | 'number' | 'serviceId' | 'fastTrack' | 'status' | 'issuedAt' | 'ahead' | 'estimatedWaitMinutes' | 'openCounters'>;

export interface IssueAnswer {
  ticket: IssuedTicketView;
  print: PrintOutcome;
}

/**
 * The print statuses, repeated here because a value import from shared/contracts/http.ts brings
 * zod (its schemas run at module load) into the kiosk entry. The two lines below fail to compile
 * if this list and the contract ever differ.
 */
const PRINT_STATUSES = ['printed', 'failed', 'queued', 'skipped'] as const satisfies readonly PrintStatus[];
const everyPrintStatusListed: Record<Exclude<PrintStatus, (typeof PRINT_STATUSES)[number]>, never> = {};
void everyPrintStatusListed;

export type Parser<T> = (body: unknown) => T | typeof FAIL;

const name = str({ min: 1, max: 120 });
const count = int(0, 100_000);
const id = str({ min: 1, max: 64, pattern: /^[A-Za-z0-9._:-]+$/ });

function parseService(value: unknown): ServiceDto | typeof FAIL {
  const v = record(value);
  if (v === FAIL) return FAIL;
  const sid = id(v.id);
  const prefix = str({ min: 1, max: 4 })(v.prefix);
  const sname = name(v.name);
  const description = str({ max: 400 })(v.description);
  const nameEn = optional(name)(v.nameEn);
  const descriptionEn = optional(str({ max: 400 }))(v.descriptionEn);
  const waiting = count(v.waiting);
  const estimatedWaitMinutes = count(v.estimatedWaitMinutes);
  const openCounters = optional(count)(v.openCounters);
  if (sid === FAIL || prefix === FAIL || sname === FAIL || description === FAIL || nameEn === FAIL || descriptionEn === FAIL || waiting === FAIL || estimatedWaitMinutes === FAIL || openCounters === FAIL) return FAIL;
  const service: ServiceDto = { id: sid, prefix, name: sname, description, nameEn, descriptionEn, waiting, estimatedWaitMinutes };
  if (openCounters !== undefined) service.openCounters = openCounters;
  return service;
}

export const parseServicesAnswer: Parser<ServiceDto[]> = (body) => {
  const v = record(body);
  return v === FAIL ? FAIL : arrayOf(parseService, 50)(v.services);
};

function parseTicket(value: unknown): IssuedTicketView | typeof FAIL {
  const v = record(value);
  if (v === FAIL) return FAIL;
  const ticketId = id(v.id);
  const number = str({ min: 1, max: 16 })(v.number);
  const serviceId = id(v.serviceId);
  const fastTrack = nullable(oneOf(FAST_TRACK_REASONS))(v.fastTrack);
  const status = oneOf(TICKET_STATUSES)(v.status);
  const issuedAt = str({ min: 1, max: 40 })(v.issuedAt);
  const ahead = count(v.ahead);
  const estimatedWaitMinutes = count(v.estimatedWaitMinutes);
  const openCounters = optional(count)(v.openCounters);
  if (ticketId === FAIL || number === FAIL || serviceId === FAIL || fastTrack === FAIL || status === FAIL || issuedAt === FAIL || ahead === FAIL || estimatedWaitMinutes === FAIL || openCounters === FAIL) return FAIL;
  const ticket: IssuedTicketView = { id: ticketId, number, serviceId, fastTrack, status, issuedAt, ahead, estimatedWaitMinutes };
  if (openCounters !== undefined) ticket.openCounters = openCounters;
  return ticket;
}

function parsePrint(value: unknown): PrintOutcome | typeof FAIL {
  const v = record(value);
  if (v === FAIL) return FAIL;
  const status = oneOf(PRINT_STATUSES)(v.status);
  const reason = optional(str({ max: 300 }))(v.reason);
  if (status === FAIL || reason === FAIL) return FAIL;
  return reason === undefined ? { status } : { status, reason };
}

export const parseIssueAnswer: Parser<IssueAnswer> = (body) => {
  const v = record(body);
  if (v === FAIL) return FAIL;
  const ticket = parseTicket(v.ticket);
  const print = parsePrint(v.print);
  return ticket === FAIL || print === FAIL ? FAIL : { ticket, print };
};

export const parseHelpAnswer: Parser<true> = (body) => {
  const v = record(body);
  return v !== FAIL && record(v.helpRequest) !== FAIL ? true : FAIL;
};

/** The server's own Indonesian message from `{error: {code, message}}`, if the body has one. */
export function errorMessageOf(body: unknown): string | null {
  const v = record(body);
  if (v === FAIL) return null;
  const error = record(v.error);
  if (error === FAIL) return null;
  const message = str({ min: 1, max: 500 })(error.message);
  return message === FAIL ? null : message;
}
