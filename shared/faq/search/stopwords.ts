// A short, curated stop list: function words, question words, particles and forms of address.
// Deliberately NOT removed (they carry meaning in a social-security FAQ): tidak, belum, masih,
// lama, baru, bulan, tahun, masa, awal, akhir, lebih, kurang, jumlah, bekerja, sebelum, setelah.
// Applied after the informal lexicon, so "gmn" -> "bagaimana" is dropped here too.

export const STOP_WORDS: ReadonlySet<string> = new Set([
  // function words
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'atau', 'ini', 'itu', 'adalah', 'akan', 'juga', 'oleh',
  'pada', 'dalam', 'bagi', 'tentang', 'seperti', 'saja', 'jika', 'kalau', 'apabila', 'bila', 'tersebut',
  'para', 'agar', 'supaya', 'karena', 'sebagai', 'serta', 'maka', 'namun', 'tetapi', 'tapi', 'hal', 'sudah',
  'telah', 'ada', 'nya', 'per', 'pun', 'se', 'kan', 'lagi', 'aja', 'doang', 'gitu', 'begitu', 'sama', 'nih', 'tuh',
  // question words and request verbs
  'apa', 'apakah', 'bagaimana', 'bagaimanakah', 'berapa', 'berapakah', 'kenapa', 'mengapa', 'kapan', 'mana', 'dimana',
  'dimanakah', 'siapa', 'siapakah', 'cara', 'caranya', 'mau', 'ingin', 'pengen', 'bisa', 'bisakah', 'dapat', 'dapatkah',
  'perlu', 'boleh', 'bolehkah', 'tolong', 'mohon', 'minta', 'gimana',
  'adakah', 'saat', 'yaitu', 'yakni', 'sih', 'dong', 'kok', 'ya', 'yah', 'kah', 'lah', 'deh', 'loh',
  // the visitor and forms of address
  'saya', 'aku', 'gue', 'gw', 'kami', 'kita', 'anda', 'kamu', 'min', 'admin', 'kak', 'kakak', 'bapak', 'bu', 'ibu',
  'mas', 'mbak', 'gan', 'sis', 'bro', 'halo', 'hallo', 'permisi', 'makasih', 'thanks', 'selamat', 'pagi', 'siang',
]);

/**
 * "pak" is both "Sir" and the acronym of Penyakit Akibat Kerja. The guide only ever means the
 * acronym (so it is indexed); in a query it is an address at either end of a longer message
 * ("pak, klaim jht gimana", "... caranya pak") and the acronym elsewhere ("klaim pak kapan").
 */
export function isAddressInQuery(word: string, position: number, count: number): boolean {
  return word === 'pak' && count >= 3 && (position === 0 || position === count - 1);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
