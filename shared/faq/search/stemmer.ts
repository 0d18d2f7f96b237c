// A light Indonesian stemmer (Tala-style rules, no root dictionary) for search: what matters is
// that the forms of one word meet in one stem ("pencairan", "dicairkan", "cair" -> "cair"), not
// that the stem is a real root. Rules: particle, possessive -nya, one or two prefixes with nasal
// recovery (menarik -> tarik, memeriksa -> periksa, menyimpan -> simpan), then -kan / -an / -i.
// EXCEPTIONS wins over the rules where they would merge different words or split one word
// (meninggal "died" must not become tinggal "live"; menikah must become nikah, not tikah).

export const STEM_EXCEPTIONS: Readonly<Record<string, string>> = {
  meninggal: 'meninggal', meninggalnya: 'meninggal', meninggalkan: 'tinggal', ditinggalkan: 'tinggal',
  menikah: 'nikah', pernikahan: 'nikah', dinikahi: 'nikah',
  keluarga: 'keluarga', berkeluarga: 'keluarga', keluarganya: 'keluarga',
  beasiswa: 'beasiswa', bekerja: 'kerja', pekerja: 'kerja', pekerjaan: 'kerja', dipekerjakan: 'kerja', mempekerjakan: 'kerja',
  pelajar: 'ajar', belajar: 'ajar', pelajaran: 'ajar',
  penting: 'penting', penuh: 'penuh', memenuhi: 'penuh', terpenuhi: 'penuh', dipenuhi: 'penuh', pemenuhan: 'penuh',
  mengecek: 'cek', pengecekan: 'cek', dicek: 'cek',
  iuran: 'iur', iurannya: 'iur',
  pensiun: 'pensiun', pensiunan: 'pensiun', dipensiunkan: 'pensiun',
  peserta: 'peserta', kepesertaan: 'peserta', pesertanya: 'peserta',
  aduan: 'adu', pengaduan: 'adu', mengadu: 'adu', diadukan: 'adu',
  perusahaan: 'usaha', pengusaha: 'usaha', berusaha: 'usaha', usaha: 'usaha',
  pemberi: 'beri', memberikan: 'beri', diberikan: 'beri', pemberian: 'beri',
  kerugian: 'rugi', sekolah: 'sekolah', bersekolah: 'sekolah', masalah: 'masalah', bermasalah: 'masalah',
  berlaku: 'laku', pelaku: 'laku', perlakuan: 'laku', diberlakukan: 'laku',
  pengobatan: 'obat', perawatan: 'rawat', rawat: 'rawat',
  perumahan: 'rumah', kantor: 'kantor', perkantoran: 'kantor',
  tenaga: 'tenaga', ketenagakerjaan: 'ketenagakerjaan',
  terakhir: 'akhir', berakhir: 'akhir', akhir: 'akhir',
  mengajukan: 'aju', pengajuan: 'aju', diajukan: 'aju',
  pemakaman: 'makam', dimakamkan: 'makam',
  kematian: 'mati', mati: 'mati',
  terima: 'terima', peraturan: 'atur', aturan: 'atur', perubahan: 'ubah', keluar: 'keluar', dikeluarkan: 'keluar', mengeluarkan: 'keluar',
  periksa: 'periksa', pemeriksaan: 'periksa', memeriksa: 'periksa', diperiksa: 'periksa', penarikan: 'tarik',
  sebulan: 'bulan', perbulan: 'bulan', setahun: 'tahun', pertahun: 'tahun', sehari: 'hari', perhari: 'hari', seminggu: 'minggu',
  keterlambatan: 'lambat', terlambat: 'lambat', mengirim: 'kirim', mengirimkan: 'kirim', pengiriman: 'kirim',
};

const MIN_STEM = 3;

function removeParticle(word: string): string {
  if (word.length >= 6 && /kah$/.test(word)) return word.slice(0, -3);
  if (word.length >= 8 && /lah$/.test(word)) return word.slice(0, -3);
  if (word.length >= 7 && /pun$/.test(word)) return word.slice(0, -3);
  return word;
}

function removePossessive(word: string): string {
  return word.length >= 6 && word.endsWith('nya') ? word.slice(0, -3) : word;
}

/** First-order prefixes (me-, pe-, di-, ter-, ke-) with the sound change undone. */
const FIRST_PREFIX_RULES: readonly (readonly [RegExp, (rest: string) => string])[] = [
  [/^(meng|peng)(?=[aiueogkh])/, (r) => r],
  [/^(meny|peny)(?=[aiueo])/, (r) => `s${r}`],
  [/^(mem|pem)(?=[aiueo])/, (r) => `p${r}`],
  [/^(mem|pem)(?=[bpf])/, (r) => r],
  [/^(men|pen)(?=[aiueo])/, (r) => `t${r}`],
  [/^(men|pen)(?=[cdjstz])/, (r) => r],
  [/^(me|pe)(?=[lrwymn][aiueo])/, (r) => r],
  [/^(di|ter|ke)(?=\w{4})/, (r) => r],
];

function removeFirstPrefix(word: string): string | undefined {
  const rules = FIRST_PREFIX_RULES;
  for (const [re, restore] of rules) {
    const m = re.exec(word);
    if (m) {
      const rest = restore(word.slice(m[0].length));
      return rest.length >= MIN_STEM ? rest : undefined;
    }
  }
  return undefined;
}

/** Second-order prefixes (ber-, per-, pe-) that may follow a first one ("diperbarui", "keberadaan"). */
function removeSecondPrefix(word: string): string | undefined {
  const m = /^(ber|per|pe)(?=\w{3})/.exec(word);
  if (!m || m[0] === 'pe' && !/^pe[kst]/.test(word)) return undefined; // pe- only before k/s/t ("pekerja", "pesan")
  return word.slice(m[0].length);
}

function removeSuffix(word: string, hadPrefix: boolean): string {
  if (word.endsWith('kan') && word.length - 3 >= MIN_STEM + 1) return word.slice(0, -3);
  // -an only when the word is long or a prefix was removed: "bulan", "badan", "jalan" are roots.
  if (word.endsWith('an') && (hadPrefix || word.length >= 7) && word.length - 2 >= MIN_STEM + 1) return word.slice(0, -2);
  if (hadPrefix && word.endsWith('i') && !word.endsWith('ai') && word.length - 1 >= MIN_STEM + 2) return word.slice(0, -1);
  return word;
}

export function stem(word: string): string {
  const known = STEM_EXCEPTIONS[word];
  if (known !== undefined) return known;
  if (word.length <= 4 || /\d/.test(word)) return word;
  let w = removePossessive(removeParticle(word));
  const again = STEM_EXCEPTIONS[w];
  if (again !== undefined) return again;
  let hadPrefix = false;
  const first = removeFirstPrefix(w);
  if (first !== undefined) {
    w = first;
    hadPrefix = true;
  }
  const second = removeSecondPrefix(w);
  if (second !== undefined && second.length >= MIN_STEM + 1) {
    w = second;
    hadPrefix = true;
  }
  const stemmed = removeSuffix(w, hadPrefix);
  return STEM_EXCEPTIONS[stemmed] ?? stemmed;
}
