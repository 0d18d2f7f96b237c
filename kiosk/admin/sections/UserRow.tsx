/**
 * One staff account in the administrator's list: its role (changed on the spot), disable or
 * enable, a password reset (typed here, sent once, never shown again) and lifting a sign-in lock.
 * Every action ends the officer's sessions where the server says so (disable, reset, role).
 */
import { useState } from 'preact/hooks';
import { STAFF_ROLES, type StaffAccountDto, type StaffRole } from '../../../shared/contracts/auth.ts';
import { ROLE_LABEL } from './role-labels.ts';

export interface UserActions {
  setDisabled: (u: StaffAccountDto, disabled: boolean) => Promise<void>;
  setRole: (u: StaffAccountDto, role: StaffRole) => Promise<boolean>;
  resetPassword: (u: StaffAccountDto, password: string) => Promise<boolean>;
  unlock: (u: StaffAccountDto) => Promise<void>;
}

export function UserRow({ user: u, self, actions }: { user: StaffAccountDto; self: boolean; actions: UserActions }) {
  const [role, setRole] = useState<StaffRole>(u.role);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const roleId = `role-${u.id}`;
  const passwordId = `reset-${u.id}`;
  return (
    <tr data-user={u.username}>
      <td>{u.username}</td>
      <td>{u.displayName}</td>
      <td>
        {self ? (
          ROLE_LABEL[u.role]
        ) : (
          <div class="row">
            <label class="sr-only" for={roleId}>
              Peran akun {u.username}
            </label>
            <select id={roleId} value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
            {role !== u.role && (
              <button type="button" class="btn" onClick={() => void actions.setRole(u, role).then((ok) => ok || setRole(u.role))}>
                Simpan peran {u.username}
              </button>
            )}
          </div>
        )}
      </td>
      <td>{u.disabled ? <strong class="badge badge--off">Nonaktif</strong> : 'Aktif'}</td>
      <td>
        <div class="row">
          {!self && (
            <button type="button" class="btn" onClick={() => void actions.setDisabled(u, !u.disabled)}>
              {u.disabled ? `Aktifkan ${u.username}` : `Nonaktifkan ${u.username}`}
            </button>
          )}
          <button type="button" class="btn" aria-expanded={resetting} onClick={() => setResetting((r) => !r)}>
            Atur ulang sandi {u.username}
          </button>
          <button type="button" class="btn" onClick={() => void actions.unlock(u)}>
            Buka kunci masuk {u.username}
          </button>
        </div>
        {resetting && (
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              void actions.resetPassword(u, password).then((ok) => {
                if (!ok) return;
                setPassword('');
                setResetting(false);
              });
            }}
          >
            <label for={passwordId}>Kata sandi baru untuk {u.username} (minimal 10 karakter)</label>
            <input id={passwordId} type="password" autoComplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
            <button type="submit" class="btn btn--primary">
              Simpan sandi baru {u.username}
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
