// Regional word forms the lexicon does not list, undone by rule: the suffixes and sound shifts of
// Javanese, Sundanese, Minang and Betawi/Malay speech that leave an Indonesian word inside
// ("pensiune" -> pensiun, "caranipun" -> cara, "sukuna" -> suku, "kantornye" -> kantor, "lamo" ->
// lama, "bayia" -> bayar, "mancairkan" -> mencairkan, "ndaftar" -> daftar). Only tried for a word the
// guide does not know (expand.ts), and a form counts only if the guide has it, at SCORING.match.regional.

/** [ending, replacements]: every ending the word has is tried ("pensiune": -ne and -e). */
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['nipun', ['']], ['ipun', ['']], // Javanese krama possessive: caranipun, bapakipun
  ['nye', ['nya', '']], ['nyo', ['nya', '']], // Betawi / Minang -nya
  ['ne', ['', 'nya']], ['e', ['', 'a']], // Javanese -(n)e possessive; Betawi final e for a (berape, saye)
  ['na', ['']], // Sundanese possessive: sukuna, rumahna
  ['ku', ['']], ['mu', ['']], // Javanese possessive pronouns: omahku
  ['ke', ['kan']], // Javanese -ke for -kan: daftarke
  ['uah', ['uh']], ['uak', ['uk']], ['iak', ['ik', 'il']], ['ia', ['ir', 'ar']], ['ua', ['ur', 'ul', 'or']], ['o', ['a']], // Minang sound shifts
];

/** [beginning, replacements]. */
const BEGINNINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ma', ['me', 'meng', 'mem', 'men', '']], ['ba', ['ber', 'be', '']], ['ta', ['ter']], // Minang prefixes: mancairkan, bakarajo, talambek
  ['nd', ['d']], ['nj', ['j']], ['mb', ['b']], ['ngg', ['g']], // Javanese nasal prefixes: ndaftar, njupuk, mbayar, nggawa
];

export function regionalForms(word: string): string[] {
  if (word.length < 4) return [];
  const out = new Set<string>();
  const endings = ENDINGS.filter(([e]) => word.endsWith(e) && word.length - e.length >= 3);
  const bodies = [word, ...endings.flatMap(([e, replacements]) => replacements.map((r) => word.slice(0, -e.length) + r))];
  for (const body of bodies) {
    out.add(body);
    for (const [b, replacements] of BEGINNINGS) {
      if (body.startsWith(b) && body.length - b.length >= 3) for (const r of replacements) out.add(r + body.slice(b.length));
    }
  }
  out.delete(word);
  return [...out];
}
