import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { assertCanApply, canApply, TICKET_ACTIONS } from './lifecycle.ts';
import { TICKET_STATUSES, type TicketStatus } from './ticket.ts';

/** The lifecycle as the README states it, written out again: action -> statuses it may start from. */
const LEGAL: Record<(typeof TICKET_ACTIONS)[number], TicketStatus[]> = {
  call: ['waiting'],
  recall: ['called'],
  start: ['called'],
  finish: ['serving'],
  'no-show': ['called'],
  return: ['missed'],
  transfer: ['waiting', 'called', 'serving'],
  // Cancel is refused while serving: the visitor is at the counter, the officer finishes instead.
  cancel: ['waiting', 'called', 'missed'],
  expire: ['waiting', 'called', 'serving', 'missed'],
};

describe('ticket lifecycle table', () => {
  for (const action of TICKET_ACTIONS) {
    for (const status of TICKET_STATUSES) {
      const legal = LEGAL[action].includes(status);
      it(`${action} from ${status}: ${legal ? 'allowed' : 'refused'}`, () => {
        expect(canApply(status, action)).toBe(legal);
        if (legal) expect(() => assertCanApply({ number: 'A-001', status }, action)).not.toThrow();
        else expect(() => assertCanApply({ number: 'A-001', status }, action)).toThrow(AppError);
      });
    }
  }

  it('a refusal names the ticket, the action and the status in Indonesian, with the code ticket.wrong_state', () => {
    let caught: unknown;
    try {
      assertCanApply({ number: 'B-014', status: 'serving' }, 'cancel');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('ticket.wrong_state');
    expect(error.message).toBe('Tiket B-014 tidak dapat dibatalkan karena statusnya sedang dilayani. Muat ulang daftar antrean lalu coba lagi.');
    expect(error.details).toEqual({ status: 'serving', action: 'cancel' });
  });

  it('every action has its own Indonesian wording in the refusal', () => {
    const wording = TICKET_ACTIONS.map((action) => {
      try {
        assertCanApply({ number: 'A-001', status: 'done' }, action);
      } catch (error) {
        return (error as AppError).message;
      }
      return '';
    });
    expect(wording.map((m) => m.replace(/^Tiket A-001 tidak dapat (.*) karena statusnya selesai\. Muat ulang daftar antrean lalu coba lagi\.$/, '$1'))).toEqual([
      'dipanggil',
      'dipanggil ulang',
      'mulai dilayani',
      'diselesaikan',
      'ditandai tidak hadir',
      'dikembalikan ke antrean',
      'dialihkan ke layanan lain',
      'dibatalkan',
      'ditutup',
    ]);
  });
});
