/** Sign-in, first-run setup and staff accounts. */
import { Router } from 'express';
import { createUserBodySchema, loginBodySchema, setupBodySchema, userParamsSchema } from '../../../shared/contracts/auth.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { actorFrom, credentialOf, userFrom } from '../staff-auth.ts';
import { clearSessionCookie } from '../session-cookie.ts';

export function authRoutes(s: Services): Router {
  const r = Router();

  r.post('/api/auth/login', async (req, res) => {
    const body = parseInput(loginBodySchema, req.body);
    // The socket's address (never X-Forwarded-For): the lockout is per address and account.
    res.json(await s.auth.login(body.username, body.password, req.socket.remoteAddress ?? 'unknown'));
  });

  r.get('/api/auth/setup', (_req, res) => {
    res.json({ setupRequired: !s.auth.hasUsers() });
  });

  r.post('/api/auth/setup', async (req, res) => {
    const body = parseInput(setupBodySchema, req.body);
    res.status(201).json(await s.auth.setup(body));
  });

  r.get('/api/auth/me', (_req, res) => {
    res.json({ user: userFrom(res) });
  });

  r.post('/api/auth/logout', (req, res) => {
    // Refused while the officer's counter still calls or serves a ticket; frees their counters.
    s.counters.signOut(actorFrom(res));
    const credential = credentialOf(req);
    if (credential) s.auth.logout(credential.token);
    if (credential?.via === 'cookie') clearSessionCookie(req, res);
    res.status(204).end();
  });

  r.get('/api/users', (_req, res) => {
    res.json({ users: s.auth.accounts() });
  });

  r.post('/api/users', async (req, res) => {
    const body = parseInput(createUserBodySchema, req.body);
    res.status(201).json({ user: await s.auth.createUser(body, actorFrom(res).username) });
  });

  r.post('/api/users/:id/unlock', (req, res) => {
    const { id } = parseInput(userParamsSchema, req.params, 'Id petugas');
    res.json(s.auth.unlock(id, actorFrom(res).username));
  });

  return r;
}
