/**
 * The nine SKM elements (unsur) of PermenPANRB 14/2017 and the 4-point scale. Answers are keyed by
 * element code everywhere (u1..u9), never by position in a list: adding or reordering a question
 * can then never move a score to another element (a defect seen in Indonesian SKM apps).
 * The wording visitors read lives in shared/i18n/survey-id.ts and survey-en.ts.
 */
export const SKM_ELEMENTS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type SkmElement = (typeof SKM_ELEMENTS)[number];

export const SKM_SCORES = [1, 2, 3, 4] as const;
export type SkmScore = (typeof SKM_SCORES)[number];

/** The questionnaire version stored with each response, so a changed annex is a data change. */
export const QUESTIONNAIRE_VERSION = 'skm-permenpanrb-14-2017-v1';
/**
 * The questionnaires this build can show (the elements and wording above): a head-office bundle
 * may switch between them, never to one the kiosk has no questions for.
 */
export const KNOWN_QUESTIONNAIRES = [QUESTIONNAIRE_VERSION] as const;
export type QuestionnaireVersion = (typeof KNOWN_QUESTIONNAIRES)[number];

/** One visitor's SKM answers: an element left out was skipped. */
export type SkmAnswers = Partial<Record<SkmElement, SkmScore>>;

export const isSkmScore = (value: unknown): value is SkmScore => value === 1 || value === 2 || value === 3 || value === 4;
