/**
 * What the kiosk's FAQ screens say. Plain words, short sentences (many visitors are elderly).
 * The answers themselves come from the guide, in Bahasa Indonesia only: the English screens say so.
 * The English object must have exactly the same keys (checked by the type `FaqMessages`).
 */
import type { Language } from './index.ts';

const faqId = {
  loading: 'Menyiapkan tanya jawab…',
  unavailableTitle: 'Tanya jawab belum bisa dibuka',
  unavailableBody: 'Maaf, daftar tanya jawab tidak dapat dibuka sekarang. Petugas Informasi siap menjawab pertanyaan Anda.',

  topicsTitle: 'Informasi',
  topicsInstruction: 'Pilih topik, atau sentuh "Cari pertanyaan" dan ketik.',
  searchButton: 'Cari pertanyaan',
  topicQuestions: (count: number) => `${count} pertanyaan`,

  questionsInstruction: 'Sentuh pertanyaan untuk membaca jawabannya.',
  pagePrevious: 'Sebelumnya',
  pageNext: 'Berikutnya',
  pageOf: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
  backToTopics: 'Kembali ke topik',

  searchTitle: 'Cari pertanyaan',
  searchInstruction: 'Ketik pertanyaan Anda dengan tombol huruf di bawah.',
  searchFieldLabel: 'Pertanyaan Anda',
  searchPlaceholder: 'Contoh: syarat klaim JHT',
  searchResults: 'Pertanyaan yang cocok',
  searchKeepTyping: 'Ketik paling sedikit 2 huruf.',
  noResultTitle: 'Belum ada jawaban yang cocok',
  noResultBody: 'Coba kata lain, pilih topik, atau tanya petugas Informasi.',
  showTopics: 'Lihat topik',
  keyboardLabel: 'Papan ketik',
  keySpace: 'Spasi',
  keyBackspace: 'Hapus',
  keyBackspaceLabel: 'Hapus satu huruf',
  keyClear: 'Kosongkan',
  keyClearLabel: 'Hapus semua ketikan',

  answerInstruction: 'Jawaban',
  readAloud: 'Bacakan',
  readAloudStop: 'Berhenti',
  readAloudNoVoice: 'Suara bahasa Indonesia tidak tersedia di kios ini.',
  onlyIndonesian: '',
  reviewNote: 'Catatan: jawaban ini sedang diperiksa. Bila ragu, tanya petugas.',

  helpfulQuestion: 'Apakah jawaban ini membantu?',
  helpfulYes: 'Ya',
  helpfulNo: 'Tidak',
  helpfulThanksYes: 'Terima kasih. Penilaian Anda sudah dicatat.',
  helpfulThanksNo: 'Terima kasih. Kami akan memperbaiki jawaban ini. Petugas Informasi siap membantu.',

  printChecklist: 'Cetak persyaratan',
  printing: 'Sedang mencetak…',
  printPrinted: 'Daftar persyaratan sudah dicetak. Silakan ambil kertasnya di bawah layar.',
  printQueued: 'Daftar persyaratan sedang dicetak. Mohon tunggu sebentar.',
  printFailed: 'Daftar persyaratan tidak tercetak.',
  printFailedHint: 'Foto layar ini atau tanya petugas Informasi.',
  printUnreachable: 'Printer tidak dapat dihubungi dari layar ini.',
  printAgain: 'Coba cetak lagi',

  needHelpTitle: 'Masih butuh bantuan?',
  takeInfoTicket: 'Ambil nomor antrean Informasi',
  backToQuestions: 'Kembali ke daftar',
  backToSearch: 'Kembali ke pencarian',
};

export type FaqMessages = typeof faqId;

const faqEn: FaqMessages = {
  loading: 'Preparing questions and answers…',
  unavailableTitle: 'Questions and answers cannot be opened',
  unavailableBody: 'Sorry, the questions and answers cannot be opened now. The Information officer will answer your questions.',

  topicsTitle: 'Information',
  topicsInstruction: 'Choose a topic, or touch "Search questions" and type.',
  searchButton: 'Search questions',
  topicQuestions: (count: number) => `${count} questions`,

  questionsInstruction: 'Touch a question to read its answer.',
  pagePrevious: 'Previous',
  pageNext: 'Next',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  backToTopics: 'Back to topics',

  searchTitle: 'Search questions',
  searchInstruction: 'Type your question with the letter keys below.',
  searchFieldLabel: 'Your question',
  searchPlaceholder: 'Example: syarat klaim JHT',
  searchResults: 'Matching questions',
  searchKeepTyping: 'Type at least 2 letters.',
  noResultTitle: 'No matching answer yet',
  noResultBody: 'Try other words, choose a topic, or ask the Information officer.',
  showTopics: 'See topics',
  keyboardLabel: 'Keyboard',
  keySpace: 'Space',
  keyBackspace: 'Delete',
  keyBackspaceLabel: 'Delete one letter',
  keyClear: 'Clear',
  keyClearLabel: 'Delete everything typed',

  answerInstruction: 'Answer',
  readAloud: 'Read aloud',
  readAloudStop: 'Stop',
  readAloudNoVoice: 'No Indonesian voice is available on this kiosk.',
  onlyIndonesian: 'The questions and answers are in Bahasa Indonesia.',
  reviewNote: 'Note: this answer is being checked. If in doubt, ask an officer.',

  helpfulQuestion: 'Was this answer helpful?',
  helpfulYes: 'Yes',
  helpfulNo: 'No',
  helpfulThanksYes: 'Thank you. Your rating has been recorded.',
  helpfulThanksNo: 'Thank you. We will improve this answer. The Information officer is ready to help.',

  printChecklist: 'Print requirements',
  printing: 'Printing…',
  printPrinted: 'The list of requirements has been printed. Please take the paper below the screen.',
  printQueued: 'The list of requirements is being printed. Please wait a moment.',
  printFailed: 'The list of requirements was not printed.',
  printFailedHint: 'Take a photo of this screen or ask the Information officer.',
  printUnreachable: 'The printer cannot be reached from this screen.',
  printAgain: 'Try printing again',

  needHelpTitle: 'Still need help?',
  takeInfoTicket: 'Take an Information queue number',
  backToQuestions: 'Back to the list',
  backToSearch: 'Back to search',
};

export function faqMessages(language: Language): FaqMessages {
  return language === 'en' ? faqEn : faqId;
}
