// Under "Email or username": who the text resolves to and, before sending, whether the engine would
// refuse (already a member, already invited…). Asks the server's dry run once typing pauses.
import { useFormContext, useWatch } from 'react-hook-form';
import { createInviteBodySchema, type CreateInviteBody } from '../../../api/invites';
import { reasonText } from '../../../components/ui/guarded';
import { useDebounced } from '../../../lib/use-debounced';
import { useInviteCheck } from '../api/invites-send';
import type { InviteFormValues } from './invite-form-schema';

export function InviteeNote({ org }: { org: string }) {
  const { control } = useFormContext<InviteFormValues>();
  const values = useWatch({ control });
  const parsed = createInviteBodySchema.safeParse(values);
  const body: CreateInviteBody | null = parsed.success ? parsed.data : null;
  const debounced = useDebounced(body ? JSON.stringify(body) : null, 350);
  const check = useInviteCheck(org, debounced ? (JSON.parse(debounced) as CreateInviteBody) : null);
  const data = debounced && body ? check.data : undefined;
  return (
    <div className="invitee-note" aria-live="polite">
      {data?.invitee ? (
        <span className="invitee-note-person">
          <strong>{data.invitee.name}</strong>
          <span className="muted">@{data.invitee.username}</span>
          <span className="muted">
            · {data.invitee.orgName ?? 'in no organization'} · invite goes to {data.invitee.email}
          </span>
        </span>
      ) : null}
      {data && !data.decision.allowed ? (
        <span className="invitee-note-refusal">{reasonText(data.decision)}</span>
      ) : null}
    </div>
  );
}
