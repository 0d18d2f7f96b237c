import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS } from '../../shared/complaints/lifecycle.ts';
import { timelineLabel } from './detail.ts';

describe('the console timeline', () => {
  it('names every kind the server records in Indonesian, never by its code', () => {
    for (const kind of TIMELINE_KINDS) {
      const label = timelineLabel(kind);
      expect(label, kind).not.toBe(kind);
      expect(label, kind).toMatch(/^\p{Lu}[^_]+$/u);
    }
    expect(timelineLabel('request_data')).toBe('Kelengkapan data diminta (jam hukum dijeda)');
    expect(timelineLabel('auto_close_incomplete')).toBe('Ditutup otomatis (data tidak lengkap dalam 30 hari)');
  });

  it('shows a kind this build does not know as a system note, and no inherited property as a label', () => {
    expect(timelineLabel('kind_from_a_newer_build')).toBe('Catatan sistem (kind_from_a_newer_build)');
    expect(timelineLabel('toString')).toBe('Catatan sistem (toString)');
  });
});
