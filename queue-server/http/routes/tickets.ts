/** Ticket issuing (kiosk) and the staff actions on a ticket. */
import { Router } from 'express';
import { issueTicketBodySchema, ticketIdSchema, ticketsQuerySchema, transferBodySchema, type IssueTicketResponse, type IssuedTicketDto, type PrintOutcome } from '../../../shared/contracts/tickets.ts';
import { isIsoDate } from '../../../shared/calendar/timezone.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../engine/actor.ts';
import { toPublicTicket, toTicketDto } from '../../engine/dto.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { actorFrom } from '../staff-auth.ts';

/** The printing side, provided by the printing module; issuing never waits on it for long. */
export interface TicketPrinting {
  printTicket(ticket: IssuedTicketDto): Promise<PrintOutcome>;
  /** The outcome already known for a ticket (answers a kiosk's retry of the same request). */
  outcomeOf?(ticketId: string): PrintOutcome | undefined;
}

const NO_PRINTER: PrintOutcome = { status: 'skipped', reason: 'Printer tiket belum dipasang.' };

export function ticketRoutes(s: Services, printing: TicketPrinting | undefined): Router {
  const r = Router();

  r.post('/api/tickets', async (req, res) => {
    const actor = actorFrom(res);
    const body = parseInput(issueTicketBodySchema, req.body);
    // Issuing is the path that sees bursts (several kiosks, a crowd at opening time): group commit.
    const outcome = await s.groupCommit.run(() =>
      s.idempotency.run(req, () => {
        const issued = s.engine.issue({ serviceId: body.serviceId, fastTrack: body.fastTrack ?? null }, actor);
        const ticket: IssuedTicketDto = { ...toTicketDto(issued.ticket), ahead: issued.ahead, estimatedWaitMinutes: issued.estimatedWaitMinutes };
        return { status: 201, body: { ticket } };
      }),
    );
    const { ticket } = outcome.body as { ticket: IssuedTicketDto };
    let print: PrintOutcome;
    if (!printing) print = NO_PRINTER;
    else if (outcome.replayed) print = printing.outcomeOf?.(ticket.id) ?? { status: 'queued' };
    else print = await printing.printTicket(ticket);
    res.status(outcome.status).json({ ticket, print } satisfies IssueTicketResponse);
  });

  r.get('/api/tickets', (req, res) => {
    const query = parseInput(ticketsQuerySchema, req.query, 'Parameter');
    const date = query.date ?? s.engine.today();
    if (!isIsoDate(date)) throw new AppError({ code: 'request.invalid', message: `Tanggal ${date} tidak ada di kalender.` });
    res.json({ date, tickets: s.engine.ticketsOfDay(date).map(toTicketDto) });
  });

  /** The status page behind the QR code on the paper ticket: public, so nothing personal. */
  r.get('/api/tickets/:id/status', (req, res) => {
    const ticket = s.engine.ticket(parseInput(ticketIdSchema, req.params.id, 'Id tiket'));
    res.json({ ticket: toPublicTicket(ticket), ...s.engine.estimateFor(ticket) });
  });

  r.get('/api/tickets/:id', (req, res) => {
    res.json({ ticket: toTicketDto(s.engine.ticket(parseInput(ticketIdSchema, req.params.id, 'Id tiket'))) });
  });

  const actions = {
    recall: (id: string, a: Actor) => s.engine.recall(id, a),
    start: (id: string, a: Actor) => s.engine.start(id, a),
    finish: (id: string, a: Actor) => s.engine.finish(id, a),
    'no-show': (id: string, a: Actor) => s.engine.noShow(id, a),
    return: (id: string, a: Actor) => s.engine.returnToQueue(id, a),
    cancel: (id: string, a: Actor) => s.engine.cancel(id, a),
  } as const;

  for (const [name, act] of Object.entries(actions)) {
    r.post(`/api/tickets/:id/${name}`, (req, res) => {
      const id = parseInput(ticketIdSchema, req.params.id, 'Id tiket');
      const outcome = s.idempotency.run(req, () => {
        const ticket = act(id, actorFrom(res));
        // Finishing also mints the ticket's survey token (same transaction): {ticket, survey: {token, url}}.
        const survey = name === 'finish' ? { survey: s.surveys.finishAnswerOf(ticket.id, `${req.protocol}://${req.get('host') ?? 'localhost'}`) } : {};
        return { status: 200, body: { ticket: toTicketDto(ticket), ...survey } };
      });
      res.status(outcome.status).json(outcome.body);
    });
  }

  r.post('/api/tickets/:id/transfer', (req, res) => {
    const id = parseInput(ticketIdSchema, req.params.id, 'Id tiket');
    const body = parseInput(transferBodySchema, req.body);
    const outcome = s.idempotency.run(req, () => ({
      status: 200,
      body: { ticket: toTicketDto(s.engine.transfer(id, body.serviceId, actorFrom(res), body.counterId)) },
    }));
    res.status(outcome.status).json(outcome.body);
  });

  return r;
}
