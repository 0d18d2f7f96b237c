/**
 * The number, very large, and what it means. When the paper ticket is missing the screen says
 * so plainly, keeps the number longer, shows a QR code, and asks for a photo or an officer.
 * The fast-track reason is this visitor's own business: shown here, never read aloud.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ServiceDto } from '../../../shared/contracts/http.ts';
import type { IssueAnswer } from '../api/kiosk-api.ts';
import { printNeedsAttention } from '../../flows/ticket.machine.ts';
import { PrinterWarningIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';
import { BigButton, Screen } from '../Screen.tsx';
import { fastTrackLabel, serviceName } from './ChoiceScreens.tsx';
import { TicketQr } from './TicketQr.tsx';
import { aheadText, waitText } from '../../../shared/wait/wait-wording.ts';
import { ticketStatusUrlOf } from '../floor/kiosk-info.ts';

/** "A-007" read as "A 7": engines read "007" as digits or as a spy. */
export function spokenTicketNumber(number: string): string {
  const match = /^([A-Za-z]+)-?0*(\d+)$/.exec(number);
  return match ? `${match[1]} ${match[2]}` : number;
}

function useCountdown(ms: number, restartKey: number): number {
  const [left, setLeft] = useState(Math.round(ms / 1000));
  useEffect(() => {
    setLeft(Math.round(ms / 1000));
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, [ms, restartKey]);
  return left;
}

export function ResultScreen(props: { issued: IssueAnswer; service: ServiceDto | undefined; durationMs: number; restartKey: number; onExtend: () => void; onDone: () => void }) {
  const { t, settings, info, floor } = useKiosk();
  const { ticket, print } = props.issued;
  const statusUrl = ticketStatusUrlOf(info, ticket.id);
  const wait = waitText({ ahead: ticket.ahead, estimatedWaitMinutes: ticket.estimatedWaitMinutes, openCounters: ticket.openCounters ?? 1, serviceStartsAt: info.opening.open ? null : (info.opening.next?.[settings.language] ?? null) }, settings.language);
  const ahead = aheadText(ticket.ahead, settings.language);
  const attention = printNeedsAttention(props.issued);
  const secondsLeft = useCountdown(props.durationMs, props.restartKey);
  const name = props.service ? serviceName(props.service, settings.language) : ticket.serviceId;
  const printText =
    print.status === 'printed' ? t.resultPrinted : print.status === 'failed' ? t.resultPrintFailed : print.status === 'queued' ? t.resultPrintQueued : t.resultPrintSkipped;
  const spoken = [
    `${t.resultTitle}: ${spokenTicketNumber(ticket.number)}.`,
    `${t.resultService}: ${name}.`,
    `${ahead}.`,
    `${wait}.`,
    printText,
    attention ? t.resultPhotoAdvice : t.resultListen,
  ].join(' ');
  return (
    <Screen id="result" title={t.resultTitle} speak={spoken}>
      <div class={`result${attention ? ' result--attention' : ''}`}>
        <div class="result__main">
          <p class="ticket-number" data-testid="ticket-number" aria-label={`${t.resultTitle}: ${ticket.number}`}>
            {ticket.number}
          </p>
          <dl class="summary summary--result">
            <dt>{t.resultService}</dt>
            <dd data-testid="result-service">{name}</dd>
            {ticket.fastTrack !== null && (
              <>
                <dt>{t.resultPriority}</dt>
                <dd data-testid="result-priority">{fastTrackLabel(t, ticket.fastTrack)}</dd>
              </>
            )}
          </dl>
          <p class="result__facts">
            <span data-testid="result-ahead">{ahead}</span>
            <span data-testid="result-wait">{wait}</span>
          </p>
        </div>
        {attention ? (
          <div class="notice notice--danger" role="alert" data-testid="print-status" data-print-status={print.status}>
            <div class="notice__row">
              <PrinterWarningIcon size={56} />
              <p class="notice__title">{printText}</p>
            </div>
            {print.reason && <p>{print.reason}</p>}
            <div class="notice__row notice__row--qr">
              {statusUrl !== null && <TicketQr url={statusUrl} label={t.resultQrLabel} />}
              <p>{statusUrl !== null ? t.resultPhotoAdvice : floor.resultNoQr}</p>
            </div>
          </div>
        ) : (
          <div class="notice notice--ok" role="status" data-testid="print-status" data-print-status={print.status}>
            <p class="notice__title">{printText}</p>
            <p>{t.resultListen}</p>
          </div>
        )}
      </div>
      <p class="countdown" aria-live="off" data-testid="result-countdown">
        {t.resultClosing(secondsLeft)}
      </p>
      <div class="actions">
        {attention && (
          <BigButton variant="secondary" testId="result-extend" onClick={props.onExtend}>
            {t.resultKeepLonger}
          </BigButton>
        )}
        <BigButton testId="result-done" onClick={props.onDone}>
          {t.resultDone}
        </BigButton>
      </div>
    </Screen>
  );
}
