/** The administration page's calls: the settings routes, answered with the contract's schemas. */
import { settingsAnswerSchema, settingsChangeAnswerSchema, type SettingsAnswer, type SettingsChangeAnswer } from '../../shared/contracts/admin.ts';
import { StaffApi, StaffApiError } from '../staff/lib/staff-api.ts';

export const api = new StaffApi();

export type SettingsPath = 'branch' | 'running-text' | 'services' | 'counters' | 'opening-hours' | 'queue-rules';

export async function loadSettings(): Promise<SettingsAnswer> {
  const answer = await api.request('/api/admin/settings', settingsAnswerSchema);
  if (!answer) throw new StaffApiError('invalid', 'Pengaturan tidak dapat dimuat.');
  return answer;
}

export async function saveSettings(path: SettingsPath, body: unknown): Promise<SettingsChangeAnswer> {
  const answer = await api.request(`/api/admin/settings/${path}`, settingsChangeAnswerSchema, { method: 'PUT', body });
  if (!answer) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali.');
  return answer;
}

export const messageOf = (e: unknown): string => (e instanceof StaffApiError ? e.message : 'Terjadi kesalahan. Coba lagi.');

/** A file answer (CSV, JSON) is not parsed: saved through the staff session (kiosk/staff/lib/staff-api.ts). */
export const download = (path: string, name: string): Promise<string | null> => api.download(path, name);
