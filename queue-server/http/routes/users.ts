/** Staff accounts and sessions beyond sign-in (shared/contracts/users.ts); access is checked by access-control.ts. */
import { Router } from 'express';
import { userParamsSchema } from '../../../shared/contracts/auth.ts';
import { changePasswordBodySchema, changeRoleBodySchema, resetPasswordBodySchema } from '../../../shared/contracts/users.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { actorFrom, credentialOf, userFrom } from '../staff-auth.ts';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.ts';

export function userRoutes(s: Services): Router {
  const r = Router();
  const idOf = (params: unknown) => parseInput(userParamsSchema, params, 'Id petugas').id;

  r.post('/api/users/:id/disable', (req, res) => {
    res.json({ user: s.auth.setDisabled(idOf(req.params), true, actorFrom(res)) });
  });

  r.post('/api/users/:id/enable', (req, res) => {
    res.json({ user: s.auth.setDisabled(idOf(req.params), false, actorFrom(res)) });
  });

  r.post('/api/users/:id/password', async (req, res) => {
    const id = idOf(req.params);
    const body = parseInput(resetPasswordBodySchema, req.body);
    res.json({ user: await s.auth.resetPassword(id, body.password, actorFrom(res).username) });
  });

  r.post('/api/auth/password', async (req, res) => {
    const body = parseInput(changePasswordBodySchema, req.body);
    const session = await s.auth.changeOwnPassword(userFrom(res).id, body.currentPassword, body.newPassword, req.socket.remoteAddress ?? 'unknown');
    // A browser keeps its new session in the cookie, as it kept the old one.
    if (credentialOf(req)?.via === 'cookie') setSessionCookie(req, res, session.token);
    res.json(session);
  });

  r.post('/api/auth/logout-all', (req, res) => {
    // Like signing out: no counter left held with a ticket half done (counter-service.ts signOut).
    s.counters.signOut(actorFrom(res));
    s.auth.signOutEverywhere(userFrom(res).id);
    if (credentialOf(req)?.via === 'cookie') clearSessionCookie(req, res);
    res.status(204).end();
  });

  r.post('/api/users/:id/role', (req, res) => {
    const id = idOf(req.params);
    const body = parseInput(changeRoleBodySchema, req.body);
    res.json({ user: s.auth.setRole(id, body.role, actorFrom(res)) });
  });

  return r;
}
