/**
 * Parsers for what the queue-server answers. The server is trusted to be ours, but a proxy, an
 * old server or a bug can still send anything: the kiosk reads only what these schemas accept.
 * zod/mini (not classic zod) because it keeps the kiosk entry small.
 */
import { z } from 'zod/mini';
import { PRINT_STATUSES, type IssuedTicketDto, type PrintOutcome, type ServiceDto } from '../../../shared/contracts/http.ts';
import { FAST_TRACK_REASONS, TICKET_STATUSES } from '../../../shared/queue/ticket.ts';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const count = z.number().check(z.int(), z.gte(0), z.lte(100_000));

const serviceSchema = z.object({
  id: text(64),
  prefix: text(4),
  name: text(120),
  description: z.string().check(z.maxLength(400)),
  nameEn: z.optional(text(120)),
  descriptionEn: z.optional(z.string().check(z.maxLength(400))),
  waiting: count,
  estimatedWaitMinutes: count,
});

export const servicesAnswerSchema = z.object({ services: z.array(serviceSchema).check(z.maxLength(50)) });

/** The part of an issued ticket the kiosk shows; the rest of the DTO is not needed here. */
export type IssuedTicketView = Pick<IssuedTicketDto, 'id' | 'number' | 'serviceId' | 'fastTrack' | 'status' | 'issuedAt' | 'ahead' | 'estimatedWaitMinutes'>;

export interface IssueAnswer {
  ticket: IssuedTicketView;
  print: PrintOutcome;
}

export const issueAnswerSchema = z.object({
  ticket: z.object({
    id: z.string().check(z.regex(/^[A-Za-z0-9._:-]{1,64}$/)),
    number: text(16),
    serviceId: text(64),
    fastTrack: z.nullable(z.enum(FAST_TRACK_REASONS)),
    status: z.enum(TICKET_STATUSES),
    issuedAt: text(40),
    ahead: count,
    estimatedWaitMinutes: count,
  }),
  print: z.object({
    status: z.enum(PRINT_STATUSES),
    reason: z.optional(z.string().check(z.maxLength(300))),
  }),
});

export const helpAnswerSchema = z.object({ helpRequest: z.object({ id: z.unknown() }) });

export const errorAnswerSchema = z.object({
  error: z.object({ code: z.string(), message: z.string().check(z.maxLength(500)) }),
});

// Compile-time guard: what the schemas produce is what the contract types promise.
export function asServices(parsed: z.infer<typeof servicesAnswerSchema>): ServiceDto[] {
  return parsed.services;
}
export function asIssueAnswer(parsed: z.infer<typeof issueAnswerSchema>): IssueAnswer {
  return parsed;
}
