/** The kiosk's and the FAQ's worded numbers, in both languages, at 0, 1 and many. */
import { describe, expect, it } from 'vitest';
import { faqMessages } from './faq-strings.ts';
import { DEFAULT_LANGUAGE, kioskMessages, LANGUAGE_TAG } from './index.ts';

describe('kiosk messages with numbers', () => {
  const id = kioskMessages('id');
  const en = kioskMessages('en');

  it('Indonesian', () => {
    expect(id.idleCountdown(20)).toBe('Layar akan kembali ke awal dalam 20 detik.');
    expect([id.peopleWaiting(0), id.peopleWaiting(1), id.peopleWaiting(12)]).toEqual(['Tidak ada yang menunggu', '1 orang menunggu', '12 orang menunggu']);
    expect([id.estimatedWait(-1), id.estimatedWait(0), id.estimatedWait(1)]).toEqual(['Bisa segera dilayani', 'Bisa segera dilayani', 'Perkiraan menunggu 1 menit']);
    expect(id.retryAttempt(2)).toBe('Percobaan ke-2');
    expect([id.resultAhead(0), id.resultAhead(1)]).toEqual(['Anda berikutnya', '1 orang sebelum Anda']);
    expect([id.resultWait(0), id.resultWait(15)]).toEqual(['Segera dipanggil', 'Perkiraan menunggu 15 menit']);
    expect(id.resultClosing(9)).toBe('Layar kembali ke awal dalam 9 detik.');
  });

  it('English, with singular and plural', () => {
    expect(en.idleCountdown(20)).toBe('The screen goes back to the start in 20 seconds.');
    expect([en.peopleWaiting(0), en.peopleWaiting(1), en.peopleWaiting(2)]).toEqual(['Nobody waiting', '1 person waiting', '2 people waiting']);
    expect([en.estimatedWait(0), en.estimatedWait(7)]).toEqual(['Served right away', 'About 7 minutes wait']);
    expect(en.retryAttempt(3)).toBe('Attempt 3');
    expect([en.resultAhead(0), en.resultAhead(1), en.resultAhead(4)]).toEqual(['You are next', '1 person before you', '4 people before you']);
    expect([en.resultWait(-2), en.resultWait(3)]).toEqual(['Called soon', 'About 3 minutes wait']);
    expect(en.resultClosing(5)).toBe('The screen goes back to the start in 5 seconds.');
  });

  it('Indonesian first, with the language tags screen readers need', () => {
    expect(DEFAULT_LANGUAGE).toBe('id');
    expect(LANGUAGE_TAG).toEqual({ id: 'id-ID', en: 'en-US' });
  });
});

describe('FAQ messages with numbers', () => {
  it('in both languages', () => {
    expect(faqMessages('id').topicQuestions(12)).toBe('12 pertanyaan');
    expect(faqMessages('id').pageOf(2, 5)).toBe('Halaman 2 dari 5');
    expect(faqMessages('en').topicQuestions(12)).toBe('12 questions');
    expect(faqMessages('en').pageOf(2, 5)).toBe('Page 2 of 5');
    expect(faqMessages('id').searchButton).toBe('Cari pertanyaan');
  });
});

describe('FAQ screen strings', () => {
  it('Indonesian and English have the same keys, none empty', () => {
    const id = faqMessages('id');
    const en = faqMessages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const messages of [id, en]) {
      for (const [key, value] of Object.entries(messages)) {
        // The note that answers are in Indonesian only is said on the English screens alone.
        if (messages === id && key === 'onlyIndonesian') continue;
        const text = typeof value === 'function' ? value(2, 3) : value;
        expect(text.trim(), key).not.toBe('');
      }
    }
    expect(id.onlyIndonesian).toBe('');
    expect(id).not.toEqual(en);
  });
});
