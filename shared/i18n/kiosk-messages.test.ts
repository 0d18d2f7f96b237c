import { describe, expect, it } from 'vitest';
import { kioskMessages, LANGUAGES } from './index.ts';

describe('kiosk strings', () => {
  it('Indonesian and English have the same keys, none empty', () => {
    const id = kioskMessages('id');
    const en = kioskMessages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const language of LANGUAGES) {
      for (const [key, value] of Object.entries(kioskMessages(language))) {
        const text = typeof value === 'function' ? value(3) : value;
        expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('counts read naturally, including zero', () => {
    const id = kioskMessages('id');
    expect(id.peopleWaiting(0)).toBe('Tidak ada yang menunggu');
    expect(id.peopleWaiting(4)).toBe('4 orang menunggu');
    expect(id.resultAhead(0)).toBe('Anda berikutnya');
    expect(kioskMessages('en').resultAhead(1)).toBe('1 person before you');
  });
});
