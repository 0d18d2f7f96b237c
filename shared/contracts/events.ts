/** The events of the product, as the rest of the code imports them (gathered in registry.ts). */
export { EVENT_PAYLOADS, EVENT_TYPES, queueEventSchema, type EventPayload, type EventType, type QueueEvent, type QueueEventOf } from './registry.ts';
export { RESYNC_EVENT } from './event-stream.ts';
export type { TicketEventData } from './tickets.ts';
