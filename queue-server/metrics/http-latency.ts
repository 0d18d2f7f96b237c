/**
 * HTTP latency by route, kept in memory as histogram bucket counts (so memory stays flat however
 * long the server runs). The route is Express's matched pattern (/api/tickets/:id/finish), never the
 * raw path, so ids do not each become a series.
 */
import type { RequestHandler } from 'express';
import type { Family, HistogramSeries, Labels } from './prometheus-text.ts';

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface Series {
  labels: Labels;
  counts: number[];
  sum: number;
  count: number;
}

export class HttpLatency {
  private readonly series = new Map<string, Series>();

  observe(labels: Labels, seconds: number): void {
    const key = JSON.stringify(labels);
    const s = this.series.get(key) ?? { labels, counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
    this.series.set(key, s);
    LATENCY_BUCKETS.forEach((le, i) => {
      if (seconds <= le) s.counts[i] = (s.counts[i] ?? 0) + 1;
    });
    s.sum += seconds;
    s.count += 1;
  }

  family(): Family {
    const series: HistogramSeries[] = [...this.series.values()].map((s) => ({
      labels: s.labels,
      buckets: LATENCY_BUCKETS.map((le, i) => [le, s.counts[i] ?? 0] as const),
      sum: s.sum,
      count: s.count,
    }));
    return { name: 'kiosk_http_request_duration_seconds', help: 'Time to answer an HTTP request, by method, route pattern and status.', type: 'histogram', series };
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        // An event stream is open for hours by design; its length is not a latency.
        if (String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream')) return;
        const route = (req.route as { path?: unknown } | undefined)?.path;
        const pattern = typeof route === 'string' ? `${req.baseUrl}${route}` : req.path.startsWith('/api/') ? 'unmatched' : 'static';
        this.observe({ method: req.method, route: pattern, status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
      });
      next();
    };
  }
}
