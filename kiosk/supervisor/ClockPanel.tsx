/**
 * The server's clock, shown only when its wall clock jumped (GET /api/admin/clock): what the
 * server does meanwhile, and the branch head's confirmation that the wall clock is right now.
 */
import { useState } from 'preact/hooks';
import { clockConfirmAnswerSchema, clockStatusSchema } from '../../shared/contracts/clock.ts';
import { clockWarningId } from '../../shared/i18n/clock-id.ts';
import { StaffApiError, type StaffApi } from '../staff/lib/staff-api.ts';
import { usePolled } from '../staff/lib/use-polled.ts';

const EVERY_MS = 30_000;

export function ClockPanel({ api, timeZone }: { api: StaffApi; timeZone: string }) {
  const { value: status, set: setStatus } = usePolled(api, '/api/admin/clock', clockStatusSchema, EVERY_MS);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    api
      .request('/api/admin/clock/confirm', clockConfirmAnswerSchema, { method: 'POST', body: {} })
      .then((answer) => {
        if (answer) {
          setStatus(answer.clock);
          setMessage(answer.message);
        }
      })
      .catch((error: unknown) => setMessage(error instanceof StaffApiError ? error.message : 'Konfirmasi gagal. Coba lagi.'))
      .finally(() => setBusy(false));
  };

  const warning = status ? clockWarningId(status, timeZone) : null;
  if (!warning && !message) return null;
  return (
    <section class="card clock-panel" aria-labelledby="clock-title" data-testid="clock-panel">
      <h2 id="clock-title">Jam server</h2>
      {warning && (
        <>
          <p role="alert" class="clock-warning" data-testid="clock-warning">{warning}</p>
          <button type="button" class="btn btn--primary" disabled={busy} onClick={confirm} data-testid="clock-confirm">
            Jam komputer sudah benar, pakai jam ini
          </button>
        </>
      )}
      {message && <p role="status" data-testid="clock-message">{message}</p>}
    </section>
  );
}
