/**
 * The live event streams (SSE). A client reconnecting with Last-Event-ID first receives what it
 * missed from the stored log, then live events. Replay and subscription happen in the same tick,
 * and writes are synchronous, so no event can fall between the two.
 *
 *   GET /api/events        public: only what a waiting-room screen shows (tickets, counters
 *                          without their pause reason, the day closing), replay included;
 *   GET /api/staff/events  staff (access-control.ts): every event, help requests, pause reasons
 *                          and printers too.
 * Streams are limited per address and in total so one phone cannot take every file descriptor.
 */
import { Router, type Request, type Response } from 'express';
import { PUBLIC_EVENT_PREFIXES } from '../../../shared/contracts/event-stream.ts';
import type { QueueEvent } from '../../../shared/contracts/events.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Services } from '../../services.ts';
import { SESSION_END_MESSAGE_ID, SESSION_ENDED_EVENT, type SessionEndReason } from '../../../shared/contracts/sessions.ts';
import type { StaffUser } from '../../auth/auth-service.ts';

/** A staff stream's session: when it ends (disabled, signed out …) the stream says why and closes at once. */
interface StreamSession {
  userId: number;
  key: string;
  end: (reason: SessionEndReason) => void;
}

const MAX_REPLAY = 1000;
const HEARTBEAT_MS = 15_000;
export const STREAM_LIMITS = { perAddress: 20, total: 1000 };

function parseLastId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** The event as the public stream carries it, or null when it is staff-only. */
export function publicView(e: QueueEvent): QueueEvent | null {
  if (!PUBLIC_EVENT_PREFIXES.some((p) => e.type.startsWith(p))) return null;
  if (e.type === 'counter.updated') return { ...e, data: { ...e.data, pauseReason: null } };
  return e;
}

function send(res: Response, e: QueueEvent): void {
  res.write(`id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
}

export function eventRoutes(s: Services, limits = STREAM_LIMITS): Router {
  const r = Router();
  const open = new Map<string, number>();
  let total = 0;
  const staffStreams = new Set<StreamSession>();
  s.auth.onSessionsEnded((ended) => {
    for (const open of [...staffStreams]) {
      if (open.userId === ended.userId && (ended.key === undefined || ended.key === open.key)) open.end(ended.reason);
    }
  });

  function stream(req: Request, res: Response, view: (e: QueueEvent) => QueueEvent | null, session?: Omit<StreamSession, 'end'>): void {
    const address = req.socket.remoteAddress ?? '';
    if ((open.get(address) ?? 0) >= limits.perAddress) {
      throw new AppError({ code: 'stream.too_many', message: 'Terlalu banyak aliran langsung dari perangkat ini. Tutup tab lain lalu coba lagi.' });
    }
    if (total >= limits.total) throw new AppError({ code: 'stream.full', message: 'Server sedang melayani terlalu banyak layar. Coba lagi sebentar lagi.' });
    open.set(address, (open.get(address) ?? 0) + 1);
    total += 1;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    let lastSent = parseLastId(req.get('Last-Event-ID')) ?? parseLastId(req.query.lastEventId);
    if (lastSent !== null) {
      const missed = s.events.after(lastSent, MAX_REPLAY + 1);
      if (missed.length > MAX_REPLAY || !s.events.canReplayFrom(lastSent)) {
        // Too far behind to replay (or a gap / an id from another log): tell the client to take
        // a fresh snapshot instead.
        res.write(`event: resync\ndata: {}\n\n`);
        lastSent = null;
      } else {
        for (const e of missed) {
          const shown = view(e);
          if (shown) send(res, shown);
        }
        lastSent = missed.at(-1)?.id ?? lastSent;
      }
    }
    const unsubscribe = s.bus.subscribe((e) => {
      if (lastSent !== null && e.id <= lastSent) return;
      lastSent = e.id;
      const shown = view(e);
      if (shown) send(res, shown);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      clearInterval(heartbeat);
      unsubscribe();
      total -= 1;
      const n = (open.get(address) ?? 1) - 1;
      if (n <= 0) open.delete(address);
      else open.set(address, n);
    };
    req.on('close', stop);
    res.on('error', stop);
    if (session) {
      const entry: StreamSession = {
        ...session,
        end: (reason) => {
          staffStreams.delete(entry);
          res.write(`event: ${SESSION_ENDED_EVENT}\ndata: ${JSON.stringify({ reason, message: SESSION_END_MESSAGE_ID[reason] })}\n\n`);
          res.end();
          stop();
        },
      };
      staffStreams.add(entry);
      req.on('close', () => staffStreams.delete(entry));
    }
  }

  r.get('/api/events', (req, res) => stream(req, res, publicView));
  r.get('/api/staff/events', (req, res) => {
    // access-control.ts let a signed-in officer in (bearer or the staff pages' cookie).
    const user = res.locals.user as StaffUser | undefined;
    const key = res.locals.sessionKey as string | undefined;
    stream(req, res, (e) => e, user && key ? { userId: user.id, key } : undefined);
  });

  return r;
}
