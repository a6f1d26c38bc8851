// Team settings > Danger zone: delete the team, typing its name, after reading what goes with it.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TeamSettings } from '../../../api/team-settings';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Guarded } from '../../../components/ui/guarded';
import { useToast } from '../../../components/ui/toast';
import { plural } from '../../../lib/format';
import { useDeleteTeam } from '../api/team-settings';

export function DeleteTeamSection({ settings, homePath }: { settings: TeamSettings; homePath: string }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  const remove = useDeleteTeam(settings.team.name, () => {
    toast({ title: `Team ${settings.team.name} deleted` });
    void navigate(homePath);
  });
  const { deletion, team, viewer } = settings;
  return (
    <section className="panel danger-zone" aria-labelledby="delete-team-title">
      <h2 id="delete-team-title" className="panel-title">
        Delete team
      </h2>
      <p className="muted">
        Deleting {team.name} deletes its {plural(deletion.projects, 'project')} with their{' '}
        {plural(deletion.runs, 'run')}, reports and artifacts, removes {plural(deletion.members, 'member')}{' '}
        and deletes {plural(deletion.serviceAccounts, 'service account')}. This cannot be undone.
      </p>
      <div>
        <Guarded decision={viewer.canDelete} explain={{ team: team.name, permission: 'team:delete' }}>
          <Button variant="danger" disabled={!viewer.canDelete.allowed} onClick={() => setOpen(true)}>
            Delete team
          </Button>
        </Guarded>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete ${team.name}?`}
        description="Everything below goes with it, for everyone, at once."
        typeToConfirm={team.name}
        confirmLabel="Delete this team"
        busy={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => remove.mutate()}
      >
        <ul className="impact-list">
          <li>
            {plural(deletion.projects, 'project')} and their {plural(deletion.runs, 'run')}, reports and
            artifacts
          </li>
          <li>{plural(deletion.members, 'member')} lose access to everything in the team</li>
          <li>{plural(deletion.serviceAccounts, 'service account')} and their API keys</li>
        </ul>
      </ConfirmDialog>
    </section>
  );
}
