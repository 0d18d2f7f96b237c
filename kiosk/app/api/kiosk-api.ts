/**
 * The kiosk's only door to the queue-server (same origin: the server serves the kiosk).
 * Every answer is parsed with the contract's own schema (shared/contracts, zod/mini, loaded after
 * the first screen: answer-parsers.ts); every
 * failure becomes a KioskRequestError the flows can act on, carrying the server's error code.
 * Timeouts belong to the callers (the machines), which pass an AbortSignal.
 */
import type { z } from 'zod/mini';
import type { ServiceDto } from '../../../shared/contracts/queue.ts';
import type { IssueTicketResponse } from '../../../shared/contracts/tickets.ts';
import type { FastTrackReason } from '../../../shared/queue/ticket.ts';
import { answerParsers } from './lazy-parsers.ts';
import { KioskRequestError } from './request-error.ts';

export interface IssueRequest {
  serviceId: string;
  fastTrack: FastTrackReason | null;
  idempotencyKey: string;
}

export type IssueAnswer = IssueTicketResponse;

export interface KioskApi {
  loadServices(signal: AbortSignal): Promise<ServiceDto[]>;
  issueTicket(request: IssueRequest, signal: AbortSignal): Promise<IssueAnswer>;
  requestHelp(source: string, signal: AbortSignal): Promise<void>;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export function createKioskApi(options: { baseUrl: string; fetch: FetchLike }): KioskApi {
  type Parsers = Awaited<ReturnType<typeof answerParsers>>;
  async function call<S extends z.core.$ZodType>(path: string, init: RequestInit, pick: (parsers: Parsers) => S): Promise<z.output<S>> {
    let response: Response;
    let parsers: Parsers;
    try {
      [response, parsers] = await Promise.all([options.fetch(`${options.baseUrl}${path}`, init), answerParsers()]);
    } catch (error) {
      // An abort is the caller's timeout; anything else is the network (server down, cable out).
      throw new KioskRequestError(init.signal?.aborted ? 'timeout' : 'offline', null, null, { cause: error });
    }
    const { errorOf, parseOrNull } = parsers;
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const parsed = parseOrNull(pick(parsers), body);
      if (parsed === null) throw new KioskRequestError('invalid', null, response.status);
      return parsed;
    }
    // 429 and 5xx are passing troubles; other 4xx mean "not like this".
    if (response.status === 429 || response.status >= 500) throw new KioskRequestError('server', errorOf(body), response.status);
    throw new KioskRequestError('rejected', errorOf(body), response.status);
  }

  const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

  return {
    async loadServices(signal) {
      return (await call('/api/services', { method: 'GET', headers: { accept: 'application/json' }, signal, cache: 'no-store' }, (p) => p.servicesAnswerSchema)).services;
    },
    async issueTicket(request, signal) {
      const body = JSON.stringify({ serviceId: request.serviceId, fastTrack: request.fastTrack });
      const headers = { ...jsonHeaders, 'idempotency-key': request.idempotencyKey };
      return call('/api/tickets', { method: 'POST', headers, body, signal }, (p) => p.issueTicketResponseSchema);
    },
    async requestHelp(source, signal) {
      await call('/api/help-requests', { method: 'POST', headers: jsonHeaders, body: JSON.stringify({ source }), signal }, (p) => p.helpAnswerSchema);
    },
  };
}
