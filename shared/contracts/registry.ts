/**
 * The one contract: every route and every event of the product, gathered from the areas.
 * A new area adds one line to ALL_ROUTES (its route list) and one to EVENT_PAYLOADS (its event
 * map, if it has events); the OpenAPI document (GET /api/openapi.json), the README check, the
 * server's answer checks in tests and the typed uow.emit all read from here.
 */
import { adminRoutes } from './admin.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { complaintRoutes } from './complaints.ts';
import { counterEventPayloads, counterRoutes } from './counters.ts';
import { deviceEventPayloads } from './devices.ts';
import { devicePairingRoutes } from './device-pairing.ts';
import { eventRoutes, eventUnionSchema, type EventOf } from './event-stream.ts';
import { faqFeedbackRoutes } from './faq-feedback.ts';
import { faqUsageRoutes } from './faq-usage.ts';
import { faqContentRoutes } from './faq-content.ts';
import { kioskFloorRoutes } from './kiosk-floor.ts';
import { helpEventPayloads, helpRequestRoutes } from './help-requests.ts';
import { hqSyncRoutes } from './hq-sync.ts';
import { clockRoutes } from './clock.ts';
import { checklistRoutes, printingEventPayloads, printingRoutes } from './printing.ts';
import { dayEventPayloads, queueRoutes } from './queue.ts';
import { defineRoutes, type RouteContract } from './route-contract.ts';
import { supervisionRoutes } from './supervision.ts';
import { reportRoutes } from './reports.ts';
import { sessionRoutes } from './sessions.ts';
import { surveyEventPayloads, surveyRoutes } from './survey.ts';
import { ticketEventPayloads, ticketRoutes } from './tickets.ts';
import { userRoutes } from './users.ts';
import type { z } from 'zod/mini';

export const ALL_ROUTES = defineRoutes([
  ...queueRoutes,
  ...authRoutes,
  ...ticketRoutes,
  ...counterRoutes,
  ...eventRoutes,
  ...helpRequestRoutes,
  ...faqFeedbackRoutes,
  ...faqUsageRoutes,
  ...faqContentRoutes,
  ...printingRoutes,
  ...checklistRoutes,
  ...surveyRoutes,
  // Complaint events are not in EVENT_PAYLOADS on purpose: nothing of a complaint goes on the
  // public event stream; the complaint console reads the staff routes.
  ...complaintRoutes,
  ...auditRoutes,
  ...adminRoutes,
  ...userRoutes,
  ...sessionRoutes,
  ...supervisionRoutes,
  ...kioskFloorRoutes,
  ...reportRoutes,
  ...hqSyncRoutes,
  ...devicePairingRoutes,
  ...clockRoutes,
  { method: 'get', path: '/api/openapi.json', summary: 'Dokumen OpenAPI 3.1 dari kontrak ini', access: 'public', responses: { 200: { contentType: 'application/json', description: 'OpenAPI 3.1' } } },
] satisfies RouteContract[]);

export const EVENT_PAYLOADS = {
  ...ticketEventPayloads,
  ...dayEventPayloads,
  ...counterEventPayloads,
  ...helpEventPayloads,
  ...printingEventPayloads,
  ...deviceEventPayloads,
  ...surveyEventPayloads,
} as const;

export type EventPayloads = typeof EVENT_PAYLOADS;
export type EventType = keyof EventPayloads & string;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];
/** What emit() takes for an event type (the payload before it is serialised). */
export type EventPayload<K extends EventType> = z.input<EventPayloads[K]>;
export type QueueEvent = EventOf<EventPayloads>;
export type QueueEventOf<K extends EventType> = Extract<QueueEvent, { type: K }>;

export const queueEventSchema = eventUnionSchema(EVENT_PAYLOADS);

export type RouteKey = `${Uppercase<(typeof ALL_ROUTES)[number]['method']>} ${(typeof ALL_ROUTES)[number]['path']}`;
export const routeKey = (r: Pick<RouteContract, 'method' | 'path'>): string => `${r.method.toUpperCase()} ${r.path}`;
