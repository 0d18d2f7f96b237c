// Document-side knowledge: for each FAQ entry, the ways branch visitors ask for it (a situation told
// without the programme's name, a long dictated question with regional words, English or mixed, a
// short chat-style query, an everyday rewording). Indexed as the `phrasings` field of
// search-index.ts, so a story's words meet the question that answers it.
// Written from the entries' own questions and answers by writers who never saw the search code or
// the labelled queries (visitor-phrasings.json says how); a test checks every id is a FAQ entry.
// Content owners extend it from the kiosk's searches without a useful answer.

import data from './visitor-phrasings.json';

/** FAQ id -> the visitors' phrasings of its question, in the file's order. */
export const VISITOR_PHRASINGS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.phrasings));
