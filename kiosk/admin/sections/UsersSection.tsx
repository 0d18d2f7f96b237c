/**
 * Staff accounts: the list and a new account (the routes main has). Disabling, password reset and
 * role changes come with the user routes of the access-control work; passwords are never shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from '../../../shared/contracts/zod.ts';
import { staffUserSchema, STAFF_ROLES, type StaffUserDto } from '../../../shared/contracts/auth.ts';
import { api, messageOf } from '../admin-api.ts';
import { Feedback, type Outcome } from '../Feedback.tsx';

const ROLE_LABEL: Record<string, string> = { admin: 'Administrator', supervisor: 'Kepala cabang (supervisor)', cso: 'Petugas loket (CSO)', complaint_officer: 'Pengelola pengaduan' };
const listSchema = z.object({ users: z.array(staffUserSchema) });
const createdSchema = z.object({ user: staffUserSchema });

export function UsersSection() {
  const [users, setUsers] = useState<StaffUserDto[]>([]);
  const [form, setForm] = useState({ username: '', displayName: '', password: '', role: 'cso' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const load = () =>
    api
      .request('/api/users', listSchema)
      .then((a) => setUsers(a?.users ?? []))
      .catch((e: unknown) => setOutcome({ text: messageOf(e), error: true }));
  useEffect(() => void load(), []);
  async function unlock(u: StaffUserDto): Promise<void> {
    try {
      await api.request(`/api/users/${u.id}/unlock`, null, { method: 'POST', body: {} });
      setOutcome({ text: `Kunci masuk ${u.username} dibuka.`, error: false });
    } catch (err) {
      setOutcome({ text: messageOf(err), error: true });
    }
  }
  async function create(e: Event): Promise<void> {
    e.preventDefault();
    try {
      const a = await api.request('/api/users', createdSchema, { method: 'POST', body: form });
      setOutcome({ text: `Akun ${a?.user.username ?? form.username} dibuat. Petugas dapat langsung masuk dengan kata sandi yang Anda berikan.`, error: false });
      setForm({ username: '', displayName: '', password: '', role: 'cso' });
      await load();
    } catch (err) {
      setOutcome({ text: messageOf(err), error: true });
    }
  }
  return (
    <section class="card" aria-labelledby="users-title">
      <h2 id="users-title">Akun petugas</h2>
      <form onSubmit={(e) => void create(e)}>
        <fieldset>
          <legend>Akun baru</legend>
          <div class="grid2">
            <label>
              Nama pengguna
              <input name="new-username" autoComplete="off" value={form.username} onInput={(e) => setForm((f) => ({ ...f, username: e.currentTarget.value }))} />
            </label>
            <label>
              Nama tampilan
              <input name="new-display-name" value={form.displayName} onInput={(e) => setForm((f) => ({ ...f, displayName: e.currentTarget.value }))} />
            </label>
            <label>
              Kata sandi awal (minimal 10 karakter)
              <input name="new-password" type="password" autoComplete="new-password" value={form.password} onInput={(e) => setForm((f) => ({ ...f, password: e.currentTarget.value }))} />
            </label>
            <label>
              Peran
              <select value={form.role} onChange={(e) => setForm((f) => ({ ...f, role: e.currentTarget.value }))}>
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r] ?? r}
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
            <th scope="col">Tindakan</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>{ROLE_LABEL[u.role] ?? u.role}</td>
              <td>
                <button type="button" class="btn" onClick={() => void unlock(u)}>
                  Buka kunci masuk {u.username}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note">Menonaktifkan akun, mengatur ulang sandi, mengubah peran dan mengelola perangkat yang dipasangkan belum tersedia di server ini (rute akun dan perangkat menyusul).</p>
    </section>
  );
}
