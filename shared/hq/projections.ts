/**
 * What head office receives of each branch event: one projection per event type, declared here so
 * the privacy boundary is read in one place. The map is typed over every event type of the
 * contract (shared/contracts/registry.ts), so a new event type does not compile until someone
 * decides what of it leaves the branch; after that it flows to head office with no new sync code.
 *
 * Never sent: a raw NIK, KPJ or phone number, names, staff-only free text (pause reasons, help
 * notes, printer details) and complaint text (that belongs to the complaint workflow only). Where
 * head office must count people, the branch sends its keyed hash.
 */
import { z } from '../contracts/zod-mini.ts';
import type { EventPayload, EventType } from '../contracts/events.ts';

export interface EntityRef {
  kind: string;
  id: string;
}

export interface Projected {
  entity: EntityRef | null;
  payload: Record<string, unknown>;
}

type Projector<K extends EventType> = (data: EventPayload<K>) => Projected | null;

const ticketEvent = ({ ticket, counterId }: EventPayload<'ticket.issued'>): Projected => ({
  entity: { kind: 'ticket', id: ticket.id },
  payload: { number: ticket.number, serviceId: ticket.serviceId, status: ticket.status, counterId: counterId ?? ticket.counterId, isFastTrack: ticket.isFastTrack },
});

/** null: the event stays at the branch (a device's moment-to-moment state is no national figure). */
export const HQ_PROJECTIONS: { [K in EventType]: Projector<K> } = {
  'ticket.issued': ticketEvent,
  'ticket.called': ticketEvent,
  'ticket.recalled': ticketEvent,
  'ticket.started': ticketEvent,
  'ticket.finished': ticketEvent,
  'ticket.missed': ticketEvent,
  'ticket.returned': ticketEvent,
  'ticket.transferred': ticketEvent,
  'ticket.cancelled': ticketEvent,
  'day.closed': (d) => ({ entity: { kind: 'day', id: d.serviceDay }, payload: { serviceDay: d.serviceDay, expired: d.expired } }),
  // The pause reason is typed by staff: only the state goes.
  'counter.updated': (d) => ({ entity: { kind: 'counter', id: d.counterId }, payload: { counterId: d.counterId, state: d.state } }),
  // The help note is free text: only that someone asked and when it was handled.
  'help.requested': ({ helpRequest: h }) => ({ entity: { kind: 'help', id: String(h.id) }, payload: { status: h.status } }),
  'help.resolved': ({ helpRequest: h }) => ({ entity: { kind: 'help', id: String(h.id) }, payload: { status: h.status } }),
  'printer.status': (d) => ({ entity: { kind: 'printer', id: d.counterId ?? 'kiosk' }, payload: { condition: d.condition, kind: d.kind } }),
  'callpad.status': () => null,
  'survey.offered': (d) => ({ entity: { kind: 'ticket', id: d.ticketId }, payload: { serviceId: d.serviceId, counterId: d.counterId } }),
};

export function projectEvent<K extends EventType>(type: K, data: EventPayload<K>): Projected | null {
  const project: Projector<K> = HQ_PROJECTIONS[type];
  return project(data);
}

/**
 * Facts that are no stream event but matter nationally, recorded with uow.record(): a survey
 * answer (scores only; the comment is free text and stays at the branch).
 */
export const HQ_FACTS = {
  'survey.answered': z.object({
    ticketId: z.string(),
    serviceId: z.string(),
    counterId: z.nullable(z.string()),
    questionnaire: z.string(),
    overall: z.nullable(z.int()),
    answers: z.record(z.string(), z.int()),
  }),
} as const;
export type HqFactType = keyof typeof HQ_FACTS;
export type HqFact<K extends HqFactType> = z.infer<(typeof HQ_FACTS)[K]>;

export function projectFact<K extends HqFactType>(type: K, data: HqFact<K>): Projected {
  if (type === 'survey.answered') return { entity: { kind: 'ticket', id: data.ticketId }, payload: { ...data } };
  return { entity: null, payload: { ...data } };
}

/**
 * Audit entries that carry a national fact: the complaint workflow's steps. Only the reference,
 * category, channel, status change and the keyed person hash leave; never the complaint's text.
 */
const complaintDetail = z.object({
  reference: z.string(),
  channel: z.optional(z.string()),
  category: z.optional(z.string()),
  personHash: z.optional(z.string()),
  from: z.optional(z.nullable(z.string())),
  to: z.optional(z.nullable(z.string())),
});
const suggestionDetail = z.object({ id: z.union([z.int(), z.string()]) });

export function projectAudit(entry: { action: string; detail?: unknown }): { type: string; projected: Projected } | null {
  if (entry.action === 'suggestion.received') {
    const d = suggestionDetail.safeParse(entry.detail);
    return d.success ? { type: 'suggestion.received', projected: { entity: { kind: 'suggestion', id: String(d.data.id) }, payload: {} } } : null;
  }
  if (!entry.action.startsWith('complaint.') || entry.action === 'complaint.warning') return null;
  const d = complaintDetail.safeParse(entry.detail);
  if (!d.success) return null;
  const { reference, ...rest } = d.data;
  const payload: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) payload[k] = v;
  return { type: entry.action, projected: { entity: { kind: 'complaint', id: reference }, payload } };
}

/** The payload version of each type head office may see; raised when a projection changes shape. */
export const HQ_SCHEMA_VERSION = 1;
