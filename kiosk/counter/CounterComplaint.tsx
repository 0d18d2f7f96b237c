/**
 * "Catat pengaduan" at the CSO console: files a complaint for the visitor being served (Pasal 9a),
 * linked to the current ticket, and prints the receipt on this counter's printer when it has one.
 * Self-contained (its own StaffApi on the same session) so the console only mounts it.
 */
import { useMemo, useState } from 'preact/hooks';
import { StaffApi } from '../staff/lib/staff-api.ts';
import { StaffComplaintForm } from '../complaints/StaffComplaintForm.tsx';


export function CounterComplaint(props: { ticketNumber: string | null; counterId: string }) {
  // Made at mount, after sign-in: a StaffApi reads the session token when it is constructed.
  const api = useMemo(() => new StaffApi(), []);
  const [open, setOpen] = useState(false);
  return (
    <section class="card" aria-labelledby="counter-complaint-title" data-testid="counter-complaint">
      <h2 id="counter-complaint-title">Pengaduan</h2>
      <button type="button" class="btn" aria-expanded={open} data-testid="counter-complaint-toggle" onClick={() => setOpen((o) => !o)}>
        {open ? 'Tutup formulir pengaduan' : 'Catat pengaduan untuk pengunjung ini'}
      </button>
      {open && <StaffComplaintForm api={api} withChannel={false} ticketNumber={props.ticketNumber} counterId={props.counterId} />}
    </section>
  );
}
