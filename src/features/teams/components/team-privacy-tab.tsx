// Team settings > Privacy: the toggles of §5.1; an org-enforced one is locked and says so. Each saves
// at once and shows only what the server confirmed (instant-save.ts): the value on its way while
// saving, then the answer; a failure puts the last confirmed value back and says why beside it.
import type { TeamSetting } from '../../../api/team-settings';
import { useInstantSave } from '../../../components/ui/instant-save';
import { Switch } from '../../../components/ui/switch';
import { useToast } from '../../../components/ui/toast';
import { useUpdateTeamSettings } from '../api/team-settings';

export function TeamPrivacyTab({ team, settings }: { team: string; settings: TeamSetting[] }) {
  const update = useUpdateTeamSettings(team);
  const save = useInstantSave<boolean>();
  const toast = useToast();
  const change = async (s: TeamSetting, value: boolean) => {
    const saved = await save.save(s.key, value, () => update.mutateAsync({ [s.key]: value }));
    if (saved.ok) toast({ title: `${value ? 'Turned on' : 'Turned off'}: ${s.label}` });
  };
  return (
    <section className="panel" aria-label="Privacy settings">
      {settings.map((s) => {
        const shown = save.state(s.key, s.value);
        return (
          <Switch
            key={s.key}
            label={s.label}
            description={s.locked ? `${s.description} Locked by your organization.` : s.description}
            checked={shown.value}
            decision={s.change}
            explain={{ team, permission: 'team:manage_settings' }}
            // One change at a time: each answer is the whole settings, and must not cross another.
            busy={save.busy}
            saving={shown.saving}
            failure={shown.failure}
            onChange={(value) => void change(s, value)}
          />
        );
      })}
    </section>
  );
}
