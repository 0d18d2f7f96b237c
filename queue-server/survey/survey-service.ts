/**
 * The survey's use cases: mint a token when a ticket is finished (inside that transaction), hand
 * it to the counter tablet or the kiosk, accept one response per token, and nothing else. Answers
 * leave this module only as aggregates (ikm-report.ts); no route returns a single response.
 */
import { serviceDayOf, startOfServiceDay } from '../../shared/calendar/timezone.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { SurveyBody, SurveyInvitation } from '../../shared/contracts/survey.ts';
import { AppError } from '../../shared/errors.ts';
import { QUESTIONNAIRE_VERSION, SKM_ELEMENTS, type SkmAnswers } from '../../shared/survey/elements.ts';
import type { Actor } from '../engine/actor.ts';
import type { StoredTicket } from '../store/ticket-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import type { SurveyRepository, TokenRow } from '../store/survey-repository.ts';
import { sameKey, SurveyTokens } from './survey-tokens.ts';

/** How long after the finish the counter tablet still opens the survey by itself. */
export const TABLET_OFFER_MINUTES = 15;

export interface SurveyDeps {
  store: SurveyRepository;
  tokens: SurveyTokens;
  uow: UnitOfWork;
  config: BranchConfig;
  now: () => number;
  /** The questionnaire version in force (head office's bundle may set it); the build's by default. */
  questionnaire?: (() => string) | undefined;
}

/** Free text may carry what a visitor should not have typed: NIK/KPJ-like digit runs, phone numbers. */
export function scrubComment(text: string): string {
  return text
    .replace(/(?:\+?62|0)8[\d\s-]{7,14}\d/g, '[nomor disamarkan]')
    .replace(/\d[\d\s.-]{9,}\d/g, (run) => (run.replace(/\D/g, '').length >= 10 ? '[nomor disamarkan]' : run));
}

export function normaliseTicketNumber(text: string): string | null {
  const m = /^([A-Za-z])\s*-?\s*(\d{1,4})$/.exec(text.trim());
  if (!m) return null;
  return `${(m[1] ?? '').toUpperCase()}-${(m[2] ?? '').padStart(3, '0')}`;
}

/** The ticket id in a scanned QR ("http://…/tiket/<id>?k=…") or a bare id. */
export function ticketIdInScan(text: string): string | null {
  const m = /\/tiket\/([A-Za-z0-9-]{1,64})(?:[?#/]|$)/.exec(text.trim());
  return m?.[1] ?? null;
}

export class SurveyService {
  constructor(private readonly d: SurveyDeps) {}

  private serviceOf(serviceId: string) {
    return this.d.config.services.find((s) => s.id === serviceId);
  }

  /** Inside the finish transaction: make the ticket's token valid until the end of its service day. */
  mintFor(ticket: StoredTicket, actor: Actor): void {
    const now = this.d.now();
    const expiresAt = startOfServiceDay(now, this.d.config.branch.timeZone) + 86_400_000;
    this.d.store.insertToken({
      ticketId: ticket.id,
      tokenHash: SurveyTokens.hash(this.d.tokens.tokenOf(ticket.id)),
      serviceDay: ticket.serviceDay,
      serviceId: ticket.serviceId,
      counterId: ticket.counterId,
      officerId: actor.userId,
      mintedAt: now,
      expiresAt,
    });
    // Public stream: which counter finished which ticket, never the token (see contracts/survey.ts).
    this.d.uow.emit('survey.offered', { counterId: ticket.counterId, ticketId: ticket.id, number: ticket.number, serviceId: ticket.serviceId, expiresAt: new Date(expiresAt).toISOString() }, now);
  }

  private invitationOf(row: TokenRow, number: string): SurveyInvitation {
    const service = this.serviceOf(row.service_id);
    return {
      ticketId: row.ticket_id,
      number,
      serviceId: row.service_id,
      serviceName: service?.name ?? row.service_id,
      ...(service?.nameEn ? { serviceNameEn: service.nameEn } : {}),
      token: this.d.tokens.tokenOf(row.ticket_id),
      expiresAt: new Date(row.expires_at).toISOString(),
    };
  }

  /** For the finish answer: `{token, url, expiresAt}` of a ticket just finished. */
  finishAnswerOf(ticketId: string, baseUrl: string): { token: string; url: string; expiresAt: string } {
    const row = this.d.store.tokenByTicket(ticketId);
    if (!row) throw new AppError({ code: 'survey.not_served', message: 'Tiket ini belum selesai dilayani.' });
    const token = this.d.tokens.tokenOf(ticketId);
    return { token, url: `${baseUrl}/survei/?token=${token}`, expiresAt: new Date(row.expires_at).toISOString() };
  }

  /** What the counter tablet shows: the ticket its counter just finished, if still unanswered. */
  pendingFor(counterId: string): SurveyInvitation | null {
    if (!this.d.config.counters.some((c) => c.id === counterId)) {
      throw new AppError({ code: 'counter.not_found', message: `Loket "${counterId}" tidak dikenal. Periksa alamat tablet (?loket=).` });
    }
    const now = this.d.now();
    const row = this.d.store.pendingOfCounter(counterId, now, now - TABLET_OFFER_MINUTES * 60_000);
    if (!row) return null;
    return this.invitationOf(row, this.d.store.ticket(row.ticket_id)?.number ?? '');
  }

  /** The kiosk tile: a typed number (today's) or a scanned QR -> the ticket's invitation. */
  claim(text: string): { invitation: SurveyInvitation; answered: boolean } {
    const scannedId = ticketIdInScan(text);
    const number = scannedId === null ? normaliseTicketNumber(text) : null;
    if (scannedId === null && number === null) {
      throw new AppError({ code: 'request.invalid', message: `"${text.slice(0, 20)}" bukan nomor antrean. Ketik huruf dan angka pada tiket, misalnya A-012.` });
    }
    const today = serviceDayOf(new Date(this.d.now()), this.d.config.branch.timeZone);
    const ticketId = scannedId ?? this.d.store.ticketIdByNumber(today, number ?? '');
    const ticket = ticketId === null ? null : this.d.store.ticket(ticketId);
    const shown = ticket?.number ?? number ?? '';
    if (!ticket) throw new AppError({ code: 'survey.ticket_not_found', message: `Tiket ${shown} hari ini tidak ditemukan. Periksa kembali nomor pada tiket Anda.` });
    const row = this.d.store.tokenByTicket(ticket.id);
    if (!row || ticket.status !== 'done') {
      throw new AppError({ code: 'survey.not_served', message: `Tiket ${ticket.number} belum selesai dilayani. Survei dapat diisi setelah pelayanan di loket selesai.` });
    }
    this.assertOpen(row, ticket.number);
    return { invitation: this.invitationOf(row, ticket.number), answered: false };
  }

  /** The phone: what a token is for (number and service), and whether it was already used. */
  describe(token: string): { invitation: SurveyInvitation; answered: boolean } {
    const row = this.rowOfToken(token);
    const number = this.d.store.ticket(row.ticket_id)?.number ?? '';
    if (row.used_at === null) this.assertOpen(row, number);
    return { invitation: this.invitationOf(row, number), answered: row.used_at !== null };
  }

  /** The status page opened from the paper QR: the token, if `key` is the paper's own. */
  tokenForPaper(ticketId: string, key: string | undefined): string | null {
    if (key === undefined || !sameKey(this.d.tokens.paperKeyOf(ticketId), key)) return null;
    const row = this.d.store.tokenByTicket(ticketId);
    if (!row || row.used_at !== null || row.expires_at <= this.d.now()) return null;
    return this.d.tokens.tokenOf(ticketId);
  }

  paperKeyOf(ticketId: string): string {
    return this.d.tokens.paperKeyOf(ticketId);
  }

  /** One response per token: the token is used in the same transaction that stores the answers. */
  submit(body: SurveyBody): { id: number; receivedAt: string } {
    return this.d.uow.write(() => {
      const row = this.rowOfToken(body.token);
      const number = this.d.store.ticket(row.ticket_id)?.number ?? '';
      this.assertOpen(row, number);
      const now = this.d.now();
      if (!this.d.store.markUsed(row.ticket_id, now)) throw this.alreadyAnswered(number);
      const answers: SkmAnswers = {};
      for (const e of SKM_ELEMENTS) {
        const v = body.answers[e];
        if (v !== undefined && v !== null) answers[e] = v;
      }
      const comment = body.comment ? scrubComment(body.comment) : null;
      const id = this.d.store.insertResponse({
        ticketId: row.ticket_id,
        serviceDay: row.service_day,
        serviceId: row.service_id,
        counterId: row.counter_id,
        officerId: row.officer_id,
        questionnaire: this.d.questionnaire?.() ?? QUESTIONNAIRE_VERSION,
        overall: body.overall,
        answers,
        comment: comment === '' ? null : comment,
        language: body.language ?? null,
        createdAt: now,
      });
      // For head office: the scores, never the comment (free text stays at the branch).
      this.d.uow.record('survey.answered', { ticketId: row.ticket_id, serviceId: row.service_id, counterId: row.counter_id, questionnaire: this.d.questionnaire?.() ?? QUESTIONNAIRE_VERSION, overall: body.overall, answers }, now);
      return { id, receivedAt: new Date(now).toISOString() };
    });
  }

  private rowOfToken(token: string): TokenRow {
    const row = this.d.store.tokenByHash(SurveyTokens.hash(token));
    if (!row) throw new AppError({ code: 'survey.token_invalid', message: 'Tautan atau kode survei ini tidak dikenal. Survei dapat diisi di tablet loket atau di Kios-K dengan tiket Anda.' });
    return row;
  }

  private assertOpen(row: TokenRow, number: string): void {
    if (row.used_at !== null) throw this.alreadyAnswered(number);
    if (row.expires_at <= this.d.now()) {
      throw new AppError({ code: 'survey.token_expired', message: `Survei untuk tiket ${number} hanya dapat diisi pada hari pelayanan. Terima kasih atas perhatian Anda.` });
    }
  }

  private alreadyAnswered(number: string): AppError {
    return new AppError({ code: 'survey.already_answered', message: `Survei untuk tiket ${number} sudah diisi. Terima kasih atas partisipasi Anda.` });
  }
}
