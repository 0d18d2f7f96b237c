/** USB call pads: no routes of their own; their state reaches staff as an event. */
import { z } from './zod-mini.ts';
import { idSchema, text } from './wire.ts';

export const CALL_PAD_STATES = ['connected', 'disconnected', 'unavailable'] as const;
export type CallPadState = (typeof CALL_PAD_STATES)[number];

export const callPadStatusSchema = z.object({
  padId: text(64),
  counterId: idSchema,
  state: z.enum(CALL_PAD_STATES),
  path: z.nullable(text(500)),
});
export type CallPadStatusDto = z.infer<typeof callPadStatusSchema>;

export const deviceEventPayloads = {
  'callpad.status': callPadStatusSchema,
} as const;
