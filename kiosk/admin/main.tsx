/**
 * The administration page: administrators change every section; the branch head (supervisor)
 * sees every section and changes the running text and the opening hours (the server decides too,
 * from the route contract's roles). Each section saves on its own and says whether the change
 * applies now or on the next service day.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SETTINGS_SECTION_LABEL_ID, type SettingsAnswer } from '../../shared/contracts/admin.ts';
import { longDateId } from '../../shared/admin/settings-impact.ts';
import { Login } from '../counter/Login.tsx';
import { api, messageOf } from './admin-api.ts';
import { AuditSection } from './sections/AuditSection.tsx';
import { BranchSection, RulesSection } from './sections/BranchSection.tsx';
import { CountersSection } from './sections/CountersSection.tsx';
import { HoursSection } from './sections/HoursSection.tsx';
import { PrintersSection } from './sections/PrintersSection.tsx';
import { ServicesSection } from './sections/ServicesSection.tsx';
import { UsersSection } from './sections/UsersSection.tsx';
// Device pairing (issue 11): its own tab.
import { DevicesSection } from './sections/DevicesSection.tsx';
import { loadSettings } from './admin-api.ts';
import { StaffHeader } from '../staff/lib/StaffHeader.tsx';

const TABS = [
  { id: 'cabang', label: 'Data cabang' },
  { id: 'layanan', label: 'Layanan' },
  { id: 'loket', label: 'Loket' },
  { id: 'jam', label: 'Jam layanan dan libur' },
  { id: 'aturan', label: 'Aturan antrean' },
  { id: 'printer', label: 'Printer' },
  { id: 'akun', label: 'Akun petugas', adminOnly: true },
  { id: 'perangkat', label: 'Perangkat' },
  { id: 'audit', label: 'Jejak audit' },
] as const;
type Tab = (typeof TABS)[number]['id'];

const ALLOWED_ROLES = ['supervisor', 'admin'];

function initialTab(): Tab {
  const wanted = location.hash.slice(1);
  return TABS.find((t) => t.id === wanted)?.id ?? 'cabang';
}

function App() {
  const [signedIn, setSignedIn] = useState(api.signedIn);
  const [tab, setTab] = useState<Tab>(initialTab);
  const [answer, setAnswer] = useState<SettingsAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const role = api.user?.role ?? '';
  const allowed = ALLOWED_ROLES.includes(role);
  const isAdmin = role === 'admin';
  useEffect(() => {
    api.onUnauthorized = () => setSignedIn(false);
  }, []);
  useEffect(() => {
    if (!signedIn || !allowed) return;
    loadSettings()
      .then(setAnswer)
      .catch((e: unknown) => setError(messageOf(e)));
  }, [signedIn, allowed]);
  if (!signedIn) return <Login api={api} title="Administrasi Cabang" onDone={() => setSignedIn(api.signedIn)} />;
  const choose = (t: Tab) => {
    setTab(t);
    history.replaceState(null, '', `#${t}`);
  };
  const pending = answer?.pending;
  return (
    <>
      <StaffHeader api={api} title={`Administrasi Cabang${answer ? ` — ${answer.settings.branch.name}` : ''}`} onSignedOut={() => setSignedIn(false)} />
      {!allowed && (
        <p class="warn" role="alert">
          Halaman ini untuk administrator dan kepala cabang (supervisor).
        </p>
      )}
      {error && (
        <p class="warn" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div class="pending" role="status">
          <strong>Menunggu hari layanan berikutnya ({longDateId(pending.effectiveDay)}):</strong> {pending.sections.map((s) => SETTINGS_SECTION_LABEL_ID[s]).join(', ')}. {pending.reasons.join(' ')}
          {isAdmin && (
            <button type="button" class="btn" onClick={() => void api.request('/api/admin/settings/pending', null, { method: 'DELETE' }).then(() => loadSettings().then(setAnswer))}>
              Batalkan perubahan yang menunggu
            </button>
          )}
        </div>
      )}
      {allowed && answer && (
        <div class="admin">
          <nav class="admin__nav" aria-label="Bagian administrasi">
            {TABS.filter((t) => !('adminOnly' in t) || isAdmin).map((t) => (
              <button key={t.id} type="button" class="btn" aria-current={tab === t.id ? 'page' : undefined} onClick={() => choose(t.id)}>
                {t.label}
              </button>
            ))}
          </nav>
          <main>
            {tab === 'cabang' && <BranchSection answer={answer} onSaved={setAnswer} isAdmin={isAdmin} />}
            {tab === 'layanan' && <ServicesSection answer={answer} onSaved={setAnswer} isAdmin={isAdmin} />}
            {tab === 'loket' && <CountersSection answer={answer} onSaved={setAnswer} isAdmin={isAdmin} />}
            {tab === 'jam' && <HoursSection answer={answer} onSaved={setAnswer} isAdmin={isAdmin} />}
            {tab === 'aturan' && <RulesSection answer={answer} onSaved={setAnswer} isAdmin={isAdmin} />}
            {tab === 'printer' && <PrintersSection answer={answer} onSaved={setAnswer} isAdmin={isAdmin} />}
            {tab === 'akun' && isAdmin && <UsersSection />}
            {tab === 'perangkat' && <DevicesSection counters={answer.settings.counters} isAdmin={isAdmin} timeZone={answer.settings.branch.timeZone} />}
            {tab === 'audit' && <AuditSection timeZone={answer.settings.branch.timeZone} today={answer.serviceDay} />}
          </main>
        </div>
      )}
    </>
  );
}

const root = document.getElementById('admin');
if (root) render(<App />, root);
