// A seat as a table cell reads it: its label, or a muted word when there is none.
import type { Seat } from '../../api/common';
import { SEAT_LABELS } from '../../api/role-labels';

export function SeatText({ seat, none }: { seat: Seat | null; none: string }) {
  return seat ? <>{SEAT_LABELS[seat]}</> : <span className="muted">{none}</span>;
}
