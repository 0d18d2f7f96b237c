/**
 * X-Request-Id in and out: a client's id (a proxy's, the kiosk's) is kept when it is a plain token,
 * otherwise one is made; the answer carries it and every log line of the request names it, so one
 * request is followed from the kiosk to the log. One line per answered request.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from './logger.ts';

const CLIENT_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIds(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('X-Request-Id');
    const id = given !== undefined && CLIENT_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    const log = logger.child({ reqId: id });
    res.locals.requestId = id;
    res.locals.log = log;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = (req.route as { path?: unknown } | undefined)?.path;
      const pattern = typeof route === 'string' ? `${req.baseUrl}${route}` : req.path.startsWith('/api/') ? 'unmatched' : 'static';
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { method: req.method, route: pattern, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
      if (res.statusCode >= 500) log.error(line, 'request');
      else if (pattern !== 'static') log.info(line, 'request');
      else log.debug(line, 'request');
    });
    next();
  };
}
