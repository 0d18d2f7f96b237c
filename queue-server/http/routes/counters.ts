/** Counters: the public list, and the officer's call-next, open, pause, resume and close. */
import { Router } from 'express';
import { callSpecificBodySchema, openBodySchema, pauseBodySchema } from '../../../shared/contracts/counters.ts';
import { toTicketDto } from '../../engine/dto.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { actorFrom } from '../staff-auth.ts';

export function counterRoutes(s: Services): Router {
  const r = Router();

  r.get('/api/counters', (_req, res) => {
    res.json({ counters: s.views.counters() });
  });

  r.post('/api/counters/:id/call-next', (req, res) => {
    const counterId = s.engine.counter(req.params.id as string).id;
    const outcome = s.idempotency.run(req, () => {
      const ticket = s.engine.callNext(counterId, actorFrom(res));
      return ticket ? { status: 200, body: { ticket: toTicketDto(ticket) } } : { status: 204, body: null };
    });
    if (outcome.status === 204) res.status(204).end();
    else res.status(outcome.status).json(outcome.body);
  });

  // Out of the policy's order, with a reason (audit rule 'out-of-order').
  r.post('/api/counters/:id/call', (req, res) => {
    const counterId = s.engine.counter(req.params.id as string).id;
    const body = parseInput(callSpecificBodySchema, req.body);
    const outcome = s.idempotency.run(req, () => ({ status: 200, body: { ticket: toTicketDto(s.engine.callSpecific(counterId, body.ticketId, body.reason, actorFrom(res))) } }));
    res.status(outcome.status).json(outcome.body);
  });

  r.post('/api/counters/:id/open', (req, res) => {
    const body = parseInput(openBodySchema, req.body);
    const state = s.counters.open(req.params.id as string, actorFrom(res), body?.force ?? false);
    res.json({ counter: state });
  });

  r.post('/api/counters/:id/close', (req, res) => {
    res.json({ counter: s.counters.close(req.params.id as string, actorFrom(res)) });
  });

  r.post('/api/counters/:id/pause', (req, res) => {
    const body = parseInput(pauseBodySchema, req.body);
    res.json({ counter: s.counters.pause(req.params.id as string, body.reason, actorFrom(res)) });
  });

  r.post('/api/counters/:id/resume', (req, res) => {
    res.json({ counter: s.counters.resume(req.params.id as string, actorFrom(res)) });
  });

  return r;
}
