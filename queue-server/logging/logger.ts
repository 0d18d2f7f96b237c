/**
 * Structured JSON logs (pino), one object per line on stdout, for head office's log shipper.
 * Personal data stays out: request logs carry the method, the route PATTERN (never the raw path or
 * its query, where a NIK, a phone number, a check code or a token could sit), the status and the
 * time; secrets and personal fields are redacted wherever a caller logs an object.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

const REDACT = [
  'password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'req.headers.authorization', 'req.headers.cookie',
  'nik', '*.nik', 'phone', '*.phone', 'name', '*.name', 'reporter', '*.reporter', 'email', '*.email',
];

export function createLogger(options: { level?: string | undefined; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level && ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(options.level) ? options.level : 'info';
  return pino(
    {
      level,
      base: { service: 'queue-server' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[disamarkan]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? process.stdout,
  );
}

/** The (message, error?) callback the older modules take, writing to the logger. */
export function logCallback(logger: Logger, level: 'info' | 'warn' | 'error' = 'error'): (message: string, error?: unknown) => void {
  return (message, error) => {
    if (error === undefined) logger[level](message);
    else logger[level]({ err: error instanceof Error ? error : new Error(String(error)) }, message);
  };
}
