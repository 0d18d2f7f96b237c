/**
 * The kiosk's only door to the queue-server (same origin: the server serves the kiosk).
 * Every answer is parsed; every failure becomes a KioskRequestError the flows can act on.
 * Timeouts belong to the callers (the machines), which pass an AbortSignal.
 */
import type { FastTrackReason } from '../../../shared/queue/ticket.ts';
import { KioskRequestError } from './request-error.ts';
import { errorMessageOf, parseHelpAnswer, parseIssueAnswer, parseServicesAnswer, type IssueAnswer, type Parser } from './schemas.ts';
import { FAIL } from './validate.ts';
import type { ServiceDto } from '../../../shared/contracts/http.ts';

export interface IssueRequest {
  serviceId: string;
  fastTrack: FastTrackReason | null;
  idempotencyKey: string;
}

export interface KioskApi {
  loadServices(signal: AbortSignal): Promise<ServiceDto[]>;
  issueTicket(request: IssueRequest, signal: AbortSignal): Promise<IssueAnswer>;
  requestHelp(source: string, signal: AbortSignal): Promise<void>;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export function createKioskApi(options: { baseUrl: string; fetch: FetchLike }): KioskApi {
  async function call<T>(path: string, init: RequestInit, parse: Parser<T>): Promise<T> {
    let response: Response;
    try {
      response = await options.fetch(`${options.baseUrl}${path}`, init);
    } catch (error) {
      // An abort is the caller's timeout; anything else is the network (server down, cable out).
      throw new KioskRequestError(init.signal?.aborted ? 'timeout' : 'offline', null, null, { cause: error });
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const parsed = parse(body);
      if (parsed === FAIL) throw new KioskRequestError('invalid', null, response.status);
      return parsed;
    }
    // 429 and 5xx are passing troubles; other 4xx mean "not like this".
    if (response.status === 429 || response.status >= 500) throw new KioskRequestError('server', null, response.status);
    throw new KioskRequestError('rejected', errorMessageOf(body), response.status);
  }

  const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

  return {
    async loadServices(signal) {
      return call('/api/services', { method: 'GET', headers: { accept: 'application/json' }, signal, cache: 'no-store' }, parseServicesAnswer);
    },
    async issueTicket(request, signal) {
      const body = JSON.stringify({ serviceId: request.serviceId, fastTrack: request.fastTrack });
      const headers = { ...jsonHeaders, 'idempotency-key': request.idempotencyKey };
      return call('/api/tickets', { method: 'POST', headers, body, signal }, parseIssueAnswer);
    },
    async requestHelp(source, signal) {
      await call('/api/help-requests', { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ source }), signal }, parseHelpAnswer);
    },
  };
}
