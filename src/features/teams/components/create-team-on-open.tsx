// The Create team dialog as the sidebar and the Teams page open it: its form (react-hook-form and the
// team schemas) loads on the first opening, not with the page, and then stays mounted.
import type { ComponentProps } from 'react';
import { lazyNamed, MountOnFirstOpen } from '../../../lib/lazy-named';

const CreateTeamDialog = lazyNamed(() => import('./create-team-dialog'), 'CreateTeamDialog');

export function CreateTeamOnOpen(props: ComponentProps<typeof CreateTeamDialog>) {
  return (
    <MountOnFirstOpen open={props.open}>
      <CreateTeamDialog {...props} />
    </MountOnFirstOpen>
  );
}
