// Change name: a modal with the name field; Save name keeps the input whatever the server answers.
import { orgNameFormSchema } from '../../../api/org-settings';
import { useToast } from '../../../components/ui/toast';
import { useChangeOrgSettings } from '../api/update-org-settings';
import { SingleFieldDialog } from './single-field-dialog';

export function ChangeNameDialog({
  org,
  current,
  onClose,
}: {
  org: string;
  current: string;
  onClose: () => void;
}) {
  const rename = useChangeOrgSettings(org, 'rename');
  const toast = useToast();
  return (
    <SingleFieldDialog
      title="Change name"
      description="The organization's display name."
      id="change-org-name"
      schema={orgNameFormSchema}
      values={{ name: current }}
      field={{ name: 'name', label: 'Organization name', autoComplete: 'organization', maxLength: 80 }}
      saveLabel="Save name"
      busy={rename.isPending}
      onSave={async ({ name }) => {
        const saved = await rename.mutateAsync({ name });
        toast({ title: `Organization renamed to ${saved.org.name}` });
      }}
      onClose={onClose}
    />
  );
}
