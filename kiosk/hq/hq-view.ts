/** What the head-office page writes for a figure: Indonesian dates, minutes, percentages, sizes. */
export const minutes = (m: number | null): string => (m === null ? '–' : `${m.toLocaleString('id-ID')} menit`);
export const percent = (p: number | null): string => (p === null ? '–' : `${p.toLocaleString('id-ID')}%`);

export function contact(iso: string | null, nowMs: number): string {
  if (iso === null) return 'belum pernah';
  const ago = Math.max(0, Math.round((nowMs - Date.parse(iso)) / 60_000));
  if (ago < 1) return 'baru saja';
  if (ago < 120) return `${ago} menit lalu`;
  if (ago < 48 * 60) return `${Math.round(ago / 60)} jam lalu`;
  return `${Math.round(ago / 1440)} hari lalu`;
}

export function skew(ms: number | null): string {
  if (ms === null) return '–';
  const s = Math.round(ms / 1000);
  return Math.abs(s) < 2 ? 'selaras' : `${s > 0 ? '+' : ''}${s} detik`;
}

export function bytes(n: number | null): string {
  if (n === null) return '–';
  const gb = n / 1024 ** 3;
  return gb >= 1 ? `${gb.toLocaleString('id-ID', { maximumFractionDigits: 1 })} GB` : `${Math.round(n / 1024 ** 2)} MB`;
}

/**
 * The bundle a branch runs on against the newest published: "v3", "v3 · layanan mulai 2026-11-24",
 * "v2 · v4 ditolak" (the reason as the title), "belum menarik" before its first pull.
 */
export function configLabel(
  c: { applied: number | null; pulledAt: string | null; waitingUntil: string | null; refused: { version: number; reason: string } | null },
  latest: number | null,
): { text: string; tone: 'ok' | 'bad' | 'plain'; title: string | undefined } {
  if (c.pulledAt === null) return { text: latest === null ? '–' : 'belum menarik', tone: latest === null ? 'plain' : 'bad', title: undefined };
  const running = c.applied === null ? 'bawaan' : `v${c.applied}`;
  if (c.refused) return { text: `${running} · v${c.refused.version} ditolak`, tone: 'bad', title: c.refused.reason };
  const waiting = c.waitingUntil ? ` · layanan mulai ${c.waitingUntil}` : '';
  const current = latest === null || c.applied === latest;
  return { text: `${running}${waiting}`, tone: current ? 'ok' : 'bad', title: current ? undefined : `versi terbit terbaru: v${latest}` };
}
