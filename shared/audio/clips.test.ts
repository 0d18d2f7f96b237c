import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callClips, callSentence, clipCatalogue, parseTicketNumber } from './clips.ts';

describe('callClips', () => {
  it('says A-012 at counter 3 as chime, nomor antrian, A, dua belas, silakan menuju loket, tiga', () => {
    expect(callClips({ ticketNumber: 'A-012', counterSpokenNumber: 3 })).toEqual([
      'chime', 'nomor-antrian', 'huruf-a', 'dua', 'belas', 'silakan-menuju-loket', 'tiga',
    ]);
  });

  it('uses the irregular single-word forms', () => {
    expect(callClips({ ticketNumber: 'B-111', counterSpokenNumber: 10 })).toEqual([
      'chime', 'nomor-antrian', 'huruf-b', 'seratus', 'sebelas', 'silakan-menuju-loket', 'sepuluh',
    ]);
    expect(callClips({ ticketNumber: 'C-1000', counterSpokenNumber: 21 })).toEqual([
      'chime', 'nomor-antrian', 'huruf-c', 'seribu', 'silakan-menuju-loket', 'dua', 'puluh', 'satu',
    ]);
  });

  it('drops the leading zeros of the printed number', () => {
    expect(callClips({ ticketNumber: 'A-007', counterSpokenNumber: 1 })).toEqual([
      'chime', 'nomor-antrian', 'huruf-a', 'tujuh', 'silakan-menuju-loket', 'satu',
    ]);
  });

  it('returns null for what is not a ticket number or counter number, instead of throwing', () => {
    for (const bad of ['', 'A-', '-012', 'ABCD-1', 'A-1234567', '12', 'Ä-001', 'A 0x1']) {
      expect(callClips({ ticketNumber: bad, counterSpokenNumber: 3 })).toBeNull();
    }
    expect(callClips({ ticketNumber: 'A-001', counterSpokenNumber: -1 })).toBeNull();
    expect(callClips({ ticketNumber: 'A-001', counterSpokenNumber: 2.5 })).toBeNull();
    expect(callClips({ ticketNumber: 'A-001', counterSpokenNumber: Number.NaN })).toBeNull();
  });

  it('only ever asks for clips that the catalogue has', () => {
    const catalogue = clipCatalogue();
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{1,3}$/),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 999_999 }),
        (letters, n, counter) => {
          const clips = callClips({ ticketNumber: `${letters}-${String(n).padStart(3, '0')}`, counterSpokenNumber: counter });
          expect(clips).not.toBeNull();
          for (const c of clips ?? []) expect(catalogue).toHaveProperty([c]);
        },
      ),
    );
  });
});

describe('parseTicketNumber', () => {
  it('accepts the server format and a missing dash', () => {
    expect(parseTicketNumber('A-012')).toEqual({ letters: ['A'], value: 12 });
    expect(parseTicketNumber('b012')).toEqual({ letters: ['B'], value: 12 });
  });
});

describe('callSentence', () => {
  it('is the same call for browser speech', () => {
    expect(callSentence({ ticketNumber: 'A-012', counterSpokenNumber: 3 })).toBe(
      'Nomor antrian a dua belas, silakan menuju loket tiga',
    );
  });
});

describe('clipCatalogue', () => {
  it('has a text for every clip except the synthesised chime, and file-safe ids', () => {
    const catalogue = clipCatalogue();
    expect(Object.keys(catalogue).length).toBe(3 + 21 + 26);
    for (const [id, text] of Object.entries(catalogue)) {
      expect(id).toMatch(/^[a-z][a-z-]*$/);
      if (id !== 'chime') expect(text.length).toBeGreaterThan(0);
    }
  });
});
