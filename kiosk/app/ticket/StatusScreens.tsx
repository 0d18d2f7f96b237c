/** What the visitor sees while the server works, cannot be reached, or says no. */
import { useKiosk } from '../kiosk-context.ts';
import { BigButton, Screen } from '../Screen.tsx';

export function BusyScreen(props: { id: string; text: string }) {
  return (
    <Screen id={props.id} title={props.text}>
      <div class="spinner" aria-hidden="true" />
    </Screen>
  );
}

export function OfflineScreen(props: { id: string; body: string; attempt: number | null; onRetryNow: () => void; onCancel: () => void }) {
  const { t } = useKiosk();
  return (
    <Screen id={props.id} title={t.offlineTitle} speak={`${t.offlineTitle}. ${props.body}`}>
      <div class="notice notice--warning" role="alert">
        <p>{props.body}</p>
        {props.attempt !== null && <p class="notice__meta">{t.retryAttempt(props.attempt)}</p>}
      </div>
      <div class="spinner spinner--small" aria-hidden="true" />
      <div class="actions">
        <BigButton testId="retry-now" onClick={props.onRetryNow}>
          {t.retryNow}
        </BigButton>
        <BigButton variant="plain" testId="cancel" onClick={props.onCancel}>
          {t.cancel}
        </BigButton>
      </div>
    </Screen>
  );
}

export function RejectedScreen(props: { message: string | null; onBack: () => void; onCancel: () => void }) {
  const { t } = useKiosk();
  return (
    <Screen id="rejected" title={t.rejectedTitle}>
      <div class="notice notice--warning" role="alert">
        <p>{props.message ?? t.rejectedFallback}</p>
      </div>
      <div class="actions">
        <BigButton testId="back" onClick={props.onBack}>
          {t.back}
        </BigButton>
        <BigButton variant="plain" testId="cancel" onClick={props.onCancel}>
          {t.backHome}
        </BigButton>
      </div>
    </Screen>
  );
}
