// A team's "Create new project" button: disabled with the reason when the person may not; the form
// (react-hook-form, the visibility picker) loads when it is first opened.
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { lazyNamed, MountOnFirstOpen } from '../../../lib/lazy-named';
import { useCreateProjectOptions } from '../api/project-queries';

const CreateProjectDialog = lazyNamed(() => import('./create-project-dialog'), 'CreateProjectDialog');

export function CreateProjectButton({ team }: { team: string }) {
  const [open, setOpen] = useState(false);
  const options = useCreateProjectOptions(team, true);
  const decision = options.data?.canCreate ?? { allowed: false, reasons: [] };
  return (
    <>
      <Guarded
        decision={options.data ? decision : { allowed: true, reasons: [] }}
        explain={{ team, permission: 'project:create' }}
      >
        <Button variant="primary" disabled={!decision.allowed} onClick={() => setOpen(true)}>
          Create new project
        </Button>
      </Guarded>
      <MountOnFirstOpen open={open}>
        <CreateProjectDialog team={team} open={open} onOpenChange={setOpen} />
      </MountOnFirstOpen>
    </>
  );
}
