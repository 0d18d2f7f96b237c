// What a visitor's situation means in the guide: the life events branch visitors come with, the
// words they describe them in (whatever words: "bapak saya meninggal", "suami wafat", "almarhum"),
// the programmes and the few questions that answer them, the checklist to print and the queue to
// take. Data, not logic: each mapping names its source in the guide (the FAQ ids whose question or
// answer says so, quoted in `source`), a test checks every id exists, and content owners extend it.
// Used twice: the search lifts a situation's questions when the query describes it (situation
// stage, rank.ts), and the kiosk's "Saya ingin…" entry lists the same questions in two taps.

import type { Language } from '../../i18n/index.ts';

/** The branch's queue services (the kiosk's ticket tiles). */
export type QueueService = 'jht' | 'jkk-jkm-jp' | 'kepesertaan' | 'informasi';

export interface Situation {
  readonly id: string;
  readonly title: Readonly<Record<Language, string>>;
  /** One line under the title on the "Saya ingin…" tile. */
  readonly hint: Readonly<Record<Language, string>>;
  /** Offered on the FAQ home as a life event (the others only steer the search). */
  readonly lifeEvent: boolean;
  /**
   * How visitors say it, each a phrase of one to three words, compared by stem in order (other words
   * may stand between them): "meninggal" alone, or "tidak bayar iuran". Written in the lexicon's
   * standard words: informal forms ("wafat", "resign", "gak") are mapped before this compares.
   */
  readonly signals: readonly string[];
  /** The answers that matter, most important first (FAQ ids; the first few are shown on the kiosk). */
  readonly questions: readonly string[];
  /** A requirements list to print (data/requirements.json id) or a checklist answer's FAQ id. */
  readonly checklist?: string;
  readonly service: QueueService;
  /** Where the guide supports the mapping (the programme the questions belong to and why). */
  readonly source: string;
}

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'berhenti-kerja',
    title: { id: 'Berhenti bekerja', en: 'I stopped working' },
    hint: { id: 'Resign, kena PHK, kontrak habis', en: 'Resigned, laid off, contract ended' },
    lifeEvent: true,
    signals: ['mengundurkan diri', 'berhenti bekerja', 'phk', 'kontrak habis', 'habis kontrak', 'keluar pekerjaan', 'pemutusan hubungan kerja', 'tidak bekerja'],
    questions: ['jht-0kwcywl', 'jht-0w9xmip', 'jht-1scqzg8', 'jht-1s6nvpa', 'jht-0kikhu2', 'jht-0rslkwv'],
    checklist: 'klaim-jht',
    service: 'jht',
    source: 'jht-0kwcywl / jht-0w9xmip: "persyaratan klaim JHT karena mengundurkan diri / pemutusan hubungan kerja"; jht-0kikhu2: the paklaring a leaver brings',
  },
  {
    id: 'kecelakaan-kerja',
    title: { id: 'Kecelakaan kerja', en: 'A work accident' },
    hint: { id: 'Di tempat kerja atau di jalan ke/dari kerja', en: 'At work or on the way to or from work' },
    lifeEvent: true,
    signals: ['kecelakaan', 'jatuh kerja', 'luka kerja', 'tabrak', 'terluka', 'perjalanan kerja', 'berangkat kerja', 'pulang kerja', 'cacat'],
    questions: ['jkk-1lmxu62', 'jkk-0dnag0h', 'jkk-1l0mrfc', 'plkk-1cbg4u3', 'kepesertaan-0dq1ja5', 'jkk-195mosa'],
    service: 'jkk-jkm-jp',
    source: 'jkk-1lmxu62: "kecelakaan yang terjadi … termasuk kecelakaan dalam perjalanan dari rumah menuju tempat kerja atau sebaliknya"; jkk-0dnag0h, jkk-1l0mrfc: how and with what to claim',
  },
  {
    id: 'keluarga-meninggal',
    title: { id: 'Keluarga meninggal', en: 'A death in the family' },
    hint: { id: 'Santunan, JHT ahli waris, beasiswa anak', en: 'Death benefit, JHT for heirs, scholarship' },
    lifeEvent: true,
    signals: ['meninggal', 'kematian', 'ahli waris', 'duka'],
    questions: ['jkm-1drt19q', 'jkm-150mrn1', 'jht-0vm2vk1', 'jkm-1tfijqo', 'jkk-0k8etw1', 'jht-099lq37'],
    service: 'jkk-jkm-jp',
    source: 'jkm-1drt19q: "persyaratan dokumen untuk mengajukan klaim JKM"; jht-0vm2vk1: "klaim JHT karena meninggal dunia"; jkk-0k8etw1: heirs when the death was a work accident; jkm-1tfijqo: the scholarship',
  },
  {
    id: 'pensiun',
    title: { id: 'Pensiun', en: 'Retirement' },
    hint: { id: 'Usia pensiun, JHT dan Jaminan Pensiun', en: 'Pension age, JHT and the pension' },
    lifeEvent: true,
    signals: ['pensiun', 'usia 56', 'umur 56', 'hari tua', 'lansia'],
    questions: ['pu-0by6cj9', 'jp-0i90gdc', 'jp-0v0ppbe', 'jp-1r2hbx4', 'jht-0jzj5zd', 'pu-1h4nzv8'],
    checklist: 'klaim-jht',
    service: 'jkk-jkm-jp',
    source: 'pu-0by6cj9: "usia pensiun yang ditetapkan"; jp-0i90gdc, jp-0v0ppbe: the monthly pension; jht-0jzj5zd: JHT at pension age',
  },
  {
    id: 'daftar-peserta',
    title: { id: 'Daftar jadi peserta', en: 'Join as a member' },
    hint: { id: 'Pekerja perusahaan atau pekerja mandiri', en: 'Company worker or self-employed' },
    lifeEvent: true,
    signals: ['daftar', 'belum terdaftar', 'jadi peserta', 'ikut peserta', 'belum peserta'],
    questions: ['pu-1kkkqdh', 'bpu-1a9tgoz', 'bpu-0rp7sbj', 'jaminan-sosial-1xarknc', 'bpu-16xv381', 'pu-1hxp3vf'],
    checklist: 'pendaftaran-bpu',
    service: 'kepesertaan',
    source: 'pu-1kkkqdh: "dokumen persyaratan pendaftaran"; bpu-1a9tgoz: "cara melakukan pendaftaran BPU"; jaminan-sosial-1xarknc: "Siapa yang harus mendaftarkan pekerja"',
  },
  {
    id: 'cek-saldo',
    title: { id: 'Cek saldo JHT', en: 'Check my JHT balance' },
    hint: { id: 'Lewat aplikasi, SMS 2757 atau kantor', en: 'By app, SMS 2757 or at the office' },
    lifeEvent: true,
    signals: ['saldo', 'cek saldo', 'lihat saldo', 'sisa saldo'],
    questions: ['operasional-pelayanan-0fhlt8w', 'sms-saldo-1vpcbd2', 'contact-center-117hi2o', 'bpjstku-1ufqq91', 'contact-center-0ddyd7e'],
    service: 'informasi',
    source: 'operasional-pelayanan-0fhlt8w: "layanan informasi saldo kepesertaan JHT"; sms-saldo-1vpcbd2: "informasi saldo … melalui SMS 2757"',
  },
  {
    id: 'kartu-hilang',
    title: { id: 'Kartu hilang', en: 'I lost my card' },
    hint: { id: 'Cetak ulang, klaim tanpa kartu', en: 'Reprint, claiming without the card' },
    lifeEvent: true,
    signals: ['kartu hilang', 'kartu rusak', 'hilang kartu', 'kpj hilang', 'hilang kpj', 'kartu peserta hilang'],
    questions: ['pu-0xuk3ys', 'jht-1y4zhi2', 'bpu-0uz9ko0', 'pu-0h62f02', 'jht-1fjejyv'],
    service: 'kepesertaan',
    source: 'pu-0xuk3ys: "mencetak kembali kartu peserta yang hilang di kantor cabang"; jht-1y4zhi2: the documents when the card is lost',
  },
  {
    id: 'iuran-tidak-dibayar',
    title: { id: 'Perusahaan tidak bayar iuran', en: 'My employer did not pay' },
    hint: { id: 'Tunggakan iuran, tetap terlindungi?', en: 'Unpaid contributions, am I covered?' },
    lifeEvent: true,
    signals: ['tunggak', 'tidak bayar iuran', 'tidak setor', 'iuran tidak', 'tidak didaftarkan', 'tidak mendaftarkan'],
    questions: ['pu-1fij0mw', 'jkk-0tf0g07', 'jp-1qd0b9f', 'pu-0tjyls3', 'pu-199h7fl', 'pu-03q2b67'],
    service: 'kepesertaan',
    source: 'pu-1fij0mw: "Tunggakan Iuran dan Denda"; jkk-0tf0g07 / jp-1qd0b9f / pu-0tjyls3: benefits when the employer is in arrears; pu-03q2b67: the sanction for not registering',
  },
  {
    id: 'sakit-akibat-kerja',
    title: { id: 'Sakit karena pekerjaan', en: 'Illness from work' },
    hint: { id: 'Penyakit Akibat Kerja (PAK)', en: 'Occupational disease (PAK)' },
    lifeEvent: false,
    signals: ['penyakit akibat kerja', 'sakit akibat kerja', 'sakit kerja', 'penyakit kerja', 'pak'],
    questions: ['pak-0stgxf8', 'pak-16q91ye', 'pak-1g9vw38', 'pak-0e4h1i3'],
    service: 'jkk-jkm-jp',
    source: 'pak-0stgxf8: "definisi Penyakit Akibat Kerja"; pak-1g9vw38: the diagnosis steps',
  },
  {
    id: 'pekerja-informal',
    title: { id: 'Pekerja mandiri', en: 'Self-employed' },
    hint: { id: 'Ojek, pedagang, petani, nelayan', en: 'Drivers, traders, farmers, fishers' },
    lifeEvent: false,
    signals: ['bpu daftar', 'bpu ikut', 'daftar bpu', 'ikut bpu', 'mandiri daftar', 'informal'],
    questions: ['bpu-035z7ru', 'bpu-0rp7sbj', 'bpu-1a9tgoz', 'bpu-16xv381', 'bpu-0koskh3'],
    checklist: 'pendaftaran-bpu',
    service: 'kepesertaan',
    source: 'bpu-035z7ru: "Apa itu Program BPU"; bpu-0rp7sbj: who may join',
  },
  {
    id: 'pekerja-migran',
    title: { id: 'Pekerja migran', en: 'Migrant worker' },
    hint: { id: 'Bekerja di luar negeri (PMI)', en: 'Working abroad (PMI)' },
    lifeEvent: false,
    signals: ['pekerja migran', 'luar negeri', 'kerja luar negeri'],
    questions: ['jht-107wz39', 'kepesertaan-1c008s7'],
    service: 'informasi',
    source: 'kepesertaan-1c008s7: the participants include "Pekerja Migran Indonesia"; jht-107wz39: JHT when leaving Indonesia',
  },
  {
    id: 'proyek-konstruksi',
    title: { id: 'Pekerja proyek', en: 'Construction project' },
    hint: { id: 'Jasa konstruksi, pekerja harian lepas', en: 'Construction, daily workers' },
    lifeEvent: false,
    signals: ['konstruksi', 'harian lepas', 'borongan', 'kuli', 'tukang'],
    questions: ['jasa-konstruksi-0hn5inu', 'jasa-konstruksi-1eun999', 'jasa-konstruksi-0kkd5vn', 'jasa-konstruksi-0yoxp5h', 'jkm-0km881g'],
    service: 'kepesertaan',
    source: 'jasa-konstruksi-0hn5inu: who joins the construction programme ("pekerja harian lepas, borongan"); jasa-konstruksi-1eun999: what it covers',
  },
];

export const LIFE_EVENTS: readonly Situation[] = SITUATIONS.filter((s) => s.lifeEvent);

export function findSituation(id: string | null): Situation | undefined {
  return SITUATIONS.find((s) => s.id === id);
}
