/** The console's reading of GET /api/complaints/{reference}. */
import { z } from 'zod';
import { complaintStatusSchema, COMPLAINT_CHANNELS } from '../../shared/contracts/complaints.ts';
import { COMPLAINT_ACTIONS } from '../../shared/complaints/lifecycle.ts';
import { COMPLAINT_TIMELINE_LABELS } from '../../shared/i18n/complaint-console-id.ts';

export const detailSchema = z.object({
  complaint: z.object({
    reference: z.string(),
    status: complaintStatusSchema,
    categoryName: z.string(),
    channel: z.enum(COMPLAINT_CHANNELS),
    reporter: z.object({ name: z.string(), nik: z.string(), kpj: z.string().nullable(), phone: z.string(), email: z.string().nullable() }),
    description: z.string(),
    occurredAt: z.string().nullable(),
    place: z.string().nullable(),
    ticketNumber: z.string().nullable(),
    receivedAt: z.string(),
    assignee: z.string().nullable(),
    clock: z.object({
      state: z.enum(['running', 'paused', 'stopped']),
      usedDays: z.number(),
      leftDays: z.number(),
      dueDate: z.string().nullable(),
      warning: z.string(),
      pause: z.object({ since: z.number(), by: z.string(), reason: z.string().nullable(), leftDays: z.number() }).nullable(),
    }),
    completenessDeadline: z.string().nullable(),
    resolution: z.string().nullable(),
    escalationReason: z.string().nullable(),
    linkedTo: z.string().nullable(),
    duplicates: z.array(z.string()),
    actions: z.array(z.enum(COMPLAINT_ACTIONS)),
    timeline: z.array(z.object({ at: z.number(), actor: z.string(), kind: z.string(), note: z.string().nullable() })),
    officers: z.array(z.object({ username: z.string(), displayName: z.string() })),
  }),
});
export type ComplaintDetail = z.infer<typeof detailSchema>['complaint'];

export const ACTION_LABELS: Record<(typeof COMPLAINT_ACTIONS)[number], string> = {
  verify: 'Verifikasi',
  coordinate: 'Koordinasi dengan unit lain',
  request_data: 'Minta kelengkapan data',
  data_completed: 'Data sudah lengkap',
  resolve: 'Selesaikan',
  participant_accepts: 'Peserta menerima',
  participant_rejects: 'Peserta tidak menerima (eskalasi)',
  auto_close_incomplete: 'Tutup otomatis',
};

const TIMELINE_KINDS: Readonly<Record<string, string>> = COMPLAINT_TIMELINE_LABELS;

/** The Indonesian label of a timeline entry; a kind this build does not know shows as "Catatan sistem (kind)". */
export function timelineLabel(kind: string): string {
  return Object.hasOwn(TIMELINE_KINDS, kind) ? (TIMELINE_KINDS[kind] ?? kind) : `Catatan sistem (${kind})`;
}
