/**
 * Server-Sent Events: the envelope every event carries ({id, type, at, data}) and the stream's
 * route. The events themselves are declared per area as `<area>EventPayloads` maps (type ->
 * payload schema) and gathered in registry.ts, which builds the discriminated union from them.
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { QUEUE_ROLES } from './auth.ts';
import { countSchema, isoTimeSchema } from './wire.ts';

export type PayloadMap = Readonly<Record<string, z.core.$ZodType>>;

/** The event of each type in a payload map: a union discriminated on `type`. */
export type EventOf<M extends PayloadMap> = {
  [K in keyof M & string]: { id: number; type: K; at: string; data: z.output<M[K]> };
}[keyof M & string];

/**
 * The schema of the events of a payload map. The union is built from the map, so what it accepts
 * is EventOf<M> by construction; TypeScript cannot follow a union built from Object.entries, hence
 * the one assertion here.
 */
export function eventUnionSchema<M extends PayloadMap>(payloads: M): z.ZodMiniType<EventOf<M>> {
  const [first, ...rest] = Object.entries(payloads).map(([type, data]) => z.object({ id: countSchema, type: z.literal(type), at: isoTimeSchema, data }));
  if (!first) throw new Error('eventUnionSchema: no event types');
  return z.discriminatedUnion('type', [first, ...rest]) as unknown as z.ZodMiniType<EventOf<M>>;
}

/** Not a stored event: the server could not replay that far back; take a fresh snapshot. */
export const RESYNC_EVENT = 'resync';

export const eventStreamQuerySchema = z.object({ lastEventId: z.optional(z.string().check(z.regex(/^\d{1,15}$/))) });

/**
 * Event types a waiting-room screen shows; everything else goes to the staff stream only.
 * survey.offered ("counter X finished ticket Y", no token) is what the counter's survey tablet
 * waits for; it names nothing the board does not show.
 */
export const PUBLIC_EVENT_PREFIXES = ['ticket.', 'day.', 'counter.updated', 'survey.offered'] as const;

export const staffEventStreamQuerySchema = z.object({
  lastEventId: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
  /** The session token (EventSource cannot send an Authorization header). */
  token: z.optional(z.string().check(z.maxLength(200))),
});

export const eventRoutes = defineRoutes([
  {
    method: 'get', path: '/api/events', summary: 'Aliran peristiwa publik (SSE): hanya yang tampil di layar ruang tunggu (nomor, loket, hari ditutup); Last-Event-ID atau ?lastEventId= memutar ulang yang terlewat', access: 'public',
    query: eventStreamQuerySchema, errors: ['stream.too_many', 'stream.full'],
    responses: { 200: { contentType: 'text/event-stream', description: 'setiap peristiwa: `id`, `event: <type>`, `data: {id, type, at, data}`; `event: resync` bila harus mengambil snapshot baru' } },
  },
  {
    method: 'get', path: '/api/staff/events', summary: 'Aliran peristiwa petugas (SSE): semua peristiwa, termasuk bantuan, alasan jeda dan printer; sesi dari cookie halaman petugas atau Authorization: Bearer', access: 'staff', roles: QUEUE_ROLES,
    query: staffEventStreamQuerySchema, errors: ['stream.too_many', 'stream.full'],
    responses: { 200: { contentType: 'text/event-stream', description: 'seperti /api/events, dengan semua jenis peristiwa' } },
  },
]);
