/**
 * What the kiosk needs to know about its branch beyond the service list: who we are (name, logo),
 * where QR codes point, whether numbers may be taken now (opening hours), and which fast-track
 * reasons each service offers.
 */
import { z } from './zod.ts';
import { defineRoutes } from './route-contract.ts';
import { FAST_TRACK_REASONS } from '../queue/ticket.ts';

export const kioskInfoResponseSchema = z.object({
  branch: z.object({ code: z.string(), name: z.string() }),
  /** Served by this server when the branch file names a logo; null: the neutral mark. */
  logoUrl: z.string().nullable(),
  /** e.g. http://192.168.10.2:3000/tiket/{id}; null when no address a phone can open is known. */
  ticketStatusUrl: z.string().nullable(),
  opening: z.object({
    open: z.boolean(),
    issuing: z.boolean(),
    /** "Senin-Jumat, 08.00-15.30" and "hari Senin pukul 08.00", in Indonesian and English. */
    hours: z.object({ id: z.string(), en: z.string() }),
    next: z.object({ id: z.string(), en: z.string() }).nullable(),
  }),
  services: z.array(z.object({ id: z.string(), fastTrackReasons: z.array(z.enum(FAST_TRACK_REASONS)) })),
});
export type KioskInfo = z.infer<typeof kioskInfoResponseSchema>;

export const kioskFloorRoutes = defineRoutes([
  { method: 'get', path: '/api/kiosk/info', summary: 'Identitas cabang, jam buka, alamat QR dan jalur prioritas per layanan untuk Kios-K', access: 'public', responses: { 200: kioskInfoResponseSchema } },
  { method: 'get', path: '/api/kiosk/logo', summary: 'Logo cabang dari berkas cabang (branch.logoPath)', access: 'public', responses: { 200: null, 404: null } },
]);
