/**
 * The complaint officer's console page. The list is polled every 10 s through the staff routes:
 * complaint changes never go on the public event stream.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { z } from 'zod';
import { complaintListItemSchema } from '../../shared/contracts/complaints.ts';
import { createChangeSignal } from '../board/lib/page-store.ts';
import { StaffApi, StaffApiError } from '../board/lib/staff-api.ts';
import { Login } from '../counter/Login.tsx';
import { DetailPanel, ListPanel, RecordPanel, type Filters } from './ComplaintConsole.tsx';
import { detailSchema, type ComplaintDetail } from './detail.ts';

const listSchema = z.object({ complaints: z.array(complaintListItemSchema), suggestions: z.number() });
const api = new StaffApi();
const store: { list: z.infer<typeof listSchema> | null; detail: ComplaintDetail | null; filters: Filters; error: string | null } = {
  list: null, detail: null, filters: { status: 'open', category: '', channel: '', officer: '', q: '' }, error: null,
};
const { changed, useChanges } = createChangeSignal();
api.onUnauthorized = changed;

function query(): string {
  const params = new URLSearchParams(Object.entries(store.filters).filter(([, v]) => v !== ''));
  return params.toString();
}

async function load(): Promise<void> {
  if (!api.signedIn) return;
  try {
    store.list = await api.request(`/api/complaints?${query()}`, listSchema);
    store.error = null;
  } catch (e) {
    store.error = e instanceof StaffApiError ? e.message : 'Daftar tidak dapat dimuat.';
  }
  changed();
}

async function open(reference: string): Promise<void> {
  try {
    store.detail = (await api.request(`/api/complaints/${encodeURIComponent(reference)}`, detailSchema))?.complaint ?? null;
    store.error = null;
  } catch (e) {
    store.error = e instanceof StaffApiError ? e.message : 'Rincian tidak dapat dimuat.';
  }
  changed();
}

async function act(path: string, body: unknown): Promise<void> {
  try {
    store.detail = (await api.request(path, detailSchema, { method: 'POST', body }))?.complaint ?? store.detail;
    store.error = null;
    await load();
  } catch (e) {
    store.error = e instanceof StaffApiError ? e.message : 'Tindakan gagal.';
    changed();
  }
}

async function exportCsv(): Promise<void> {
  const token = sessionStorage.getItem('kios-k.staff-token');
  const res = await fetch(`/api/complaints/export.csv?${query()}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: 'pengaduan.csv' });
  a.click();
  URL.revokeObjectURL(url);
}

function Page() {
  useChanges();
  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), 10_000);
    return () => clearInterval(t);
  }, []);
  if (!api.signedIn) return <Login api={api} title="Pengelolaan Pengaduan" onDone={() => void load()} />;
  return (
    <main class="cc">
      <header>
        <h1>Pengelolaan Pengaduan · {api.user?.displayName ?? ''}</h1>
        <button type="button" class="btn" onClick={() => void api.logout().then(changed)}>Keluar</button>
      </header>
      {store.error && <p class="message message--error" role="alert" style="grid-column: 1 / -1">{store.error}</p>}
      <div>
        <ListPanel items={store.list?.complaints ?? []} suggestions={store.list?.suggestions ?? 0} filters={store.filters} selected={store.detail?.reference ?? null}
          onFilters={(f) => { store.filters = f; void load(); }} onOpen={(r) => void open(r)} onExport={() => void exportCsv()} />
        <RecordPanel api={api} onFiled={() => void load()} />
      </div>
      {store.detail ? <DetailPanel key={store.detail.reference} api={api} detail={store.detail} onAct={act} onOpen={(r) => void open(r)} /> : <section class="card"><p>Pilih pengaduan dari daftar.</p></section>}
    </main>
  );
}

const root = document.getElementById('complaints');
if (root) render(<Page />, root);
