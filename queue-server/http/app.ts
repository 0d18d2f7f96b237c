/** createApp: the Express application, unstarted, so tests can run it on port 0. */
import express from 'express';
import { existsSync } from 'node:fs';
import type { Services } from '../services.ts';
import { errorHandler, notFoundApi } from './errors.ts';
import { authRoutes } from './routes/auth.ts';
import { counterRoutes } from './routes/counters.ts';
import { eventRoutes } from './routes/events.ts';
import { faqFeedbackRoutes } from './routes/faq-feedback.ts';
import { publicRoutes } from './routes/public.ts';
import { ticketPageRoutes } from './routes/ticket-page.ts';
import { ticketRoutes, type TicketPrinting } from './routes/tickets.ts';
import { complaintRoutes, type ComplaintPrinting } from '../complaints/complaint-routes.ts';

export interface AppOptions {
  /** The Vite build output to serve (kiosk at /, board/, counter/ …). */
  staticDir?: string;
  printing?: TicketPrinting;
  complaintPrinting?: ComplaintPrinting;
  /** Extra routers from other modules (printing, devices), mounted before the 404. */
  extraRoutes?: express.Router[];
  log?: (message: string, error?: unknown) => void;
}

export function createApp(services: Services, options: AppOptions = {}): express.Express {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(express.json({ limit: '64kb' }));

  app.get('/healthz', (_req, res) => {
    services.db.prepare('SELECT 1').get();
    res.json({ status: 'ok' });
  });
  app.use(publicRoutes(services));
  app.use(authRoutes(services));
  app.use(ticketRoutes(services, options.printing));
  app.use(counterRoutes(services));
  app.use(eventRoutes(services));
  app.use(ticketPageRoutes(services));
  app.use(faqFeedbackRoutes(services));
  app.use(complaintRoutes(services, options.complaintPrinting));
  for (const router of options.extraRoutes ?? []) app.use(router);
  app.use('/api', notFoundApi);

  if (options.staticDir && existsSync(options.staticDir)) {
    // Pages are folders with an index.html (/, /board/, /counter/ …); Vite hashes asset names.
    app.use(express.static(options.staticDir, { index: 'index.html' }));
  }
  app.use(notFoundApi);
  app.use(errorHandler(log));
  return app;
}
