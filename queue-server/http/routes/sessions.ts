/** Cookie sign-in for the staff pages (shared/contracts/sessions.ts; the CSRF rules are session-cookie.ts). */
import { Router } from 'express';
import { loginBodySchema } from '../../../shared/contracts/auth.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { assertSameOrigin, csrfTokenOf, setSessionCookie } from '../session-cookie.ts';
import { sessionToken, userFrom } from '../staff-auth.ts';

export function sessionRoutes(s: Services): Router {
  const r = Router();

  r.post('/api/auth/session', async (req, res) => {
    // Another site's page may not sign a browser in either (login CSRF): same origin only.
    assertSameOrigin(req);
    const body = parseInput(loginBodySchema, req.body);
    const { token, user } = await s.auth.login(body.username, body.password, req.socket.remoteAddress ?? 'unknown');
    setSessionCookie(req, res, token);
    res.json({ user, csrfToken: csrfTokenOf(token) });
  });

  r.get('/api/auth/session', (req, res) => {
    const token = sessionToken(req);
    res.json({ user: userFrom(res), csrfToken: token ? csrfTokenOf(token) : '' });
  });

  return r;
}
