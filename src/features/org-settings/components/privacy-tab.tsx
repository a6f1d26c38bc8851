// Privacy: enforce team privacy settings for every team (access-model §5.3). Enforcing changes every
// team at once, so the change is confirmed with how many teams it moves.
import { useState } from 'react';
import {
  ENFORCEABLE_SETTINGS,
  LOCKED_SETTING_TEXT,
  type EnforceableSetting,
  type OrgSettings,
} from '../../../api/org-settings';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Guarded } from '../../../components/ui/guarded';
import { useInstantSave } from '../../../components/ui/instant-save';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { plural } from '../../../lib/format';
import { useChangeOrgSettings } from '../api/update-org-settings';
import { ReasonNote, SettingsSection } from './settings-section';

type Choice = 'none' | 'on' | 'off';
const CHOICES: { value: Choice; label: string }[] = [
  { value: 'none', label: 'Not enforced' },
  { value: 'on', label: 'Enforced on' },
  { value: 'off', label: 'Enforced off' },
];
const toChoice = (v: boolean | null): Choice => (v === null ? 'none' : v ? 'on' : 'off');
const toValue = (c: Choice): boolean | null => (c === 'none' ? null : c === 'on');
const LABEL = Object.fromEntries(ENFORCEABLE_SETTINGS.map((s) => [s.key, s.label])) as Record<
  EnforceableSetting,
  string
>;

/** What the change does to the teams, in numbers. */
function impact(row: OrgSettings['privacy']['settings'][number], total: number, next: Choice): string {
  const off = total - row.teamsOn;
  if (next === 'none')
    return `Each team goes back to its own setting (${row.teamsOn} of ${plural(total, 'team')} have it on), and team admins can change it again.`;
  const moving = next === 'on' ? off : row.teamsOn;
  return `It will be ${next} in all ${plural(total, 'team')} (${moving} of them change), and team admins can no longer change it.`;
}

export function PrivacyTab({ org, settings }: { org: string; settings: OrgSettings }) {
  const [pending, setPending] = useState<{ key: EnforceableSetting; choice: Choice } | null>(null);
  const enforce = useChangeOrgSettings(org, 'enforcement');
  // A choice shows while it is reviewed and saved, then only what the server confirmed; a failure is
  // said in the dialog, where the person is (instant-save.ts).
  const instant = useInstantSave<Choice>();
  const toast = useToast();
  const can = settings.viewer.canEnforce;
  const { teamCount } = settings.privacy;
  const row = pending ? settings.privacy.settings.find((s) => s.key === pending.key) : undefined;
  return (
    <SettingsSection
      title="Team privacy enforcement"
      description={
        <>
          Enforce a team privacy setting for every team in {settings.org.name}. An enforced setting is locked
          in each team with “{LOCKED_SETTING_TEXT}”.
        </>
      }
    >
      <ReasonNote decision={can} />
      <div>
        {settings.privacy.settings.map((s) => {
          const shown = instant.state(s.key, toChoice(s.enforced));
          return (
            <div key={s.key} className="setting">
              <div className="setting-text">
                <span className="setting-label">{LABEL[s.key]}</span>
                <span className="muted small">
                  {s.enforced === null
                    ? `Teams choose: ${s.teamsOn} of ${plural(teamCount, 'team')} have it on.`
                    : `Enforced ${s.enforced ? 'on' : 'off'} in every team.`}
                </span>
              </div>
              <div className="setting-row-control">
                <Guarded decision={can} explain={{ org: true, permission: 'organization:update_settings' }}>
                  <Select
                    hideLabel
                    label={LABEL[s.key]}
                    value={shown.value}
                    options={CHOICES}
                    disabled={!can.allowed || instant.busy}
                    saving={shown.saving}
                    onChange={(v) => {
                      const choice = CHOICES.find((c) => c.value === v)?.value;
                      if (!choice) return;
                      instant.hold(s.key, choice);
                      setPending({ key: s.key, choice });
                    }}
                  />
                </Guarded>
              </div>
            </div>
          );
        })}
      </div>
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => {
          if (open) return;
          if (pending) instant.release(pending.key);
          setPending(null);
          enforce.reset();
        }}
        title={
          pending
            ? pending.choice === 'none'
              ? `Stop enforcing “${LABEL[pending.key]}”?`
              : `Enforce “${LABEL[pending.key]}” ${pending.choice} in every team?`
            : ''
        }
        description={row && pending ? impact(row, teamCount, pending.choice) : undefined}
        confirmLabel={pending?.choice === 'none' ? 'Stop enforcing' : 'Enforce'}
        tone="primary"
        busy={enforce.isPending}
        error={enforce.error ? `Not changed. ${enforce.error.message}` : undefined}
        onConfirm={() => {
          if (!pending) return;
          instant.hold(pending.key, pending.choice);
          enforce.mutate(
            { setting: pending.key, value: toValue(pending.choice) },
            {
              onSuccess: () => {
                toast({
                  title: `${LABEL[pending.key]}: ${CHOICES.find((c) => c.value === pending.choice)?.label}`,
                });
                instant.release(pending.key);
                setPending(null);
              },
              // The dialog says why and stays, to try again; behind it the select is as confirmed.
              onError: () => instant.release(pending.key),
            },
          );
        }}
      />
    </SettingsSection>
  );
}
