// Claim domain: the email domain and the Default team, saved together by "Claim email domain".
import { Controller, useFormContext } from 'react-hook-form';
import { ApiError } from '../../../api/client';
import { claimDomainFormSchema, type OrgSettings } from '../../../api/org-settings';
import { Dialog } from '../../../components/ui/dialog';
import { applyServerErrors, Form, FormError, TextField, useZodForm } from '../../../components/ui/form';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { useChangeOrgSettings } from '../api/update-org-settings';
import { FormButtons } from './form-buttons';
import { hasEligibleTeam, NO_ELIGIBLE_TEAM_HINT, NO_TEAM, teamOptions } from './team-options';

function DefaultTeamField({ settings }: { settings: OrgSettings }) {
  const { control, formState } = useFormContext<{ teamId: string }>();
  const error = formState.errors.teamId?.message;
  return (
    <div className="field">
      <Controller
        control={control}
        name="teamId"
        render={({ field }) => (
          <Select
            label="Default team"
            value={field.value}
            options={teamOptions(settings)}
            onChange={field.onChange}
          />
        )}
      />
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : (
        <span className="field-hint">
          {hasEligibleTeam(settings)
            ? 'New people from this domain join this team as Members.'
            : NO_ELIGIBLE_TEAM_HINT}
        </span>
      )}
    </div>
  );
}

export function ClaimDomainDialog({
  org,
  settings,
  onClose,
}: {
  org: string;
  settings: OrgSettings;
  onClose: () => void;
}) {
  const form = useZodForm(claimDomainFormSchema, {
    domain: '',
    teamId: settings.general.defaultTeam?.id ?? NO_TEAM,
  });
  const claim = useChangeOrgSettings(org, 'claimDomain');
  const toast = useToast();
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Claim domain"
      description={`A domain can belong to one organization only. New sign-ups with it join ${settings.org.name}.`}
    >
      <Form
        form={form}
        id="claim-domain"
        onSubmit={async ({ domain, teamId }) => {
          try {
            await claim.mutateAsync({ domain, teamId: teamId === NO_TEAM ? null : teamId });
            toast({ title: `${domain} claimed` });
            onClose();
          } catch (error) {
            // A domain another organization holds (409) is about the domain: say so beside it.
            if (error instanceof ApiError && error.status === 409)
              form.setError('domain', { type: 'server', message: error.message }, { shouldFocus: true });
            else applyServerErrors(form, error);
          }
        }}
      >
        <TextField
          name="domain"
          label="Email domain"
          placeholder="acme-ml.com"
          autoComplete="off"
          spellCheck={false}
        />
        <DefaultTeamField settings={settings} />
        <FormError />
        <FormButtons
          label="Claim email domain"
          busyLabel="Claiming…"
          busy={claim.isPending}
          onCancel={onClose}
        />
      </Form>
    </Dialog>
  );
}
