/** Sign-in for officers (console and supervisor view share it). */
import { useState } from 'preact/hooks';
import { StaffApiError, type StaffApi } from '../staff/lib/staff-api.ts';

export function Login({ api, title, onDone }: { api: StaffApi; title: string; onDone: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Why the server ended the last session (account disabled, password reset …), shown until the next sign-in.
  const [notice] = useState<string | null>(api.notice);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.login(username.trim(), password);
      onDone();
    } catch (err) {
      setError(err instanceof StaffApiError ? err.message : 'Gagal masuk. Coba lagi.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="login">
      <form class="card login__form" onSubmit={(e) => void submit(e)}>
        <h1>{title}</h1>
        {notice && !error && (
          <p class="message message--error" role="alert" data-testid="session-notice">
            {notice}
          </p>
        )}
        <label>
          Nama pengguna
          <input name="username" autoComplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} required />
        </label>
        <label>
          Kata sandi
          <input name="password" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
        </label>
        {error && (
          <p class="message message--error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn btn--primary" disabled={busy}>
          {busy ? 'Memeriksa…' : 'Masuk'}
        </button>
      </form>
    </main>
  );
}
