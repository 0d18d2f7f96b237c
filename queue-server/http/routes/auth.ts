/** Sign-in, first-run setup and staff accounts. */
import { Router } from 'express';
import { createUserBodySchema, loginBodySchema, setupBodySchema } from '../../../shared/contracts/auth.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { actorFrom, bearerToken, requireStaff } from '../staff-auth.ts';

export function authRoutes(s: Services): Router {
  const r = Router();

  r.post('/api/auth/login', async (req, res) => {
    const body = parseInput(loginBodySchema, req.body);
    res.json(await s.auth.login(body.username, body.password));
  });

  r.get('/api/auth/setup', (_req, res) => {
    res.json({ setupRequired: !s.auth.hasUsers() });
  });

  r.post('/api/auth/setup', async (req, res) => {
    const body = parseInput(setupBodySchema, req.body);
    res.status(201).json(await s.auth.setup(body));
  });

  r.get('/api/auth/me', requireStaff(s.auth), (_req, res) => {
    res.json({ user: res.locals.user });
  });

  r.post('/api/auth/logout', requireStaff(s.auth), (req, res) => {
    const token = bearerToken(req);
    if (token) s.auth.logout(token);
    res.status(204).end();
  });

  r.get('/api/users', requireStaff(s.auth, ['admin']), (_req, res) => {
    res.json({ users: s.auth.users() });
  });

  r.post('/api/users', requireStaff(s.auth, ['admin']), async (req, res) => {
    const body = parseInput(createUserBodySchema, req.body);
    res.status(201).json({ user: await s.auth.createUser(body, actorFrom(res).username) });
  });

  return r;
}
