/**
 * Managing staff accounts and sessions (issue 11): disable and enable an account (its sessions end
 * at once), an administrator's password reset, an officer's own password change, and "sign out
 * everywhere". Sessions end through their issue number (queue-server/store/user-repository.ts),
 * never by comparing wall-clock times.
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { newPasswordSchema, sessionSchema, STAFF_ROLES, staffAccountSchema, staffUserSchema, userParamsSchema } from './auth.ts';

export const resetPasswordBodySchema = z.object({ password: newPasswordSchema });
export const changePasswordBodySchema = z.object({
  currentPassword: z.string().check(z.minLength(1, 'kata sandi saat ini wajib diisi'), z.maxLength(256)),
  newPassword: newPasswordSchema,
});

const accountAnswer = z.object({ user: staffAccountSchema });

export const changeRoleBodySchema = z.object(
  { role: z.enum(STAFF_ROLES, { error: `peran harus salah satu dari: ${STAFF_ROLES.join(', ')}` }) },
  { error: 'isi permintaan harus objek JSON {role}' },
);

export const userRoutes = defineRoutes([
  {
    method: 'post', path: '/api/users/{id}/disable', summary: 'Nonaktifkan akun petugas: tidak bisa masuk, semua sesinya berakhir seketika; tercatat', access: 'staff', roles: ['admin'],
    params: userParamsSchema, responses: { 200: accountAnswer }, errors: ['user.not_found', 'user.self'],
  },
  {
    method: 'post', path: '/api/users/{id}/enable', summary: 'Aktifkan kembali akun petugas; tercatat', access: 'staff', roles: ['admin'],
    params: userParamsSchema, responses: { 200: accountAnswer }, errors: ['user.not_found'],
  },
  {
    method: 'post', path: '/api/users/{id}/password', summary: 'Administrator mengganti kata sandi petugas (minimal 10 karakter); sesi petugas itu berakhir; tercatat', access: 'staff', roles: ['admin'],
    params: userParamsSchema, body: resetPasswordBodySchema, responses: { 200: z.object({ user: staffUserSchema }) }, errors: ['user.not_found', 'auth.rate_limited'],
  },
  {
    method: 'post', path: '/api/auth/password', summary: 'Ganti kata sandi sendiri (kata sandi saat ini lalu yang baru); semua sesi berakhir, jawaban memuat sesi baru', access: 'staff',
    body: changePasswordBodySchema, responses: { 200: sessionSchema }, errors: ['auth.password_wrong', 'auth.rate_limited'],
  },
  {
    method: 'post', path: '/api/auth/logout-all', summary: 'Keluar dari semua perangkat: semua sesi akun ini berakhir (seperti Keluar, loket dengan nomor aktif menolak)', access: 'staff',
    responses: { 204: null }, errors: ['counter.has_active_ticket'],
  },
  {
    method: 'post', path: '/api/users/{id}/role', summary: 'Ubah peran akun petugas; semua sesinya berakhir agar masuk lagi dengan peran baru; tercatat', access: 'staff', roles: ['admin'],
    params: userParamsSchema, body: changeRoleBodySchema, responses: { 200: accountAnswer }, errors: ['user.not_found', 'user.self'],
  },
]);
