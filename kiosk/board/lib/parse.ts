/**
 * Server answers and SSE payloads are input from outside: every page parses them here before use.
 * A shape we do not understand is rejected (null), never trusted and never allowed to crash a TV.
 * The schemas mirror shared/contracts/http.ts; `satisfies` checks they stay in step with it.
 */
import { z } from '../../../shared/contracts/zod.ts';
import { COUNTER_STATES, type CounterDto, type PublicTicketDto, type QueueEvent, type QueueSnapshotDto, type ServiceDto, type TicketDto } from '../../../shared/contracts/index.ts';
import { CALL_RULES, FAST_TRACK_REASONS, TICKET_STATUSES } from '../../../shared/queue/ticket.ts';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const isoOrNull = z.string().max(40).nullable();

export const publicTicketSchema = z.object({
  id,
  number: text(16).min(1),
  serviceId: id,
  status: z.enum(TICKET_STATUSES),
  counterId: id.nullable(),
  isFastTrack: z.boolean(),
  calledAt: isoOrNull,
}) satisfies z.ZodType<PublicTicketDto>;

export const ticketSchema = z.object({
  id,
  number: text(16).min(1),
  serviceId: id,
  originServiceId: id,
  serviceDay: text(10),
  fastTrack: z.enum(FAST_TRACK_REASONS).nullable(),
  status: z.enum(TICKET_STATUSES),
  issuedAt: text(40),
  calledAt: isoOrNull,
  startedAt: isoOrNull,
  finishedAt: isoOrNull,
  missedAt: isoOrNull,
  counterId: id.nullable(),
  recallCount: z.number().int().min(0),
  callRule: z.enum(CALL_RULES).nullable(),
  closedReason: text(200).nullable(),
}) satisfies z.ZodType<TicketDto>;

export const serviceSchema = z.object({
  id,
  prefix: text(3).min(1),
  name: text(80),
  description: text(300),
  nameEn: text(80).optional(),
  descriptionEn: text(300).optional(),
  waiting: z.number().int().min(0),
  estimatedWaitMinutes: z.number().min(0),
}) satisfies z.ZodType<ServiceDto>;

export const counterSchema = z.object({
  id,
  name: text(60),
  spokenNumber: z.number().int().min(0).max(999_999),
  serviceIds: z.array(id).max(50),
  state: z.enum(COUNTER_STATES),
  current: publicTicketSchema.nullable(),
}) satisfies z.ZodType<CounterDto>;

export const snapshotSchema = z.object({
  branch: z.object({ code: text(40), name: text(120), timeZone: text(64), runningText: text(1000) }),
  serviceDay: text(10),
  generatedAt: text(40),
  lastEventId: z.number().int().min(0),
  services: z.array(serviceSchema).max(100),
  counters: z.array(counterSchema).max(200),
  recentCalls: z.array(publicTicketSchema).max(50),
  missed: z.array(publicTicketSchema).max(500),
  rules: z.object({
    recall: z.object({ maxRecalls: z.number().int().min(0).max(100), minIntervalSeconds: z.number().int().min(0).max(3600), missedReturnMinutes: z.number().int().min(0).max(1440) }),
  }),
}) satisfies z.ZodType<QueueSnapshotDto>;

export const queueEventSchema = z.object({
  id: z.number().int().min(0),
  type: text(64).min(1),
  at: text(40),
  data: z.unknown(),
}) satisfies z.ZodType<QueueEvent>;

export const ticketEventDataSchema = z.object({ ticket: publicTicketSchema, counterId: id.nullable() });

export const counterUpdatedSchema = z.object({ counterId: id, state: z.enum(COUNTER_STATES), pauseReason: text(200).nullable().optional() });

/** Parses or returns null; never throws. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
}

/** JSON.parse that returns undefined instead of throwing on a broken payload. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The Indonesian message of an error answer `{error: {message}}`, if there is one. */
export function errorMessageOf(body: unknown): string | null {
  const r = z.object({ error: z.object({ message: text(500), code: text(40).optional() }) }).safeParse(body);
  return r.success ? r.data.error.message : null;
}
