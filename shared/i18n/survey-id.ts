/**
 * What the satisfaction survey says, in Bahasa Indonesia. The nine questions and their options
 * are the standard SKM wording (PermenPANRB 14/2017 sample questionnaire); "Saudara" is kept
 * because that is the wording respondents and evaluators know. survey-en.ts has the same keys.
 */
import type { SkmElement } from '../survey/elements.ts';

export interface SkmQuestion {
  /** The element's name, e.g. "Persyaratan". */
  name: string;
  question: string;
  /** Options for scores 1, 2, 3, 4. */
  options: readonly [string, string, string, string];
}

export const skmQuestionsId: Record<SkmElement, SkmQuestion> = {
  u1: { name: 'Persyaratan', question: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', options: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'] },
  u2: { name: 'Sistem, Mekanisme, dan Prosedur', question: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', options: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'] },
  u3: { name: 'Waktu Penyelesaian', question: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', options: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'] },
  u4: { name: 'Biaya/Tarif', question: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', options: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'] },
  u5: { name: 'Produk Spesifikasi Jenis Pelayanan', question: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?', options: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'] },
  u6: { name: 'Kompetensi Pelaksana', question: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', options: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'] },
  u7: { name: 'Perilaku Pelaksana', question: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', options: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'] },
  u8: { name: 'Sarana dan Prasarana', question: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', options: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'] },
  u9: { name: 'Penanganan Pengaduan, Saran dan Masukan', question: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', options: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'] },
};

export const surveyId = {
  questions: skmQuestionsId,
  /** The four faces of the quick rating, scores 1..4 (always a word with the face, never colour only). */
  faces: ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'] as readonly [string, string, string, string],

  ratingTitle: 'Bagaimana pelayanan kami hari ini?',
  ratingInstruction: 'Sentuh salah satu wajah.',
  ratingFor: (number: string, service: string) => `Tiket ${number} · ${service}`,
  inviteTitle: 'Terima kasih atas penilaian Anda',
  inviteBody: 'Bersediakah Anda menjawab 9 pertanyaan singkat tentang pelayanan kami? Setiap pertanyaan boleh dilewati.',
  inviteYes: 'Ya, isi 9 pertanyaan',
  inviteNo: 'Selesai',
  questionProgress: (index: number, total: number) => `Pertanyaan ${index} dari ${total}`,
  skip: 'Lewati',
  back: 'Kembali',
  commentTitle: 'Ada saran atau masukan?',
  commentLabel: 'Saran atau masukan',
  commentHint: 'Boleh dikosongkan. Jangan menulis NIK, nomor KPJ atau nomor telepon.',
  commentSend: 'Kirim',
  commentSkip: 'Kirim tanpa saran',
  sending: 'Menyimpan jawaban Anda…',
  thanksTitle: 'Terima kasih',
  thanksBody: 'Jawaban Anda sudah kami terima dan membantu kami memperbaiki pelayanan.',
  thanksSaved: 'Jawaban tersimpan dan akan terkirim otomatis.',
  saveFailed: 'Jawaban belum dapat disimpan di perangkat ini. Silakan coba lagi atau minta bantuan petugas.',
  tryAgain: 'Coba lagi',
  done: 'Selesai',

  // The kiosk tile: which ticket?
  ticketTitle: 'Survei kepuasan',
  ticketInstruction: 'Pindai kode QR pada tiket Anda, atau ketik nomor antrean (contoh A-012).',
  ticketLabel: 'Nomor antrean',
  ticketSubmit: 'Mulai survei',
  ticketChecking: 'Memeriksa tiket…',
  ticketEmpty: 'Ketik nomor antrean Anda dulu, misalnya A-012.',
  ticketOffline: 'Server antrean tidak terhubung. Coba lagi sebentar lagi.',
  ticketDelete: 'Hapus',
  ticketClear: 'Hapus semua',

  // The tablet at the counter.
  idleTitle: 'Selamat datang',
  idleBody: 'Setelah Anda selesai dilayani, survei kepuasan akan tampil di layar ini.',
  idleCounter: (counter: string) => counter,
  idleOffline: 'Menyambungkan ke server antrean…',
  tabletUnknownCounter: 'Alamat tablet belum lengkap: tambahkan ?loket=<id loket>, misalnya /survei/?loket=loket-1.',

  // The phone, from the ticket page.
  phoneInvalid: 'Tautan survei ini tidak berlaku. Survei dapat diisi di tablet loket atau di Kios-K.',

  alreadyAnswered: 'Survei untuk tiket ini sudah diisi. Terima kasih atas partisipasi Anda.',
};

export type SurveyMessages = typeof surveyId;
