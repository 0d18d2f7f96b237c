/**
 * Staff accounts (administrators only): the list with each account's role and status, a new
 * account (role, name, user name, initial password), disable or enable, a password reset, a role
 * change and lifting a sign-in lock. Passwords are typed, sent once and never shown; the browser
 * checks each form with the server's own rules first, in Indonesian.
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from '../../../shared/contracts/zod.ts';
import { staffAccountSchema, staffUserSchema, STAFF_ROLES, type StaffAccountDto, type StaffRole } from '../../../shared/contracts/auth.ts';
import { api, messageOf } from '../admin-api.ts';
import { Feedback, type Outcome } from '../Feedback.tsx';
import { ROLE_LABEL } from './role-labels.ts';
import { UserRow, type UserActions } from './UserRow.tsx';
import { newAccountProblem, newPasswordProblem } from './user-validation.ts';

const listSchema = z.object({ users: z.array(staffAccountSchema) });
const createdSchema = z.object({ user: staffUserSchema });
const accountSchema = z.object({ user: staffAccountSchema });
const EMPTY = { username: '', displayName: '', password: '', role: 'cso' };

export function UsersSection() {
  const [users, setUsers] = useState<StaffAccountDto[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const say = (text: string, error = false) => setOutcome({ text, error });
  const load = () =>
    api
      .request('/api/users', listSchema)
      .then((a) => setUsers(a?.users ?? []))
      .catch((e: unknown) => say(messageOf(e), true));
  useEffect(() => void load(), []);

  /** Runs one account action; answers whether it went through. */
  async function attempt(action: () => Promise<string>): Promise<boolean> {
    try {
      say(await action());
      await load();
      return true;
    } catch (err) {
      say(messageOf(err), true);
      return false;
    }
  }

  const actions: UserActions = {
    setDisabled: async (u, disabled) => {
      await attempt(async () => {
        await api.request(`/api/users/${u.id}/${disabled ? 'disable' : 'enable'}`, accountSchema, { method: 'POST', body: {} });
        return disabled ? `Akun ${u.username} dinonaktifkan. Semua sesinya berakhir sekarang dan ia tidak dapat masuk.` : `Akun ${u.username} aktif kembali. Ia dapat masuk lagi.`;
      });
    },
    setRole: (u, role: StaffRole) =>
      attempt(async () => {
        await api.request(`/api/users/${u.id}/role`, accountSchema, { method: 'POST', body: { role } });
        return `Peran ${u.username} sekarang ${ROLE_LABEL[role]}. Sesinya berakhir; ia masuk lagi dengan peran baru.`;
      }),
    resetPassword: async (u, password) => {
      const problem = newPasswordProblem(password);
      if (problem) {
        say(problem, true);
        return false;
      }
      return attempt(async () => {
        await api.request(`/api/users/${u.id}/password`, null, { method: 'POST', body: { password } });
        return `Kata sandi ${u.username} diatur ulang. Sesinya berakhir; berikan kata sandi baru kepadanya secara langsung.`;
      });
    },
    unlock: async (u) => {
      await attempt(async () => {
        await api.request(`/api/users/${u.id}/unlock`, null, { method: 'POST', body: {} });
        return `Kunci masuk ${u.username} dibuka.`;
      });
    },
  };

  async function create(e: Event): Promise<void> {
    e.preventDefault();
    const problem = newAccountProblem(form);
    if (problem) {
      say(problem, true);
      return;
    }
    const made = await attempt(async () => {
      const a = await api.request('/api/users', createdSchema, { method: 'POST', body: form });
      return `Akun ${a?.user.username ?? form.username} dibuat. Petugas dapat langsung masuk dengan kata sandi yang Anda berikan.`;
    });
    if (made) setForm(EMPTY);
  }
  const field = (key: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) => setForm((f) => ({ ...f, [key]: e.currentTarget.value }));

  return (
    <section class="card" aria-labelledby="users-title">
      <h2 id="users-title">Akun petugas</h2>
      <form onSubmit={(e) => void create(e)} noValidate>
        <fieldset>
          <legend>Akun baru</legend>
          <div class="grid2">
            <label>
              Nama pengguna
              <input name="new-username" autoComplete="off" value={form.username} onInput={field('username')} />
            </label>
            <label>
              Nama tampilan
              <input name="new-display-name" value={form.displayName} onInput={field('displayName')} />
            </label>
            <label>
              Kata sandi awal (minimal 10 karakter)
              <input name="new-password" type="password" autoComplete="new-password" value={form.password} onInput={field('password')} />
            </label>
            <label>
              Peran
              <select value={form.role} onChange={field('role')}>
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="submit" class="btn btn--primary">
            Buat akun
          </button>
        </fieldset>
      </form>
      <Feedback outcome={outcome} />
      <table class="list">
        <thead>
          <tr>
            <th scope="col">Nama pengguna</th>
            <th scope="col">Nama</th>
            <th scope="col">Peran</th>
            <th scope="col">Status</th>
            <th scope="col">Tindakan</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={`${u.id}-${u.role}-${String(u.disabled)}`} user={u} self={u.id === api.user?.id} actions={actions} />
          ))}
        </tbody>
      </table>
      <p class="note">
        Menonaktifkan akun, mengatur ulang kata sandi atau mengubah peran mengakhiri semua sesi petugas itu seketika (konsolnya kembali ke layar masuk dengan penjelasannya). Kata sandi tidak pernah ditampilkan.
      </p>
    </section>
  );
}
