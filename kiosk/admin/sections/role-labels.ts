/** What each staff role is called on the administration page. */
import type { StaffRole } from '../../../shared/contracts/auth.ts';

export const ROLE_LABEL: Record<StaffRole, string> = {
  admin: 'Administrator',
  supervisor: 'Kepala cabang (supervisor)',
  cso: 'Petugas loket (CSO)',
  complaint_officer: 'Pengelola pengaduan',
};
