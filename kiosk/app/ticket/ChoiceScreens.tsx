/** The three choice screens of the ticket flow: service, fast-track question, confirmation. */
import type { JSX } from 'preact';
import type { ServiceDto } from '../../../shared/contracts/http.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import type { FastTrackReason } from '../../../shared/queue/ticket.ts';
import { BackIcon, DisabilityIcon, EclaimIcon, ElderlyIcon, PregnantIcon, RegularIcon, TicketIcon } from '../icons.tsx';
import { waitText } from '../../../shared/wait/wait-wording.ts';
import { offeredReasons } from '../floor/kiosk-info.ts';
import { useKiosk } from '../kiosk-context.ts';
import { BigButton, Screen } from '../Screen.tsx';
import type { Kiosk } from '../kiosk-context.ts';

export const serviceName = (s: ServiceDto, language: Language) => (language === 'en' && s.nameEn ? s.nameEn : s.name);
export const serviceDescription = (s: ServiceDto, language: Language) => (language === 'en' && s.descriptionEn ? s.descriptionEn : s.description);

export function fastTrackLabel(t: Kiosk['t'], reason: FastTrackReason | null): string {
  switch (reason) {
    case 'pregnant':
      return t.fastTrackPregnant;
    case 'disability':
      return t.fastTrackDisability;
    case 'elderly':
      return t.fastTrackElderly;
    case 'eclaim':
      return t.fastTrackEclaim;
    case null:
      return t.fastTrackNone;
  }
}

export function ChooseServiceScreen(props: { services: ServiceDto[]; onSelect: (id: string) => void; onBack: () => void }) {
  const { t, settings, info } = useKiosk();
  const serviceStartsAt = info.opening.open ? null : (info.opening.next?.[settings.language] ?? null);
  return (
    <Screen id="choose-service" title={t.chooseServiceTitle} instruction={props.services.length ? t.chooseServiceInstruction : t.noServices}>
      <div class="choices">
        {props.services.map((s) => (
          <button key={s.id} type="button" class="card-button choice choice--service" data-testid={`service-${s.id}`} onClick={() => props.onSelect(s.id)}>
            <span class="choice__title">{serviceName(s, settings.language)}</span>
            <span class="choice__text">{serviceDescription(s, settings.language)}</span>
            <span class="choice__meta">
              {t.peopleWaiting(s.waiting)} · {waitText({ ahead: s.waiting, estimatedWaitMinutes: s.estimatedWaitMinutes, openCounters: s.openCounters ?? 1, serviceStartsAt }, settings.language)}
            </span>
          </button>
        ))}
      </div>
      <NavRow onBack={props.onBack} />
    </Screen>
  );
}

const FAST_TRACK_CHOICES: Array<{ reason: FastTrackReason | null; icon: () => JSX.Element }> = [
  { reason: 'pregnant', icon: () => <PregnantIcon size={72} /> },
  { reason: 'disability', icon: () => <DisabilityIcon size={72} /> },
  { reason: 'elderly', icon: () => <ElderlyIcon size={72} /> },
  { reason: 'eclaim', icon: () => <EclaimIcon size={72} /> },
  { reason: null, icon: () => <RegularIcon size={72} /> },
];

export function FastTrackScreen(props: { serviceId: string | null; onSelect: (reason: FastTrackReason | null) => void; onBack: () => void }) {
  const { t, floor, info } = useKiosk();
  // Only the reasons the branch configured for this service (e-klaim: JHT claims only).
  const offered = offeredReasons(info, props.serviceId);
  const choices = FAST_TRACK_CHOICES.filter((c) => c.reason === null || offered.includes(c.reason));
  return (
    <Screen id="fast-track" title={t.fastTrackTitle} instruction={floor.fastTrackInstruction} speak={`${t.fastTrackTitle} ${floor.fastTrackInstruction} ${floor.fastTrackNoneHint}`}>
      <div class="choices choices--grid">
        {choices.map(({ reason, icon }) => (
          <button
            key={reason ?? 'none'}
            type="button"
            class={`card-button choice choice--icon${reason === null ? ' choice--none' : ''}`}
            data-testid={`fast-track-${reason ?? 'none'}`}
            onClick={() => props.onSelect(reason)}
          >
            {icon()}
            <span class="choice__body">
              <span class="choice__title">{fastTrackLabel(t, reason)}</span>
              {reason === null && <span class="choice__text">{floor.fastTrackNoneHint}</span>}
            </span>
          </button>
        ))}
      </div>
      <NavRow onBack={props.onBack} />
    </Screen>
  );
}

export function ConfirmScreen(props: { service: ServiceDto | undefined; fastTrack: FastTrackReason | null; onConfirm: () => void; onBack: () => void; onCancel: () => void }) {
  const { t, settings } = useKiosk();
  const name = props.service ? serviceName(props.service, settings.language) : '';
  const queue = props.fastTrack === null ? t.confirmRegular : `${t.confirmPriority}: ${fastTrackLabel(t, props.fastTrack)}`;
  return (
    <Screen id="confirm" title={t.confirmTitle} speak={`${t.confirmTitle}. ${t.confirmService}: ${name}. ${t.confirmQueueType}: ${props.fastTrack === null ? t.confirmRegular : t.confirmPriority}.`}>
      <dl class="summary">
        <dt>{t.confirmService}</dt>
        <dd data-testid="confirm-service">{name}</dd>
        <dt>{t.confirmQueueType}</dt>
        <dd data-testid="confirm-queue">{queue}</dd>
      </dl>
      <div class="actions actions--stack">
        <BigButton testId="confirm" onClick={props.onConfirm}>
          <TicketIcon size={48} />
          {t.confirmButton}
        </BigButton>
        <div class="actions">
          <BigButton variant="secondary" testId="back" onClick={props.onBack}>
            <BackIcon size={40} />
            {t.confirmChange}
          </BigButton>
          <BigButton variant="plain" testId="cancel" onClick={props.onCancel}>
            {t.cancel}
          </BigButton>
        </div>
      </div>
    </Screen>
  );
}

export function NavRow(props: { onBack: () => void; backLabel?: string }) {
  const { t } = useKiosk();
  return (
    <div class="actions">
      <BigButton variant="secondary" testId="back" onClick={props.onBack}>
        <BackIcon size={40} />
        {props.backLabel ?? t.back}
      </BigButton>
    </div>
  );
}
