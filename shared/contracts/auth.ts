/** Staff sign-in, first-run setup and staff accounts. */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';

/**
 * admin: accounts and everything; supervisor: the branch head (overview, unlock, take over a
 * counter); cso: a counter officer; complaint_officer: complaints only (the complaints area).
 * Who may call which route is each route's `roles` in its contract (README "Roles").
 */
export const STAFF_ROLES = ['admin', 'supervisor', 'cso', 'complaint_officer'] as const;
/** Those who work the queue at a counter, and those who oversee it. */
export const QUEUE_ROLES = ['admin', 'supervisor', 'cso'] as const satisfies readonly StaffRole[];
export const OVERSIGHT_ROLES = ['admin', 'supervisor'] as const satisfies readonly StaffRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

const usernameSchema = z.string().check(
  z.trim(),
  z.regex(/^[a-z0-9._-]{3,32}$/, 'nama pengguna 3-32 huruf kecil, angka, titik, garis bawah atau tanda hubung'),
);
/** The password rule: 10 to 256 characters (anything, spaces included; long beats clever). */
export const newPasswordSchema = z.string().check(z.minLength(10, 'kata sandi minimal 10 karakter'), z.maxLength(256));

export const loginBodySchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'nama pengguna wajib diisi'), z.maxLength(64)),
  password: z.string().check(z.minLength(1, 'kata sandi wajib diisi'), z.maxLength(256)),
});

export const setupBodySchema = z.object({
  code: z.string().check(z.trim(), z.minLength(1, 'kode penyiapan wajib diisi'), z.maxLength(64)),
  username: usernameSchema,
  password: newPasswordSchema,
});

export const createUserBodySchema = z.object({
  username: usernameSchema,
  password: newPasswordSchema,
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  role: z.enum(STAFF_ROLES),
});

export const staffUserSchema = z.object({
  id: z.int(),
  username: z.string().check(z.maxLength(64)),
  displayName: z.string().check(z.maxLength(80)),
  role: z.enum(STAFF_ROLES),
});
export type StaffUserDto = z.infer<typeof staffUserSchema>;
/** An account as the administrator lists it. */
export const staffAccountSchema = z.object({ ...staffUserSchema.shape, disabled: z.boolean() });
export type StaffAccountDto = z.infer<typeof staffAccountSchema>;

/** The path's user id, a positive integer (the path carries it as text). */
export const userParamsSchema = z.object({ id: z.pipe(z.coerce.number(), z.int().check(z.positive('id tidak valid'))) });

export const sessionSchema = z.object({ token: z.string().check(z.minLength(1), z.maxLength(500)), user: staffUserSchema });
export type SessionDto = z.infer<typeof sessionSchema>;

export const authRoutes = defineRoutes([
  {
    method: 'post', path: '/api/auth/login', summary: 'Masuk: token sesi dan data petugas; lima percobaan salah dari satu alamat mengunci nama itu untuk alamat itu satu menit', access: 'public',
    body: loginBodySchema, responses: { 200: sessionSchema }, errors: ['auth.invalid_credentials', 'auth.rate_limited'],
  },
  { method: 'get', path: '/api/auth/setup', summary: 'Apakah administrator pertama masih perlu dibuat', access: 'public', responses: { 200: z.object({ setupRequired: z.boolean() }) } },
  {
    method: 'post', path: '/api/auth/setup', summary: 'Administrator pertama dari kode penyiapan di konsol server', access: 'public',
    body: setupBodySchema, responses: { 201: sessionSchema }, errors: ['auth.setup_done', 'auth.setup_code_wrong', 'auth.rate_limited', 'user.exists'],
  },
  { method: 'get', path: '/api/auth/me', summary: 'Petugas yang sedang masuk', access: 'staff', responses: { 200: z.object({ user: staffUserSchema }) } },
  {
    method: 'post', path: '/api/auth/logout', summary: 'Keluar (token tidak berlaku lagi; loket yang dipegang ditutup); ditolak selama loketnya masih memanggil atau melayani nomor', access: 'staff',
    responses: { 204: null }, errors: ['counter.has_active_ticket'],
  },
  { method: 'get', path: '/api/users', summary: 'Daftar akun petugas (dengan status nonaktif)', access: 'staff', roles: ['admin'], responses: { 200: z.object({ users: z.array(staffAccountSchema) }) } },
  {
    method: 'post', path: '/api/users', summary: 'Akun petugas baru (admin, supervisor, cso)', access: 'staff', roles: ['admin'],
    body: createUserBodySchema, responses: { 201: z.object({ user: staffUserSchema }) }, errors: ['user.exists'],
  },
  {
    method: 'post', path: '/api/users/{id}/unlock', summary: 'Buka kunci masuk seorang petugas (semua alamat); tercatat di jejak audit', access: 'staff', roles: OVERSIGHT_ROLES,
    params: userParamsSchema, responses: { 200: z.object({ username: z.string().check(z.maxLength(64)), cleared: z.int().check(z.minimum(0)) }) }, errors: ['user.not_found'],
  },
]);
