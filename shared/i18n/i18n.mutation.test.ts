/**
 * The worded messages of the newer string files (complaints, survey, kiosk floor, FAQ stories,
 * officers), in both languages where there are two: the sentences with a number or a name in
 * them, the language switches, and the printer warnings staff read.
 */
import { describe, expect, it } from 'vitest';
import { complaintEn } from './complaint-en.ts';
import { complaintId } from './complaint-id.ts';
import { faqStoryMessages } from './faq-story-strings.ts';
import { kioskFloorMessages } from './index.ts';
import { OFFICER_TEXT_ID, printerName, printerWarning } from './officers-id.ts';
import { CALL_RULE_LABEL_ID, COMPLAINT_CHANNEL_LABEL_ID, COMPLAINT_STATUS_LABEL_ID, ELEMENT_BESIDE_ID, FAST_TRACK_LABEL_ID, METHOD_ID, WEEKDAY_ID } from './report-id.ts';
import { surveyMessages } from './survey-en.ts';

describe('complaint, survey and floor sentences', () => {
  it('complaint steps', () => {
    expect(complaintId.stepOf(2, 5)).toBe('Langkah 2 dari 5');
    expect(complaintEn.stepOf(2, 5)).toBe('Step 2 of 5');
  });

  it('survey: the language switch, the ticket line and the progress', () => {
    const id = surveyMessages('id');
    const en = surveyMessages('en');
    expect(id).not.toBe(en);
    expect(id.ratingFor('A012', 'Klaim JHT')).toBe('Tiket A012 · Klaim JHT');
    expect(en.ratingFor('A012', 'JHT claims')).toBe('Ticket A012 · JHT claims');
    expect(id.questionProgress(3, 9)).toBe('Pertanyaan 3 dari 9');
    expect(en.questionProgress(3, 9)).toBe('Question 3 of 9');
    expect(id.idleCounter('Loket 2')).toBe('Loket 2');
    expect(en.idleCounter('Counter 2')).toBe('Counter 2');
  });

  it('the kiosk floor: logo, hours and next opening in both languages', () => {
    const id = kioskFloorMessages('id');
    const en = kioskFloorMessages('en');
    expect(id.branchLogoAlt('Cabang Salemba')).toBe('Logo Cabang Salemba');
    expect(en.branchLogoAlt('Salemba branch')).toBe('Salemba branch logo');
    expect(id.closedHours('Senin-Jumat, 08.00-15.30')).toBe('Jam layanan: Senin-Jumat, 08.00-15.30.');
    expect(en.closedHours('Monday-Friday, 08.00-15.30')).toBe('Service hours: Monday-Friday, 08.00-15.30.');
    expect(id.closedNext('hari Senin pukul 08.00')).toBe('Nomor antrean dapat diambil lagi hari Senin pukul 08.00.');
    expect(en.closedNext('Monday at 08.00')).toBe('Queue numbers can be taken again Monday at 08.00.');
  });

  it('FAQ stories: the language switch and the ticket button of each service', () => {
    const id = faqStoryMessages('id');
    const en = faqStoryMessages('en');
    expect(id.lifeButton).toBe('Saya ingin…');
    expect(en.mostAsked).toBe('Most asked first');
    expect(id.ticketFor('jht')).toBe('Ambil nomor antrean Klaim JHT');
    expect(id.ticketFor('informasi')).toBe('Ambil nomor antrean Informasi');
    expect(en.ticketFor('kepesertaan')).toBe('Take a Membership queue number');
    expect(en.ticketFor('jkk-jkm-jp')).toBe('Take a JKK, JKM, JP claims queue number');
  });
});

describe('officer texts and printer warnings', () => {
  it('why a number is called', () => {
    expect(OFFICER_TEXT_ID.waitLimit(47, 45)).toBe('sudah menunggu 47 menit (batas 45 menit), didahulukan');
    expect(OFFICER_TEXT_ID.afterFastTrackRun(3)).toBe('giliran antrean biasa setelah 3 panggilan prioritas berturut-turut');
    expect(OFFICER_TEXT_ID.transferredFrom('Klaim JHT')).toBe('dipindah dari Klaim JHT');
  });

  it('names the kiosk printer or a counter printer', () => {
    expect(printerName(null)).toBe('printer tiket kios');
    expect(printerName('Loket 2')).toBe('printer Loket 2');
  });

  it('warns about paper, an open cover and an offline printer, starting with a capital; nothing when fine', () => {
    expect(printerWarning('paper-near-end', 'kertas hampir habis', 'printer Loket 2')).toBe('Kertas printer Loket 2 hampir habis: siapkan gulungan baru sebelum habis.');
    expect(printerWarning('paper-out', 'kertas habis', 'printer tiket kios')).toBe('Kertas printer tiket kios habis: tiket tidak tercetak. Ganti gulungan lalu cetak ulang tiket yang gagal.');
    expect(printerWarning('cover-open', 'tutup terbuka', 'printer Loket 2')).toBe('Printer Loket 2: tutup terbuka.');
    expect(printerWarning('offline', 'tidak terhubung', 'printer tiket kios')).toBe('Printer tiket kios: tidak terhubung.');
    expect(printerWarning('offline', 'tidak terhubung', '')).toBe(': tidak terhubung.');
    expect(printerWarning('ok', 'siap', 'printer Loket 2')).toBeNull();
    expect(printerWarning('unknown', 'belum dibaca', 'printer Loket 2')).toBeNull();
  });
});

describe('report labels (what the branch head reads in the semester report)', () => {
  it('names every fast-track reason, call rule, channel and status in Indonesian', () => {
    expect(FAST_TRACK_LABEL_ID).toEqual({ pregnant: 'Ibu hamil', disability: 'Difabel', elderly: 'Lansia', eclaim: 'Sudah e-klaim' });
    expect(CALL_RULE_LABEL_ID['normal-wait-limit']).toBe('Batas tunggu 45 menit (antrean biasa didahulukan)');
    expect(Object.keys(CALL_RULE_LABEL_ID).sort()).toEqual(['directed', 'fast-track', 'normal', 'normal-wait-limit', 'out-of-order']);
    expect(COMPLAINT_CHANNEL_LABEL_ID.external).toBe('Rujukan luar (SP4N-LAPOR!)');
    expect(Object.keys(COMPLAINT_CHANNEL_LABEL_ID)).toHaveLength(10);
    expect(COMPLAINT_STATUS_LABEL_ID.menunggu_kelengkapan).toBe('Menunggu kelengkapan data');
    expect(Object.keys(COMPLAINT_STATUS_LABEL_ID)).toHaveLength(7);
    expect(WEEKDAY_ID[0]).toBe('Minggu');
    expect(ELEMENT_BESIDE_ID.u9).toBe('Pengaduan selesai dalam 5 hari kerja');
  });

  it('the method notes say where each figure comes from, none empty', () => {
    expect(METHOD_ID).toHaveLength(12);
    for (const line of METHOD_ID) expect(line.trim()).not.toBe('');
    expect(METHOD_ID).toContain('IKM: PermenPANRB 14/2017, sembilan unsur, bobot 1/9, IKM = SKM x 25.');
    expect(METHOD_ID.some((line) => line.startsWith('Ketepatan:') && line.includes('0,1 menit'))).toBe(true);
    expect(METHOD_ID.at(-1)).toMatch(/^FAQ: .*Tanpa data pribadi\.$/);
  });
});
