// "Create new project" from the left navigation: pick one of your teams, then the usual dialog.
// Composes the teams feature (which teams) with the projects feature (the form).
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { useTeams } from '../../features/teams/api/get-teams';
import { lazyNamed, MountOnFirstOpen } from '../../lib/lazy-named';

const CreateProjectDialog = lazyNamed(
  () => import('../../features/projects/components/create-project-dialog'),
  'CreateProjectDialog',
);

export function CreateProjectNav({ org }: { org: string }) {
  const teams = useTeams(org);
  const [picking, setPicking] = useState(false);
  const [team, setTeam] = useState('');
  const [creating, setCreating] = useState(false);
  const mine = (teams.data?.items ?? []).filter((t) => t.yourRole !== null);
  if (mine.length === 0) return null;
  const chosen = team || mine[0]?.name || '';
  return (
    <>
      <button type="button" className="nav-link nav-action" onClick={() => setPicking(true)}>
        <span aria-hidden="true">+</span> Create new project
      </button>
      <Dialog
        open={picking}
        onOpenChange={setPicking}
        title="Create new project"
        description="Projects belong to a team. Pick the team first."
        footer={
          <>
            <Button onClick={() => setPicking(false)}>Cancel</Button>
            <Button
              variant="primary"
              onClick={() => {
                setTeam(chosen);
                setPicking(false);
                setCreating(true);
              }}
            >
              Continue
            </Button>
          </>
        }
      >
        <Select
          label="Team"
          value={chosen}
          options={mine.map((t) => ({ value: t.name, label: t.name }))}
          onChange={setTeam}
        />
      </Dialog>
      <MountOnFirstOpen open={creating}>
        <CreateProjectDialog team={chosen} open={creating} onOpenChange={setCreating} />
      </MountOnFirstOpen>
    </>
  );
}
