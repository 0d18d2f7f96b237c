/**
 * createHqApp: the head-office server (routes in shared/contracts/hq-server.ts), unstarted so
 * tests run it on port 0. Staff routes take the session token of POST /api/auth/login; the
 * ingest takes a branch key and writes only that branch's events.
 */
import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loginBodySchema } from '../../shared/contracts/auth.ts';
import { createBranchBodySchema, dayParamsSchema, overviewQuerySchema } from '../../shared/contracts/hq-server.ts';
import { configContentSchema, configPullQuerySchema, redeliveryBodySchema } from '../../shared/contracts/hq-config.ts';
import { branchCodeSchema } from '../../shared/contracts/hq-sync.ts';
import { ingestBodySchema, MAX_BATCH_BYTES } from '../../shared/contracts/hq-sync.ts';
import { AppError } from '../../shared/errors.ts';
import { ingestBatch, type IngestHooks } from '../ingest/ingest.ts';
import { overview } from '../reports/overview.ts';
import { authenticateBranch, branchStatuses, createBranch, dayReport } from '../store/branch-store.ts';
import { latestBundle, listBundles, personKey, publishBundle, recordPull, type PersonKey } from '../store/config-store.ts';
import type { HqAuth, HqUser } from '../store/hq-auth.ts';
import { requestRedelivery } from '../store/redelivery-store.ts';
import type { Sql } from '../store/sql.ts';
import { errorHandler, notFound, parseInput } from './errors.ts';

export interface HqAppDeps {
  sql: Sql;
  auth: HqAuth;
  now: () => number;
  staticDir?: string;
  ingestHooks?: IngestHooks;
  /** HQ_PERSON_KEY (64 hex); without it the key is made once and kept in the store. */
  personKeyHex?: string;
  log?: (message: string, error: unknown) => void;
}

const bearer = (header: string | undefined): string | undefined => (header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined);

export function createHqApp(d: HqAppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'" });
    next();
  });
  // A bundle with the whole FAQ is larger than an event batch.
  app.use('/api/hq/config', express.json({ limit: '4mb' }));
  app.use(express.json({ limit: MAX_BATCH_BYTES + 64 * 1024 }));
  let key: Promise<PersonKey> | null = null;
  const nationalKey = () => (key ??= personKey(d.sql, d.personKeyHex, new Date(d.now())).catch((error: unknown) => {
    key = null;
    throw error;
  }));
  const wrap = (fn: RequestHandler): RequestHandler => (req, res, next) => void Promise.resolve(fn(req, res, next)).catch(next);
  const admin: RequestHandler = wrap(async (req, res, next) => {
    const user = await d.auth.userOfToken(bearer(req.get('authorization')));
    if (!user) throw new AppError({ code: 'auth.required', message: 'Sesi tidak valid atau sudah berakhir. Silakan masuk kembali.' });
    res.locals.user = user;
    next();
  });

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.post('/api/auth/login', wrap(async (req, res) => {
    const body = parseInput(loginBodySchema, req.body);
    res.json(await d.auth.login(body.username, body.password));
  }));
  app.post('/api/auth/logout', admin, wrap(async (req, res) => {
    await d.auth.logout(bearer(req.get('authorization')));
    res.status(204).end();
  }));
  app.post('/api/hq/branches', admin, wrap(async (req, res) => {
    res.status(201).json(await createBranch(d.sql, parseInput(createBranchBodySchema, req.body), new Date(d.now())));
  }));
  app.get('/api/hq/branches', admin, wrap(async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ branches: await branchStatuses(d.sql) });
  }));
  app.get('/api/hq/branches/:code/days/:day', admin, wrap(async (req, res) => {
    const p = parseInput(dayParamsSchema, req.params, 'Alamat');
    res.set('Cache-Control', 'no-store').json(await dayReport(d.sql, p.code, p.day));
  }));
  app.get('/api/hq/overview', admin, wrap(async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await overview(d.sql, parseInput(overviewQuerySchema, req.query, 'Kueri'), d.now()));
  }));
  app.post('/api/hq/ingest', wrap(async (req, res) => {
    const code = await authenticateBranch(d.sql, req.get('x-branch-code'), bearer(req.get('authorization')));
    const body = parseInput(ingestBodySchema, req.body, 'Kiriman');
    res.json(await ingestBatch(d.sql, code, body, new Date(d.now()), d.ingestHooks));
  }));
  app.post('/api/hq/config', admin, wrap(async (req, res) => {
    const user = res.locals.user as HqUser;
    res.status(201).json({ bundle: await publishBundle(d.sql, parseInput(configContentSchema, req.body, 'Bundel'), user.username, new Date(d.now())) });
  }));
  app.get('/api/hq/config', admin, wrap(async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ bundles: await listBundles(d.sql) });
  }));
  app.get('/api/hq/config/pull', wrap(async (req, res) => {
    const code = await authenticateBranch(d.sql, req.get('x-branch-code'), bearer(req.get('authorization')));
    await recordPull(d.sql, code, parseInput(configPullQuerySchema, req.query, 'Kueri'), new Date(d.now()));
    const [bundle, pk] = await Promise.all([latestBundle(d.sql), nationalKey()]);
    // The version and the key's id name the answer: an unchanged one costs a 304 and no body.
    const etag = `"cfg-${bundle?.summary.version ?? 0}-${pk.id}"`;
    res.set({ ETag: etag, 'Cache-Control': 'no-cache' });
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    res.json({ bundle, personKey: pk });
  }));
  app.post('/api/hq/branches/:code/redeliveries', admin, wrap(async (req, res) => {
    const { code } = parseInput(z.object({ code: branchCodeSchema }), req.params, 'Alamat');
    const user = res.locals.user as HqUser;
    res.status(201).json({ redelivery: await requestRedelivery(d.sql, code, parseInput(redeliveryBodySchema, req.body), user.username, new Date(d.now())) });
  }));
  app.use('/api', notFound);
  if (d.staticDir && existsSync(join(d.staticDir, 'hq'))) {
    app.get('/', (_req, res) => res.redirect('/hq/'));
    app.use('/hq', express.static(join(d.staticDir, 'hq'), { index: 'index.html' }));
    app.use('/assets', express.static(join(d.staticDir, 'assets'), { immutable: true, maxAge: '1y' }));
  }
  app.use(notFound);
  app.use(errorHandler(d.log ?? ((m, e) => console.error(m, e))));
  return app;
}
