/**
 * GET /api/admin/clock and POST /api/admin/clock/confirm (shared/contracts/clock.ts): the clock
 * guard's state for the supervisor page, and the supervisor's word that the wall clock is right.
 */
import { Router } from 'express';
import type { ClockStatus } from '../../shared/contracts/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { jumpSizeId } from '../../shared/i18n/clock-id.ts';
import { actorFrom } from '../http/staff-auth.ts';
import type { Services } from '../services.ts';

export function clockRoutes(s: Services): Router {
  const r = Router();
  // Without a guard (tests on a simulated clock) the server's time is the clock it was given.
  const status = (): ClockStatus => {
    if (s.clockGuard) return s.clockGuard.status();
    const at = new Date(s.now()).toISOString();
    return { state: 'ok', direction: null, serverTime: at, wallTime: at, offsetMs: 0, since: null, thresholdMs: 0 };
  };

  r.get('/api/admin/clock', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(status());
  });

  r.post('/api/admin/clock/confirm', (_req, res) => {
    const actor = actorFrom(res);
    const confirmed = s.clockGuard?.confirm(actor.username) ?? null;
    if (!confirmed || confirmed.kind !== 'confirmed') {
      throw new AppError({ code: 'clock.not_jumped', message: 'Jam server tidak sedang melompat; tidak ada yang perlu dikonfirmasi.' });
    }
    const minutes = Math.round(Math.abs(confirmed.offsetMs) / 60_000);
    s.audit.record({ action: 'settings.clock_confirmed', actor: actor.username, subject: 'clock', detail: { direction: confirmed.direction, offsetMinutes: minutes } });
    // The service day follows on the next write or tick: closePastDays runs with the confirmed time.
    s.engine.closePastDays();
    const size = jumpSizeId(confirmed.offsetMs);
    const message = confirmed.direction === 'forward'
      ? `Server kini mengikuti jam komputer (maju ${size}). Bila hari sudah berganti, hari layanan ditutup sekarang.`
      : `Server kini mengikuti jam komputer (mundur ${size}). Hari layanan dan penomoran tidak mundur: nomor tidak terbit dua kali.`;
    res.set('Cache-Control', 'no-store').json({ clock: status(), message });
  });

  return r;
}
