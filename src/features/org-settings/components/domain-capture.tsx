// Domain capture (SaaS): claimed domains with Release, the Default team, and Claim domain.
import { useState } from 'react';
import type { OrgSettings } from '../../../api/org-settings';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Guarded } from '../../../components/ui/guarded';
import { useInstantSave } from '../../../components/ui/instant-save';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { useChangeOrgSettings } from '../api/update-org-settings';
import { ClaimDomainDialog } from './claim-domain-dialog';
import { ReasonNote, SettingsSection } from './settings-section';
import { hasEligibleTeam, NO_ELIGIBLE_TEAM_HINT, NO_TEAM, teamOptions } from './team-options';

export function DomainCapture({ org, settings }: { org: string; settings: OrgSettings }) {
  const [claiming, setClaiming] = useState(false);
  const [releasing, setReleasing] = useState<string | null>(null);
  const release = useChangeOrgSettings(org, 'releaseDomain');
  const setDefault = useChangeOrgSettings(org, 'defaultTeam');
  const instant = useInstantSave<string>();
  const toast = useToast();
  const { canClaimDomain, canSetDefaultTeam } = settings.viewer;
  const { domains, defaultTeam } = settings.general;
  const name = settings.org.name;
  // Saves at once, showing only what the server confirmed (instant-save.ts).
  const shownDefault = instant.state('default-team', defaultTeam?.id ?? NO_TEAM);
  const chooseDefault = async (v: string) => {
    const saved = await instant.save('default-team', v, () =>
      setDefault.mutateAsync({ teamId: v === NO_TEAM ? null : v }),
    );
    if (!saved.ok) return;
    const team = saved.result.general.defaultTeam;
    toast({ title: team ? `Default team: ${team.name}` : 'No default team' });
  };
  return (
    <SettingsSection
      title="Domain capture"
      description={`People who sign up with an email address at a claimed domain join ${name} as Members, and its default team.`}
      action={
        <Guarded
          decision={canClaimDomain}
          explain={{ org: true, permission: 'organization:update_settings' }}
        >
          <Button variant="primary" disabled={!canClaimDomain.allowed} onClick={() => setClaiming(true)}>
            Claim domain
          </Button>
        </Guarded>
      }
    >
      <ReasonNote decision={canClaimDomain} />
      {domains.length === 0 ? (
        <p className="muted">No claimed domains.</p>
      ) : (
        <ul className="domain-list" aria-label="Claimed domains">
          {domains.map((d) => (
            <li key={d.domain}>
              <span className="domain-name">{d.domain}</span>
              <Guarded
                decision={d.canRelease}
                explain={{ org: true, permission: 'organization:update_settings' }}
              >
                <Button size="sm" disabled={!d.canRelease.allowed} onClick={() => setReleasing(d.domain)}>
                  Release <span className="visually-hidden">{d.domain}</span>
                </Button>
              </Guarded>
            </li>
          ))}
        </ul>
      )}
      <div className="stack-sm">
        <Select
          label="Default team"
          value={shownDefault.value}
          options={teamOptions(settings)}
          decision={canSetDefaultTeam}
          explain={{ org: true, permission: 'organization:update_settings' }}
          saving={shownDefault.saving}
          failure={shownDefault.failure}
          onChange={(v) => void chooseDefault(v)}
        />
        <ReasonNote decision={canSetDefaultTeam} unless={canClaimDomain} />
        {canSetDefaultTeam.allowed && !hasEligibleTeam(settings) ? (
          <p className="muted small">{NO_ELIGIBLE_TEAM_HINT}</p>
        ) : null}
      </div>
      {claiming ? (
        <ClaimDomainDialog org={org} settings={settings} onClose={() => setClaiming(false)} />
      ) : null}
      <ConfirmDialog
        open={releasing !== null}
        onOpenChange={(open) => !open && setReleasing(null)}
        title={`Release ${releasing ?? ''}?`}
        description={`People who sign up with an @${releasing ?? ''} address will no longer join ${name} on their own. Everyone already in ${name} stays.`}
        confirmLabel="Release domain"
        busy={release.isPending}
        error={release.error?.message}
        onConfirm={() =>
          releasing &&
          release.mutate(
            { domain: releasing },
            {
              onSuccess: () => {
                toast({ title: `${releasing} released` });
                setReleasing(null);
              },
            },
          )
        }
      />
    </SettingsSection>
  );
}
