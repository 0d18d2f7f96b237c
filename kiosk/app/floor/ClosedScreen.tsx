/** Outside the opening hours: the hours and when numbers can be taken again, instead of a number. */
import { useKiosk } from '../kiosk-context.ts';
import { BigButton, Screen } from '../Screen.tsx';

export function ClosedScreen(props: { onHome: () => void }) {
  const { floor, info, settings, t } = useKiosk();
  const language = settings.language;
  const next = info.opening.next ? floor.closedNext(info.opening.next[language]) : floor.closedNoNext;
  const hours = floor.closedHours(info.opening.hours[language]);
  return (
    <Screen id="closed" title={floor.closedTitle} speak={`${floor.closedTitle}. ${hours} ${next}`}>
      <div class="notice notice--warning" role="status" data-testid="closed-hours">
        <p class="notice__title">{hours}</p>
        <p>{next}</p>
        <p>{floor.closedOnline}</p>
      </div>
      <div class="actions">
        <BigButton testId="back" onClick={props.onHome}>
          {t.backHome}
        </BigButton>
      </div>
    </Screen>
  );
}
