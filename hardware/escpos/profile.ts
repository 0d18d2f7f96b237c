/**
 * What differs between printers, from configuration: paper width, whether and how it cuts, and the
 * code page. 58 mm printers often have no cutter, and a cut command there prints garbage or is
 * ignored, so cutting is a per-printer setting rather than a constant.
 */
import { z } from 'zod';
import { PAPER_WIDTHS } from '../../shared/print/document.ts';

export const CUTTERS = ['partial', 'full', 'none'] as const;
export const CODE_PAGES = ['cp437', 'cp858'] as const;

export const printerProfileSchema = z.object({
  paper: z.enum(PAPER_WIDTHS).default('80mm'),
  cutter: z.enum(CUTTERS).default('partial'),
  /** CP437 by default (ESC t 0, the same on Epson and the common clones); PC858 adds the euro sign. */
  codePage: z.enum(CODE_PAGES).default('cp437'),
  /** Lines fed before the cut: the cutter sits a few lines above the print head. */
  feedBeforeCut: z.number().int().min(0).max(10).default(4),
});

export type PrinterProfile = z.infer<typeof printerProfileSchema>;

export const DEFAULT_PROFILE: PrinterProfile = printerProfileSchema.parse({});
