/**
 * The "devices" section of the branch configuration file: the USB call pads at the counters.
 * Part of the one branch file schema (queue-server/config.ts), which also checks that every pad
 * names a counter of the branch.
 */
import { z } from 'zod';
import { callPadConfigSchema } from '../../hardware/hid/call-pad.ts';

export const devicesConfigSchema = z.object({
  callPads: z.array(callPadConfigSchema).default([]),
  pollSeconds: z.number().min(0.5).max(60).default(2),
});

export type DevicesConfig = z.infer<typeof devicesConfigSchema>;
