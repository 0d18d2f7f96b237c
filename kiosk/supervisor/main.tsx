/**
 * Supervisor view. The page's state is the supervisor actor (supervisor.machine.ts): the overview,
 * reloaded on queue events and every 15 s, and the help requests being resolved.
 */
import { render } from 'preact';
import { createActor, fromPromise } from 'xstate';
import { overviewSchema, type OverviewDto } from '../../shared/contracts/queue.ts';
import { releaseAnswerSchema } from '../../shared/contracts/supervision.ts';
import { useActorSnapshot } from '../app/use-actor.ts';
import { Login } from '../counter/Login.tsx';
import { browserLiveDeps } from '../staff/lib/live.machine.ts';
import { StaffApi } from '../staff/lib/staff-api.ts';
import { useClock } from '../staff/lib/use-clock.ts';
import { supervisorMachine } from './supervisor.machine.ts';
import { Supervisor } from './Supervisor.tsx';
import { SyncHealthCard } from './SyncHealth.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { ClockPanel } from './ClockPanel.tsx';

const api = new StaffApi();
const page = createActor(
  supervisorMachine.provide({
    actors: {
      loadOverview: fromPromise<OverviewDto | null>(async () => (api.signedIn ? api.request('/api/supervisor/overview', overviewSchema) : null)),
      resolveHelp: fromPromise<void, { id: number }>(async ({ input }) => {
        await api.request(`/api/help-requests/${input.id}/resolve`, null, { method: 'POST', body: {} });
      }),
      releaseCounter: fromPromise<string, { id: string }>(async ({ input }) => {
        const answer = await api.request(`/api/counters/${encodeURIComponent(input.id)}/release`, releaseAnswerSchema, { method: 'POST', body: {} });
        return answer?.returned ? `Loket dilepas. Nomor ${answer.returned.number} kembali ke urutan semula.` : 'Loket dilepas dan dapat dibuka petugas lain.';
      }),
    },
  }),
  { input: { liveDeps: { ...browserLiveDeps, streamPath: (id: number) => api.staffStreamPath(id), onSessionEnded: (message: string) => api.endedByServer(message) } } },
).start();
api.onUnauthorized = () => page.send({ type: 'session.changed' });

function App() {
  const { context } = useActorSnapshot(page);
  const now = useClock(15_000);
  if (!api.signedIn) return <Login api={api} title="Pemantauan Cabang" onDone={() => page.send({ type: 'session.changed' })} />;
  return (
    <>
    <Supervisor
      overview={context.overview}
      officer={api.user?.displayName ?? ''}
      error={context.error}
      busyHelpId={context.busyHelpId}
      busyCounterId={context.busyCounterId}
      notice={context.notice}
      onRelease={(id) => page.send({ type: 'counter.release', id })}
      now={now}
      timeZone={context.timeZone}
      onResolve={(id) => page.send({ type: 'help.resolve', id })}
      onLogout={() => void api.logout().catch(() => undefined).finally(() => page.send({ type: 'session.changed' }))}
    />
    <ClockPanel api={api} timeZone={context.timeZone} />
    <SyncHealthCard api={api} />
    <BackupPanel api={api} timeZone={context.timeZone} />
    </>
  );
}

const root = document.getElementById('supervisor');
if (root) render(<App />, root);
