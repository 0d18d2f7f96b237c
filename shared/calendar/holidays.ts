/**
 * The curated national calendar: hari libur nasional and cuti bersama of 2025-2027, each date
 * with the decree it comes from. Versioned: a change of any date (a government amendment such as
 * 18 August 2025) is a new CALENDAR_VERSION, and open complaints' due dates are derived again from
 * their clock segments with the new data (nothing stores a due date that could go stale).
 *
 * Checked by hand, date by date, against the decrees' own lists as published by Sekretariat
 * Negara / Kemenko PMK (URLs in DECREES); counts pinned in holidays.test.ts.
 * No npm package gets these right (reference/faq-survey-a11y.md section 4.3), hence this file.
 */
export const DAY_KINDS = ['libur_nasional', 'cuti_bersama', 'libur_khusus', 'tutup_cabang'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface CalendarEntry {
  /** YYYY-MM-DD, the local date at the branch. */
  date: string;
  kind: DayKind;
  name: string;
  /** Id of the decree in DECREES, or the administrator's note for a branch closure. */
  source: string;
}

export interface Decree {
  id: string;
  title: string;
  signed: string;
  url: string;
}

export const CALENDAR_VERSION = '2026-12-01.1';

export const DECREES: readonly Decree[] = [
  {
    id: 'skb-2025',
    title: 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (17 libur nasional, 10 cuti bersama)',
    signed: '2024-10-14',
    url: 'https://www.kemenkopmk.go.id/ (pengumuman SKB Libur Nasional dan Cuti Bersama 2025)',
  },
  {
    id: 'libur-2025-08-18',
    title: 'Penetapan pemerintah Senin 18 Agustus 2025 sebagai hari libur (diumumkan awal Agustus 2025; dasar hukum tertulis belum diverifikasi dari naskahnya)',
    signed: '2025-08-08',
    url: 'https://news.detik.com/berita/d-8039857/pemerintah-tetapkan-senin-18-agustus-hari-libur',
  },
  {
    id: 'skb-2026',
    title: 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (17 libur nasional, 8 cuti bersama)',
    signed: '2025-09-19',
    url: 'https://setneg.go.id/baca/index/inilah_skb_3_menteri_libur_nasional_dan_cuti_bersama_2026',
  },
  {
    id: 'skb-2027',
    title: 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (18 libur nasional, 8 cuti bersama)',
    signed: '2026-09-15',
    url: 'https://setneg.go.id/baca/index/inilah_skb_3_menteri_libur_nasional_dan_cuti_bersama_2027',
  },
];

/** The years whose whole calendar comes from a decree; outside them only weekends are known. */
export const DECREED_YEARS: readonly number[] = [2025, 2026, 2027];

const LN = 'libur_nasional' as const;
const CB = 'cuti_bersama' as const;
const entry = (date: string, kind: DayKind, name: string, source: string): CalendarEntry => ({ date, kind, name, source });

export const NATIONAL_CALENDAR: readonly CalendarEntry[] = [
  // 2025: SKB No. 1017/2/2 Tahun 2024
  entry('2025-01-01', LN, 'Tahun Baru 2025 Masehi', 'skb-2025'),
  entry('2025-01-27', LN, "Isra Mi'raj Nabi Muhammad SAW", 'skb-2025'),
  entry('2025-01-28', CB, 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', 'skb-2025'),
  entry('2025-01-29', LN, 'Tahun Baru Imlek 2576 Kongzili', 'skb-2025'),
  entry('2025-03-28', CB, 'Cuti bersama Hari Suci Nyepi', 'skb-2025'),
  entry('2025-03-29', LN, 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'skb-2025'),
  entry('2025-03-31', LN, 'Idul Fitri 1446 H', 'skb-2025'),
  entry('2025-04-01', LN, 'Idul Fitri 1446 H', 'skb-2025'),
  entry('2025-04-02', CB, 'Cuti bersama Idul Fitri 1446 H', 'skb-2025'),
  entry('2025-04-03', CB, 'Cuti bersama Idul Fitri 1446 H', 'skb-2025'),
  entry('2025-04-04', CB, 'Cuti bersama Idul Fitri 1446 H', 'skb-2025'),
  entry('2025-04-07', CB, 'Cuti bersama Idul Fitri 1446 H', 'skb-2025'),
  entry('2025-04-18', LN, 'Wafat Yesus Kristus', 'skb-2025'),
  entry('2025-04-20', LN, 'Kebangkitan Yesus Kristus (Paskah)', 'skb-2025'),
  entry('2025-05-01', LN, 'Hari Buruh Internasional', 'skb-2025'),
  entry('2025-05-12', LN, 'Hari Raya Waisak 2569 BE', 'skb-2025'),
  entry('2025-05-13', CB, 'Cuti bersama Hari Raya Waisak', 'skb-2025'),
  entry('2025-05-29', LN, 'Kenaikan Yesus Kristus', 'skb-2025'),
  entry('2025-05-30', CB, 'Cuti bersama Kenaikan Yesus Kristus', 'skb-2025'),
  entry('2025-06-01', LN, 'Hari Lahir Pancasila', 'skb-2025'),
  entry('2025-06-06', LN, 'Idul Adha 1446 H', 'skb-2025'),
  entry('2025-06-09', CB, 'Cuti bersama Idul Adha 1446 H', 'skb-2025'),
  entry('2025-06-27', LN, 'Tahun Baru Islam 1447 H', 'skb-2025'),
  entry('2025-08-17', LN, 'Proklamasi Kemerdekaan', 'skb-2025'),
  entry('2025-08-18', 'libur_khusus', 'Hari libur tambahan HUT ke-80 RI', 'libur-2025-08-18'),
  entry('2025-09-05', LN, 'Maulid Nabi Muhammad SAW', 'skb-2025'),
  entry('2025-12-25', LN, 'Kelahiran Yesus Kristus', 'skb-2025'),
  entry('2025-12-26', CB, 'Cuti bersama Kelahiran Yesus Kristus', 'skb-2025'),
  // 2026: SKB No. 1497/2/5 Tahun 2025
  entry('2026-01-01', LN, 'Tahun Baru 2026 Masehi', 'skb-2026'),
  entry('2026-01-16', LN, 'Isra Mikraj Nabi Muhammad SAW', 'skb-2026'),
  entry('2026-02-16', CB, 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'skb-2026'),
  entry('2026-02-17', LN, 'Tahun Baru Imlek 2577 Kongzili', 'skb-2026'),
  entry('2026-03-18', CB, 'Cuti bersama Hari Suci Nyepi', 'skb-2026'),
  entry('2026-03-19', LN, 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'skb-2026'),
  entry('2026-03-20', CB, 'Cuti bersama Idul Fitri 1447 H', 'skb-2026'),
  entry('2026-03-21', LN, 'Idul Fitri 1447 H', 'skb-2026'),
  entry('2026-03-22', LN, 'Idul Fitri 1447 H', 'skb-2026'),
  entry('2026-03-23', CB, 'Cuti bersama Idul Fitri 1447 H', 'skb-2026'),
  entry('2026-03-24', CB, 'Cuti bersama Idul Fitri 1447 H', 'skb-2026'),
  entry('2026-04-03', LN, 'Wafat Yesus Kristus', 'skb-2026'),
  entry('2026-04-05', LN, 'Kebangkitan Yesus Kristus (Paskah)', 'skb-2026'),
  entry('2026-05-01', LN, 'Hari Buruh Internasional', 'skb-2026'),
  entry('2026-05-14', LN, 'Kenaikan Yesus Kristus', 'skb-2026'),
  entry('2026-05-15', CB, 'Cuti bersama Kenaikan Yesus Kristus', 'skb-2026'),
  entry('2026-05-27', LN, 'Idul Adha 1447 H', 'skb-2026'),
  entry('2026-05-28', CB, 'Cuti bersama Idul Adha 1447 H', 'skb-2026'),
  entry('2026-05-31', LN, 'Hari Raya Waisak 2570 BE', 'skb-2026'),
  entry('2026-06-01', LN, 'Hari Lahir Pancasila', 'skb-2026'),
  entry('2026-06-16', LN, '1 Muharam Tahun Baru Islam 1448 H', 'skb-2026'),
  entry('2026-08-17', LN, 'Proklamasi Kemerdekaan', 'skb-2026'),
  entry('2026-08-25', LN, 'Maulid Nabi Muhammad SAW', 'skb-2026'),
  entry('2026-12-24', CB, 'Cuti bersama Kelahiran Yesus Kristus', 'skb-2026'),
  entry('2026-12-25', LN, 'Kelahiran Yesus Kristus', 'skb-2026'),
  // 2027: SKB No. 1205/3/2 Tahun 2026 (Isra Mikraj falls twice: 1448 H and 1449 H)
  entry('2027-01-01', LN, 'Tahun Baru 2027 Masehi', 'skb-2027'),
  entry('2027-01-05', LN, 'Isra Mikraj Nabi Muhammad SAW (1448 H)', 'skb-2027'),
  entry('2027-02-05', CB, 'Cuti bersama Tahun Baru Imlek 2578 Kongzili', 'skb-2027'),
  entry('2027-02-06', LN, 'Tahun Baru Imlek 2578 Kongzili', 'skb-2027'),
  entry('2027-03-08', LN, 'Hari Suci Nyepi (Tahun Baru Saka 1949)', 'skb-2027'),
  entry('2027-03-09', CB, 'Cuti bersama Idul Fitri 1448 H', 'skb-2027'),
  entry('2027-03-10', LN, 'Idul Fitri 1448 H', 'skb-2027'),
  entry('2027-03-11', LN, 'Idul Fitri 1448 H', 'skb-2027'),
  entry('2027-03-12', CB, 'Cuti bersama Idul Fitri 1448 H', 'skb-2027'),
  entry('2027-03-15', CB, 'Cuti bersama Idul Fitri 1448 H', 'skb-2027'),
  entry('2027-03-25', CB, 'Cuti bersama Wafat Yesus Kristus', 'skb-2027'),
  entry('2027-03-26', LN, 'Wafat Yesus Kristus', 'skb-2027'),
  entry('2027-03-28', LN, 'Kebangkitan Yesus Kristus (Paskah)', 'skb-2027'),
  entry('2027-05-01', LN, 'Hari Buruh Internasional', 'skb-2027'),
  entry('2027-05-06', LN, 'Kenaikan Yesus Kristus', 'skb-2027'),
  entry('2027-05-17', LN, 'Idul Adha 1448 H', 'skb-2027'),
  entry('2027-05-18', CB, 'Cuti bersama Idul Adha 1448 H', 'skb-2027'),
  entry('2027-05-19', CB, 'Cuti bersama Hari Raya Waisak', 'skb-2027'),
  entry('2027-05-20', LN, 'Hari Raya Waisak 2571 BE', 'skb-2027'),
  entry('2027-06-01', LN, 'Hari Lahir Pancasila', 'skb-2027'),
  entry('2027-06-06', LN, '1 Muharam Tahun Baru Islam 1449 H', 'skb-2027'),
  entry('2027-08-15', LN, 'Maulid Nabi Muhammad SAW', 'skb-2027'),
  entry('2027-08-17', LN, 'Proklamasi Kemerdekaan', 'skb-2027'),
  entry('2027-12-24', CB, 'Cuti bersama Kelahiran Yesus Kristus', 'skb-2027'),
  entry('2027-12-25', LN, 'Kelahiran Yesus Kristus', 'skb-2027'),
  entry('2027-12-26', LN, 'Isra Mikraj Nabi Muhammad SAW (1449 H)', 'skb-2027'),
];
