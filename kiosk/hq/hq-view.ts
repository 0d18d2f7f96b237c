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
