/**
 * The complaint officer's console page. The list is polled every 10 s through the staff routes:
 * complaint changes never go on the public event stream.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { categoriesResponseSchema, complaintListItemSchema } from '../../shared/contracts/complaints.ts';
import { StaffApi, StaffApiError } from '../staff/lib/staff-api.ts';
import { Login } from '../counter/Login.tsx';
import { DetailPanel, ListPanel, RecordPanel, type Filters } from './ComplaintConsole.tsx';
import { detailSchema, type ComplaintDetail } from './detail.ts';

const listSchema = z.object({ complaints: z.array(complaintListItemSchema), suggestions: z.number() });
const api = new StaffApi();

interface PageState {
  list: z.infer<typeof listSchema> | null;
  /** The branch's categories for the filter (by id: the list shows names). */
  categories: z.infer<typeof categoriesResponseSchema>['categories'];
  detail: ComplaintDetail | null;
  filters: Filters;
  error: string | null;
}
const INITIAL: PageState = { list: null, categories: [], detail: null, filters: { status: 'open', category: '', channel: '', officer: '', q: '' }, error: null };
type Update = (change: (s: PageState) => PageState) => void;

const queryOf = (filters: Filters): string => new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
const failure = (e: unknown, fallback: string) => (e instanceof StaffApiError ? e.message : fallback);

async function load(filters: Filters, update: Update): Promise<void> {
  if (!api.signedIn) return;
  try {
    const list = await api.request(`/api/complaints?${queryOf(filters)}`, listSchema);
    update((s) => ({ ...s, list, error: null }));
  } catch (e) {
    update((s) => ({ ...s, error: failure(e, 'Daftar tidak dapat dimuat.') }));
  }
}

async function loadCategories(update: Update): Promise<void> {
  try {
    const answer = await api.request('/api/complaints/categories', categoriesResponseSchema);
    update((s) => ({ ...s, categories: answer?.categories ?? [] }));
  } catch (e) {
    update((s) => ({ ...s, error: failure(e, 'Kategori tidak dapat dimuat.') }));
  }
}

async function open(reference: string, update: Update): Promise<void> {
  try {
    const detail = (await api.request(`/api/complaints/${encodeURIComponent(reference)}`, detailSchema))?.complaint ?? null;
    update((s) => ({ ...s, detail, error: null }));
  } catch (e) {
    update((s) => ({ ...s, error: failure(e, 'Rincian tidak dapat dimuat.') }));
  }
}

/** True when the server took the step. */
async function act(path: string, body: unknown, filters: Filters, update: Update): Promise<boolean> {
  try {
    const detail = (await api.request(path, detailSchema, { method: 'POST', body }))?.complaint;
    update((s) => ({ ...s, detail: detail ?? s.detail, error: null }));
    await load(filters, update);
    return true;
  } catch (e) {
    update((s) => ({ ...s, error: failure(e, 'Tindakan gagal.') }));
    return false;
  }
}

async function exportCsv(filters: Filters): Promise<void> {
  await api.download(`/api/complaints/export.csv?${queryOf(filters)}`, 'pengaduan.csv');
}

function Page() {
  const [signedIn, setSignedIn] = useState(api.signedIn);
  const [state, setState] = useState(INITIAL);
  const update: Update = (change) => setState(change);
  const { filters } = state;
  useEffect(() => {
    api.onUnauthorized = () => setSignedIn(false);
  }, []);
  useEffect(() => {
    if (signedIn) void loadCategories(update);
  }, [signedIn]);
  useEffect(() => {
    if (!signedIn) return;
    void load(filters, update);
    const t = setInterval(() => void load(filters, update), 10_000);
    return () => clearInterval(t);
  }, [signedIn, filters]);
  if (!signedIn) return <Login api={api} title="Pengelolaan Pengaduan" onDone={() => setSignedIn(api.signedIn)} />;
  return (
    <main class="cc">
      <header>
        <h1>Pengelolaan Pengaduan · {api.user?.displayName ?? ''}</h1>
        <button type="button" class="btn" onClick={() => void api.logout().then(() => setSignedIn(false))}>Keluar</button>
      </header>
      {state.error && <p class="message message--error" role="alert" style="grid-column: 1 / -1">{state.error}</p>}
      <div>
        <ListPanel items={state.list?.complaints ?? []} categories={state.categories} suggestions={state.list?.suggestions ?? 0} filters={filters} selected={state.detail?.reference ?? null}
          onFilters={(f) => update((s) => ({ ...s, filters: f }))} onOpen={(r) => void open(r, update)} onExport={() => void exportCsv(filters)} />
        <RecordPanel api={api} onFiled={() => void load(filters, update)} />
      </div>
      {state.detail ? <DetailPanel key={state.detail.reference} api={api} detail={state.detail} onAct={(path, body) => act(path, body, filters, update)} onOpen={(r) => void open(r, update)} /> : <section class="card"><p>Pilih pengaduan dari daftar.</p></section>}
    </main>
  );
}

const root = document.getElementById('complaints');
if (root) render(<Page />, root);
