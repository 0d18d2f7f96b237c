/**
 * The contract's schemas for every answer the kiosk's first screen and ticket flow read (services,
 * the issued ticket, a help request, the branch facts, the device's pairing). Loaded after the
 * first screen through answerParsers() (lazy-parsers.ts), never imported statically: zod/mini's
 * core is about 20 kB gzip, and keeping it out of the first download is what holds the kiosk's
 * initial JS inside its 60 kB budget (kiosk/README.md, `npm run bench:kiosk`).
 */
export { helpAnswerSchema } from '../../../shared/contracts/help-requests.ts';
export { servicesAnswerSchema } from '../../../shared/contracts/queue.ts';
export { issueTicketResponseSchema } from '../../../shared/contracts/tickets.ts';
export { kioskInfoResponseSchema } from '../../../shared/contracts/kiosk-floor.ts';
export { deviceSelfAnswerSchema, pairingRequestAnswerSchema } from '../../../shared/contracts/device-pairing.ts';
export { errorOf, parseOrNull } from '../../../shared/contracts/wire.ts';
