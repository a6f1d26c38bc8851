// Team members to add to a Restricted project (W&B's "Invite team members"): people first, then the
// team's service accounts under their own label, each by name (the server's order).
import { Checkbox } from '../../../components/ui/checkbox';

interface Invitee {
  id: string;
  name: string;
  kind: 'user' | 'service';
}

export function InviteeChecklist({
  invitees,
  picked,
  onToggle,
  disabled = false,
}: {
  invitees: readonly Invitee[];
  picked: (id: string) => boolean;
  onToggle: (id: string, on: boolean) => void;
  disabled?: boolean;
}) {
  const groups = [
    { label: 'People', rows: invitees.filter((i) => i.kind === 'user') },
    { label: 'Service accounts', rows: invitees.filter((i) => i.kind === 'service') },
  ].filter((g) => g.rows.length > 0);
  return (
    <>
      {groups.map((g) => (
        <div key={g.label} className="invitee-group" role="group" aria-label={g.label}>
          {groups.length > 1 ? <span className="invitee-group-label">{g.label}</span> : null}
          <div className="keep-members-list">
            {g.rows.map((i) => (
              <Checkbox
                key={i.id}
                label={i.kind === 'service' ? `${i.name} (service account)` : i.name}
                checked={picked(i.id)}
                disabled={disabled}
                onChange={(on) => onToggle(i.id, on)}
              />
            ))}
          </div>
        </div>
      ))}
    </>
  );
}
