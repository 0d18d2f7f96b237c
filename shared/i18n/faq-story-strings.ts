/**
 * What the FAQ's "Saya ingin…" (life events) and "no good answer" screens say, Indonesian first.
 * Kept apart from faq-strings.ts (team rule: a new area's strings in files of their own). The
 * English object must have the same keys (checked by the type).
 */
import type { QueueService } from '../faq/search/situations.ts';
import type { Language } from './index.ts';

const SERVICE_ID: Readonly<Record<QueueService, string>> = {
  jht: 'Ambil nomor antrean Klaim JHT',
  'jkk-jkm-jp': 'Ambil nomor antrean Klaim JKK, JKM, JP',
  kepesertaan: 'Ambil nomor antrean Kepesertaan',
  informasi: 'Ambil nomor antrean Informasi',
};
const SERVICE_EN: Readonly<Record<QueueService, string>> = {
  jht: 'Take a JHT claims queue number',
  'jkk-jkm-jp': 'Take a JKK, JKM, JP claims queue number',
  kepesertaan: 'Take a Membership queue number',
  informasi: 'Take an Information queue number',
};

const storyId = {
  lifeButton: 'Saya ingin…',
  lifeButtonHint: 'Pilih keadaan Anda',
  lifeTitle: 'Saya ingin…',
  lifeInstruction: 'Pilih keadaan Anda. Kami tunjukkan pertanyaan yang paling penting.',
  situationInstruction: 'Pertanyaan yang paling penting untuk keadaan Anda:',
  situationBack: 'Kembali ke pilihan',
  printRequirements: 'Cetak daftar persyaratan',
  ticketFor: (service: QueueService) => SERVICE_ID[service],
  weakTitle: 'Belum ada jawaban yang tepat',
  weakBody: 'Kami belum menemukan jawaban yang pas untuk pertanyaan Anda. Petugas kami siap menjawab.',
  weakGuesses: 'Mungkin ini yang Anda cari:',
  mostAsked: 'Urut dari yang paling sering ditanyakan',
};

export type FaqStoryMessages = typeof storyId;

const storyEn: FaqStoryMessages = {
  lifeButton: 'I want to…',
  lifeButtonHint: 'Choose your situation',
  lifeTitle: 'I want to…',
  lifeInstruction: 'Choose your situation. We show the questions that matter most.',
  situationInstruction: 'The questions that matter most in your situation:',
  situationBack: 'Back to the choices',
  printRequirements: 'Print the list of requirements',
  ticketFor: (service: QueueService) => SERVICE_EN[service],
  weakTitle: 'No good answer yet',
  weakBody: 'We did not find an answer that fits your question. Our officers are ready to answer it.',
  weakGuesses: 'Perhaps you are looking for:',
  mostAsked: 'Most asked first',
};

export function faqStoryMessages(language: Language): FaqStoryMessages {
  return language === 'en' ? storyEn : storyId;
}
