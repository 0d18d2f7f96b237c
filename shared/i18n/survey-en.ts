/** The satisfaction survey in English, for visitors who switch the kiosk to English. */
import type { SkmElement } from '../survey/elements.ts';
import { surveyId, type SkmQuestion, type SurveyMessages } from './survey-id.ts';

const skmQuestionsEn: Record<SkmElement, SkmQuestion> = {
  u1: { name: 'Requirements', question: 'How well do the service requirements fit the kind of service?', options: ['Not suitable', 'Less suitable', 'Suitable', 'Very suitable'] },
  u2: { name: 'System, mechanism and procedure', question: 'How easy is the service procedure at this office?', options: ['Not easy', 'Less easy', 'Easy', 'Very easy'] },
  u3: { name: 'Completion time', question: 'How fast was the service delivered?', options: ['Not fast', 'Less fast', 'Fast', 'Very fast'] },
  u4: { name: 'Cost/fee', question: 'How fair is the cost or fee of the service?', options: ['Very expensive', 'Quite expensive', 'Cheap', 'Free'] },
  u5: { name: 'Service product', question: 'How well does the result match what the service standard promises?', options: ['Not suitable', 'Less suitable', 'Suitable', 'Very suitable'] },
  u6: { name: 'Staff competence', question: 'How competent were the officers in serving you?', options: ['Not competent', 'Less competent', 'Competent', 'Very competent'] },
  u7: { name: 'Staff behaviour', question: 'How polite and friendly were the officers?', options: ['Not polite and friendly', 'Less polite and friendly', 'Polite and friendly', 'Very polite and friendly'] },
  u8: { name: 'Facilities', question: 'How good are the facilities?', options: ['Poor', 'Fair', 'Good', 'Very good'] },
  u9: { name: 'Complaints, suggestions and feedback', question: 'How are complaints from service users handled?', options: ['Not available', 'Available but not working', 'Working, not at its best', 'Well managed'] },
};

export const surveyEn: SurveyMessages = {
  questions: skmQuestionsEn,
  faces: ['Not satisfied', 'Less satisfied', 'Satisfied', 'Very satisfied'],

  ratingTitle: 'How was our service today?',
  ratingInstruction: 'Touch one of the faces.',
  ratingFor: (number, service) => `Ticket ${number} · ${service}`,
  inviteTitle: 'Thank you for your rating',
  inviteBody: 'Would you answer 9 short questions about our service? You may skip any question.',
  inviteYes: 'Yes, answer 9 questions',
  inviteNo: 'Done',
  questionProgress: (index, total) => `Question ${index} of ${total}`,
  skip: 'Skip',
  back: 'Back',
  commentTitle: 'Any suggestion or feedback?',
  commentLabel: 'Suggestion or feedback',
  commentHint: 'Optional. Please do not write your NIK, KPJ or phone number.',
  commentSend: 'Send',
  commentSkip: 'Send without a suggestion',
  sending: 'Saving your answers…',
  thanksTitle: 'Thank you',
  thanksBody: 'We have received your answers; they help us improve our service.',
  thanksSaved: 'Your answers are saved and will be sent automatically.',
  saveFailed: 'Your answers could not be saved on this device. Please try again or ask an officer.',
  tryAgain: 'Try again',
  done: 'Done',

  ticketTitle: 'Satisfaction survey',
  ticketInstruction: 'Scan the QR code on your ticket, or type your queue number (for example A-012).',
  ticketLabel: 'Queue number',
  ticketSubmit: 'Start the survey',
  ticketChecking: 'Checking your ticket…',
  ticketEmpty: 'Type your queue number first, for example A-012.',
  ticketOffline: 'The queue server is not reachable. Please try again shortly.',
  ticketDelete: 'Delete',
  ticketClear: 'Clear',

  idleTitle: 'Welcome',
  idleBody: 'When your service is finished, the satisfaction survey appears on this screen.',
  idleCounter: (counter) => counter,
  idleOffline: 'Connecting to the queue server…',
  tabletUnknownCounter: 'The tablet address is incomplete: add ?loket=<counter id>, for example /survei/?loket=loket-1.',

  phoneInvalid: 'This survey link is not valid. You can answer the survey on the counter tablet or at the Kios-K.',

  alreadyAnswered: 'The survey for this ticket has already been answered. Thank you for taking part.',
};

export function surveyMessages(language: 'id' | 'en'): SurveyMessages {
  return language === 'en' ? surveyEn : surveyId;
}
