/**
 * Device pairing (issue 11): kiosks, counter tablets and boards are paired by an administrator
 * with a short code the device shows; the device then carries a credential (a random secret the
 * server keeps only as a hash) in the `X-Device-Token` header. README "Device pairing".
 *
 * The device's side: POST /api/devices/pairing-requests gives it its credential at once, still
 * unpaired, and the code to show; GET /api/devices/me tells it whether the administrator has
 * paired it (or revoked it). The administrator's side: the /api/admin/devices routes.
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { OVERSIGHT_ROLES } from './auth.ts';
import { DEVICE_KINDS, DEVICE_PAIRING_MODES } from './device-kinds.ts';
import { idSchema, isoTimeOrNullSchema, isoTimeSchema, text } from './wire.ts';

export { DEVICE_TOKEN_HEADER } from './device-kinds.ts';

/** 32 random bytes, base64url. */
export const deviceTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'kredensial perangkat tidak valid'));
/** Six digits, shown as "4821-93"; typed with or without the dash or a space. */
export const pairingCodeSchema = z.string().check(z.regex(/^\s*\d{4}[-\s]?\d{2}\s*$/, 'kode pemasangan: enam angka seperti 4821-93'));
const deviceNameSchema = z.string().check(z.trim(), z.minLength(1, 'nama perangkat wajib diisi'), z.maxLength(60, 'nama perangkat paling banyak 60 karakter'));
const deviceIdSchema = z.pipe(z.coerce.number(), z.int().check(z.positive('id perangkat tidak valid')));

export const deviceKindSchema = z.enum(DEVICE_KINDS, { error: 'jenis perangkat harus kiosk, counter_tablet atau board' });

export const pairingRequestBodySchema = z.object({ kind: deviceKindSchema });
export const pairingRequestAnswerSchema = z.object({
  token: deviceTokenSchema,
  /** As shown: "4821-93". */
  code: text(7),
  kind: deviceKindSchema,
  expiresAt: isoTimeSchema,
});
export type PairingRequestAnswer = z.infer<typeof pairingRequestAnswerSchema>;

export const pairedDeviceSchema = z.object({
  id: z.int().check(z.positive()),
  name: text(60),
  kind: deviceKindSchema,
  counterId: z.nullable(idSchema),
});

/**
 * trusted: this machine (or kiosk.allowedAddresses) under DEVICE_PAIRING=loopback-trusted;
 * paired: the credential is paired; pending: paired once the administrator enters `pairing.code`;
 * revoked: the administrator revoked it; unpaired: no credential, an unknown one, or an expired code.
 */
export const DEVICE_STATES = ['trusted', 'paired', 'pending', 'revoked', 'unpaired'] as const;
export type DeviceState = (typeof DEVICE_STATES)[number];

export const deviceSelfAnswerSchema = z.object({
  state: z.enum(DEVICE_STATES),
  mode: z.enum(DEVICE_PAIRING_MODES),
  device: z.nullable(pairedDeviceSchema),
  pairing: z.nullable(z.object({ code: text(7), kind: deviceKindSchema, expiresAt: isoTimeSchema })),
});
export type DeviceSelfAnswer = z.infer<typeof deviceSelfAnswerSchema>;

export const deviceRecordSchema = z.object({
  id: z.int().check(z.positive()),
  name: text(60),
  kind: deviceKindSchema,
  counterId: z.nullable(idSchema),
  state: z.enum(['paired', 'revoked']),
  pairedAt: isoTimeSchema,
  pairedBy: text(64),
  revokedAt: isoTimeOrNullSchema,
  /** The last request this device made since the server started (kept in memory: reads never write). */
  lastSeenAt: isoTimeOrNullSchema,
});
export type DeviceRecordDto = z.infer<typeof deviceRecordSchema>;

export const pairBodySchema = z.object({
  code: pairingCodeSchema,
  name: deviceNameSchema,
  kind: deviceKindSchema,
  /** The counter a counter tablet stands at (required for it, refused for the others). */
  counterId: z.optional(z.nullable(idSchema)),
});
export const renameBodySchema = z.object({ name: deviceNameSchema });
export const deviceParamsSchema = z.object({ id: deviceIdSchema });
export const deviceAnswerSchema = z.object({ device: deviceRecordSchema });
export const deviceListAnswerSchema = z.object({ mode: z.enum(DEVICE_PAIRING_MODES), devices: z.array(deviceRecordSchema) });

export const devicePairingRoutes = defineRoutes([
  {
    method: 'get', path: '/api/devices/me', summary: 'Status perangkat ini dari kredensialnya (X-Device-Token): dipasangkan, menunggu kode, dicabut, belum dipasangkan, atau dipercaya sebagai komputer server', access: 'public',
    responses: { 200: deviceSelfAnswerSchema },
  },
  {
    method: 'post', path: '/api/devices/pairing-requests', summary: 'Perangkat meminta kode pemasangan: kredensial baru (belum berlaku) dan kode enam angka untuk layar; berlaku 10 menit', access: 'public',
    body: pairingRequestBodySchema, responses: { 201: pairingRequestAnswerSchema }, errors: ['device.pairing_busy'],
  },
  {
    method: 'get', path: '/api/admin/devices', summary: 'Perangkat yang dipasangkan (dan yang dicabut) dengan terakhir terlihat', access: 'staff', roles: OVERSIGHT_ROLES,
    responses: { 200: deviceListAnswerSchema },
  },
  {
    method: 'post', path: '/api/admin/devices/pair', summary: 'Pasangkan perangkat dengan kode di layarnya, nama, jenis (dan loket untuk tablet); tercatat', access: 'staff', roles: ['admin'],
    body: pairBodySchema, responses: { 201: deviceAnswerSchema }, errors: ['device.code_unknown', 'device.pairing_rate_limited', 'device.kind_mismatch', 'counter.not_found'],
  },
  {
    method: 'post', path: '/api/admin/devices/{id}/rename', summary: 'Ganti nama perangkat yang dipasangkan; tercatat', access: 'staff', roles: ['admin'],
    params: deviceParamsSchema, body: renameBodySchema, responses: { 200: deviceAnswerSchema }, errors: ['device.not_found'],
  },
  {
    method: 'post', path: '/api/admin/devices/{id}/revoke', summary: 'Cabut perangkat: kredensialnya tidak berlaku lagi seketika dan layarnya kembali ke kode pemasangan; tercatat', access: 'staff', roles: ['admin'],
    params: deviceParamsSchema, responses: { 200: deviceAnswerSchema }, errors: ['device.not_found'],
  },
]);
