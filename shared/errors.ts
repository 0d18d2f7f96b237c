/**
 * The one error type of the product. Every failure a client can cause is an AppError with a
 * domain code ("ticket.wrong_state", "counter.busy" …), so clients tell failures apart by code,
 * never by message text. ERROR_STATUS is the one map from a code to its HTTP status. Messages are
 * in Bahasa Indonesia because they reach visitors and officers, and say what to do next.
 */
export const ERROR_STATUS = {
  // The request itself
  'request.invalid': 400,
  'request.malformed': 400,
  'request.too_large': 413,
  'route.not_found': 404,
  'idempotency.key_reused': 409,
  // Staff sign-in and permissions
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.forbidden': 403,
  'auth.rate_limited': 429,
  'auth.setup_done': 409,
  'auth.setup_code_wrong': 403,
  'user.exists': 409,
  'kiosk.not_allowed': 403,
  // Services, counters, tickets
  'service.not_found': 404,
  'service.unknown': 400,
  'counter.not_found': 404,
  'counter.busy': 409,
  'counter.held_by_other': 403,
  'counter.paused': 409,
  'counter.not_paused': 409,
  'counter.not_open': 409,
  'counter.has_active_ticket': 409,
  'counter.no_active_ticket': 409,
  'ticket.not_found': 404,
  'ticket.wrong_state': 409,
  'ticket.changed': 409,
  'ticket.same_service': 400,
  'recall.limit_reached': 409,
  'recall.too_soon': 409,
  'help.not_found': 404,
  'help.already_resolved': 409,
  // FAQ and printing
  'faq.unavailable': 503,
  'faq.not_found': 404,
  'faq.not_checklist': 400,
  'printer.not_found': 404,
  'print_job.not_found': 404,
  'print.unavailable': 503,
  // Survey
  'survey.token_invalid': 400,
  'survey.token_expired': 410,
  'survey.already_answered': 409,
  'survey.ticket_not_found': 404,
  'survey.not_served': 409,
  // Complaints
  'complaint.not_found': 404,
  'complaint.wrong_state': 409,
  'complaint.category_unknown': 400,
  'complaint.officer_unknown': 400,
  'complaint.lookup_rate_limited': 429,
  // Trust: accounts, sign-in limits, roles
  'user.not_found': 404,
  'counter.not_held': 409,
  'stream.too_many': 429,
  'stream.full': 503,
  'help.too_many': 429,
  'counter.officer_elsewhere': 409,
  'user.self': 409,
  'auth.password_wrong': 403,
  // Officers' console
  'ticket.other_counter': 409,
  'counter.wrong_service': 400,
  // Kiosk floor (fast track per service)
  'ticket.fast_track_not_offered': 400,
  // Head office (hq-server)
  'hq.branch_exists': 409,
  'hq.branch_not_found': 404,
  'hq.branch_key_invalid': 401,
  'hq.wrong_branch': 403,
  'hq.event_conflict': 409,
  // Head office: configuration bundles and re-delivery
  'hq.redelivery_range': 400,
  // Administration (branch settings)
  'settings.invalid': 400,
  // Device pairing
  'device.not_found': 404,
  'device.code_unknown': 404,
  'device.kind_mismatch': 409,
  'device.pairing_rate_limited': 429,
  'device.pairing_busy': 429,
  // Browser sessions (cookie + CSRF)
  'auth.csrf': 403,
  // Administration: two administrators saving the same section
  'settings.conflict': 409,
  // Clock safety (the server's clock guard)
  'clock.not_jumped': 409,
  // The server
  unavailable: 503,
  internal: 500,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as AppErrorCode[];


export interface ErrorBody {
  error: { code: AppErrorCode; message: string; details?: unknown };
}

export interface AppErrorOptions {
  code: AppErrorCode;
  /** Indonesian, for the visitor or officer: what went wrong and what to do next. */
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(options: AppErrorOptions) {
    super(options.message);
    this.name = 'AppError';
    this.code = options.code;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
