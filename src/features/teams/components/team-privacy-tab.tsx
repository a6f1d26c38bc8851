// Team settings > Privacy: the toggles of §5.1; an org-enforced one is locked and says so.
import type { TeamSetting } from '../../../api/team-settings';
import { Switch } from '../../../components/ui/switch';
import { useToast } from '../../../components/ui/toast';
import { useUpdateTeamSettings } from '../api/team-settings';

export function TeamPrivacyTab({ team, settings }: { team: string; settings: TeamSetting[] }) {
  const update = useUpdateTeamSettings(team);
  const toast = useToast();
  return (
    <section className="panel" aria-label="Privacy settings">
      {settings.map((s) => (
        <Switch
          key={s.key}
          label={s.label}
          description={s.locked ? `${s.description} Locked by your organization.` : s.description}
          checked={s.value}
          decision={s.change}
          explain={{ team, permission: 'team:manage_settings' }}
          busy={update.isPending}
          onChange={(value) =>
            update.mutate(
              { [s.key]: value },
              {
                onSuccess: () => toast({ title: `${value ? 'Turned on' : 'Turned off'}: ${s.label}` }),
                onError: (error) =>
                  toast({ title: 'Setting not changed', description: error.message, tone: 'danger' }),
              },
            )
          }
        />
      ))}
    </section>
  );
}
