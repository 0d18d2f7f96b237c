/**
 * One download of the answer parsers (answer-parsers.ts) shared by every caller. A failed download
 * (the server went away between the page and its first request) is forgotten, so the next request
 * tries again instead of failing for ever.
 */
type AnswerParsers = typeof import('./answer-parsers.ts');

let loading: Promise<AnswerParsers> | null = null;

export function answerParsers(): Promise<AnswerParsers> {
  loading ??= import('./answer-parsers.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
