/** The first screen: four large tiles. Every tile is a real button with a visible label. */
import type { JSX } from 'preact';
import { ComplaintIcon, InfoIcon, SurveyIcon, TicketIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';
import { Screen } from '../Screen.tsx';

export type HomeChoice = 'ticket' | 'faq' | 'complaint' | 'survey';

export function HomeScreen(props: { onChoose: (choice: HomeChoice) => void }) {
  const { t } = useKiosk();
  const tiles: Array<{ id: HomeChoice; label: string; hint: string; icon: JSX.Element }> = [
    { id: 'ticket', label: t.tileTicket, hint: t.tileTicketHint, icon: <TicketIcon size={96} /> },
    { id: 'faq', label: t.tileFaq, hint: t.tileFaqHint, icon: <InfoIcon size={80} /> },
    { id: 'complaint', label: t.tileComplaint, hint: t.tileComplaintHint, icon: <ComplaintIcon size={80} /> },
    { id: 'survey', label: t.tileSurvey, hint: t.tileSurveyHint, icon: <SurveyIcon size={80} /> },
  ];
  return (
    <Screen id="home" title={t.homeGreeting} instruction={t.homeInstruction}>
      <div class="tiles">
        {tiles.map((tile) => (
          <button key={tile.id} type="button" class={`card-button tile tile--${tile.id}`} data-testid={`tile-${tile.id}`} onClick={() => props.onChoose(tile.id)}>
            {tile.icon}
            <span class="tile__label">{tile.label}</span>
            <span class="tile__hint">{tile.hint}</span>
          </button>
        ))}
      </div>
    </Screen>
  );
}
