import { describe, expect, it } from 'vitest';
import { callClips, callSentence, parseTicketNumber } from './clips.ts';

describe('voice call limits', () => {
  it('counter numbers from 0 to 999 999 are said; outside that, nothing', () => {
    expect(callClips({ ticketNumber: 'A-001', counterSpokenNumber: 0 })?.at(-1)).toBe('nol');
    expect(callClips({ ticketNumber: 'A-001', counterSpokenNumber: 999_999 })).not.toBeNull();
    expect(callClips({ ticketNumber: 'A-001', counterSpokenNumber: 1_000_000 })).toBeNull();
  });

  it('ticket numbers: one to three letters, one to six digits, spaces and case forgiven', () => {
    expect(parseTicketNumber(' abc-123456 ')).toEqual({ letters: ['A', 'B', 'C'], value: 123456 });
    expect(parseTicketNumber('ABCD-1')).toBeNull();
    expect(parseTicketNumber('A-1234567')).toBeNull();
    expect(parseTicketNumber('-12')).toBeNull();
    expect(parseTicketNumber('A-')).toBeNull();
    expect(callClips({ ticketNumber: 'AB-2', counterSpokenNumber: 1 })).toEqual(['chime', 'nomor-antrian', 'huruf-a', 'huruf-b', 'dua', 'silakan-menuju-loket', 'satu']);
  });

  it('the sentence for browser speech says the letters by name, and refuses what it cannot say', () => {
    expect(callSentence({ ticketNumber: 'QX-20', counterSpokenNumber: 12 })).toBe('Nomor antrian ki eks dua puluh, silakan menuju loket dua belas');
    expect(callSentence({ ticketNumber: 'bukan', counterSpokenNumber: 1 })).toBeNull();
    expect(callSentence({ ticketNumber: 'A-1', counterSpokenNumber: -1 })).toBeNull();
    expect(callSentence({ ticketNumber: 'A-1', counterSpokenNumber: 1.5 })).toBeNull();
  });
});
