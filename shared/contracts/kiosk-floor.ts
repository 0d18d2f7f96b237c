/**
 * What the kiosk needs to know about its branch beyond the service list: who we are (name, logo),
 * where QR codes point, whether numbers may be taken now (opening hours), and which fast-track
 * reasons each service offers. zod/mini: the kiosk parses the answer with this schema.
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { fastTrackReasonSchema } from './tickets.ts';
import { idSchema, text } from './wire.ts';

const wordsSchema = z.object({ id: text(300), en: text(300) });

export const kioskInfoResponseSchema = z.object({
  branch: z.object({ code: text(20), name: text(80) }),
  /** Served by this server when the branch file names a logo; null: the neutral mark. */
  logoUrl: z.nullable(z.string().check(z.regex(/^\/[A-Za-z0-9/._-]{0,299}$/))),
  /** e.g. http://192.168.10.2:3000/tiket/{id}; null when no address a phone can open is known. */
  ticketStatusUrl: z.nullable(z.string().check(z.maxLength(300), z.regex(/^https?:\/\/\S+\{id\}/))),
  opening: z.object({
    open: z.boolean(),
    issuing: z.boolean(),
    /** "Senin-Jumat, 08.00-15.30" and "hari Senin pukul 08.00", in Indonesian and English. */
    hours: wordsSchema,
    next: z.nullable(wordsSchema),
  }),
  services: z.array(z.object({ id: idSchema, fastTrackReasons: z.array(fastTrackReasonSchema).check(z.maxLength(10)) })).check(z.maxLength(50)),
});
export type KioskInfo = z.infer<typeof kioskInfoResponseSchema>;

export const kioskFloorRoutes = defineRoutes([
  { method: 'get', path: '/api/kiosk/info', summary: 'Identitas cabang, jam buka, alamat QR dan jalur prioritas per layanan untuk Kios-K', access: 'public', responses: { 200: kioskInfoResponseSchema } },
  {
    method: 'get', path: '/api/kiosk/logo', summary: 'Logo cabang dari berkas cabang (branch.logoPath); 404 bila tidak dipasang', access: 'public',
    responses: { 200: { contentType: 'image/*', description: 'logo cabang (SVG, PNG, WebP atau JPEG)' } }, errors: ['route.not_found'],
  },
]);
