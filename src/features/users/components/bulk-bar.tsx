// The bar above the table while members are selected: "N selected", Change role, Remove, Clear.
import { useState } from 'react';
import { type OrgRole } from '../../../api/common';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import type { BulkAction } from '../../../api/users-bulk';
import type { UserRow } from '../../../api/users';
import { Button } from '../../../components/ui/button';
import { MenuContent, MenuItem, MenuRoot, MenuTrigger } from '../../../components/ui/menu';
import { BulkReviewDialog } from './bulk-review-dialog';

const ROLES = Object.keys(ORG_ROLE_LABELS) as OrgRole[];

export function BulkBar({
  org,
  selected,
  onClear,
}: {
  org: string;
  selected: UserRow[];
  onClear: () => void;
}) {
  // The people are fixed when the review opens: applying may take them off the page behind it.
  const [review, setReview] = useState<{ action: BulkAction; people: UserRow[] } | null>(null);
  const open = (action: BulkAction) => setReview({ action, people: selected });
  const dialog = review ? (
    <BulkReviewDialog
      org={org}
      action={review.action}
      people={review.people}
      onClose={() => setReview(null)}
      onDone={onClear}
    />
  ) : null;
  // The dialog stays at one place in the tree, so it survives the bar disappearing behind it.
  return (
    <>
      {selected.length > 0 ? (
        <div className="bulk-bar" role="region" aria-label="Bulk actions">
          <strong aria-live="polite">{selected.length} selected</strong>
          <MenuRoot>
            <MenuTrigger className="btn btn-secondary btn-sm">Change role ▾</MenuTrigger>
            <MenuContent label="Change role to">
              {ROLES.map((role) => (
                <MenuItem key={role} onSelect={() => open({ type: 'setRole', role })}>
                  {ORG_ROLE_LABELS[role]}
                </MenuItem>
              ))}
            </MenuContent>
          </MenuRoot>
          <Button size="sm" variant="danger" onClick={() => open({ type: 'remove' })}>
            Remove
          </Button>
          <Button size="sm" variant="ghost" onClick={onClear}>
            Clear selection
          </Button>
        </div>
      ) : null}
      {dialog}
    </>
  );
}
