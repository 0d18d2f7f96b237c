/**
 * The live event stream (SSE). A client reconnecting with Last-Event-ID first receives what it
 * missed from the stored log, then live events. Replay and subscription happen in the same tick,
 * and writes are synchronous, so no event can fall between the two.
 */
import { Router, type Response } from 'express';
import type { QueueEvent } from '../../../shared/contracts/events.ts';
import type { Services } from '../../services.ts';

const MAX_REPLAY = 1000;
const HEARTBEAT_MS = 15_000;

function parseLastId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

function send(res: Response, e: QueueEvent): void {
  res.write(`id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
}

export function eventRoutes(s: Services): Router {
  const r = Router();

  r.get('/api/events', (req, res) => {
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
        for (const e of missed) send(res, e);
        lastSent = missed.at(-1)?.id ?? lastSent;
      }
    }
    const unsubscribe = s.bus.subscribe((e) => {
      if (lastSent !== null && e.id <= lastSent) return;
      send(res, e);
      lastSent = e.id;
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    req.on('close', stop);
    res.on('error', stop);
  });

  return r;
}
