/** createApp: the Express application, unstarted, so tests can run it on port 0. */
import express from 'express';
import { existsSync } from 'node:fs';
import type { Services } from '../services.ts';
import { pingDatabase } from '../store/database.ts';
import { accessControl } from './access-control.ts';
import { errorHandler, notFoundApi } from './errors.ts';
import { rejectDeepJson } from './json-depth.ts';
import { securityHeaders } from './security-headers.ts';
import { staticFiles } from './static-files.ts';
import { StorageHealth } from './storage-health.ts';
import { HttpLatency } from '../metrics/http-latency.ts';
import { metricsRoutes, type MetricsSources } from '../metrics/metrics-route.ts';
import { createLogger, logCallback, type Logger } from '../logging/logger.ts';
import { requestIds } from '../logging/request-id.ts';
import { authRoutes } from './routes/auth.ts';
import { counterRoutes } from './routes/counters.ts';
import { eventRoutes } from './routes/events.ts';
import { faqFeedbackRoutes } from './routes/faq-feedback.ts';
import { faqUsageRoutes } from './routes/faq-usage.ts';
import { faqContentRoutes } from './routes/faq-content.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { publicRoutes } from './routes/public.ts';
import { ticketPageRoutes } from './routes/ticket-page.ts';
import { ticketRoutes, type TicketPrinting } from './routes/tickets.ts';
import { supervisionRoutes } from './routes/supervision.ts';
import { userRoutes } from './routes/users.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { surveyRoutes } from '../survey/survey-routes.ts';
import { complaintRoutes, type ComplaintPrinting } from '../complaints/complaint-routes.ts';
import { reportRoutes } from '../reports/report-routes.ts';
import { hqSyncRoutes, type HqSyncRouteOptions } from '../hq-sync/hq-sync-routes.ts';
import { auditRoutes } from '../audit/audit-routes.ts';
import { settingsRoutes } from '../settings/settings-routes.ts';
import { branchHealthRoutes } from '../settings/health-routes.ts';
import { pairingRoutes } from '../pairing/pairing-routes.ts';
import { clockRoutes } from '../clock/clock-routes.ts';

export interface AppOptions {
  /** The Vite build output to serve (kiosk at /, board/, counter/ …). */
  staticDir?: string;
  printing?: TicketPrinting;
  complaintPrinting?: ComplaintPrinting;
  /** Extra routers from other modules (printing, devices), mounted before the 404. */
  extraRoutes?: express.Router[];
  log?: (message: string, error?: unknown) => void;
  /** Structured logs (pino): one line per request with its X-Request-Id; silent when not given. */
  logger?: Logger;
  /** Whether writes reach the disk, for /readyz (main.ts passes one that watches DATA_DIR). */
  health?: StorageHealth;
  /** What /metrics reports beyond the queue: the backups folder, the printers. */
  metrics?: Pick<MetricsSources, 'backupDir' | 'printers' | 'printOutcomes'>;
  /** The head-office link for the sync-health route (main.ts, when HQ_URL is set). */
  hqSync?: HqSyncRouteOptions;
}

export function createApp(services: Services, options: AppOptions = {}): express.Express {
  const logger = options.logger ?? createLogger({ level: 'silent' });
  const log = options.log ?? logCallback(logger);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestIds(logger));
  app.use(securityHeaders);
  const latency = new HttpLatency();
  app.use(latency.middleware());
  app.use(express.json({ limit: '64kb' }));
  app.use(rejectDeepJson);

  const health = options.health ?? new StorageHealth();
  // Every published event follows a committed write: the storage is taking writes again.
  services.bus.subscribe(() => health.markWriteOk());
  const ownListeners = services.bus.size;
  app.get('/healthz', (_req, res) => {
    pingDatabase(services.db);
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    pingDatabase(services.db);
    const readiness = health.readiness();
    res.status(readiness.ready ? 200 : 503).json({ status: readiness.ready ? 'ready' : 'not_ready', ...readiness });
  });
  // Who may call what, from the route contracts (ALL_ROUTES): before every route.
  app.use(accessControl(services));
  app.use(publicRoutes(services));
  app.use(authRoutes(services));
  app.use(ticketRoutes(services, options.printing));
  app.use(counterRoutes(services));
  app.use(eventRoutes(services));
  app.use(ticketPageRoutes(services));
  app.use(faqFeedbackRoutes(services, services.faq));
  app.use(faqUsageRoutes(services, services.faq));
  app.use(faqContentRoutes(services));
  // The bus's other listeners are the live event streams.
  app.use(metricsRoutes(services, { latency, health, sseClients: () => services.bus.size - ownListeners, ...options.metrics }));
  app.use(openApiRoutes());
  app.use(surveyRoutes(services));
  app.use(complaintRoutes(services, options.complaintPrinting));
  app.use(auditRoutes(services));
  app.use(settingsRoutes(services));
  app.use(branchHealthRoutes(services, { backupDir: options.metrics?.backupDir, health }));
  app.use(userRoutes(services));
  app.use(sessionRoutes(services));
  app.use(supervisionRoutes(services));
  app.use(reportRoutes(services));
  app.use(hqSyncRoutes(services, options.hqSync));
  app.use(pairingRoutes(services));
  app.use(clockRoutes(services));
  for (const router of options.extraRoutes ?? []) app.use(router);
  app.use('/api', notFoundApi);

  if (options.staticDir && existsSync(options.staticDir)) {
    // Pages are folders with an index.html (/, /board/, /counter/ …); Vite hashes asset names.
    app.use(staticFiles(options.staticDir));
  }
  app.use(notFoundApi);
  app.use(errorHandler({ log, onStorageFailure: (reason) => health.markFailure(reason) }));
  return app;
}
