// The Users page header's invite entry points: Invite new user (SaaS) or Add user (Dedicated and
// Self-managed), and Import from CSV. Someone who may not invite sees them disabled with the reason.
import { useRef, useState } from 'react';
import type { UsersPage } from '../../../api/users';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { Skeleton } from '../../../components/ui/states';
import { useInviteOptions } from '../api/invites-options';
import { inviteLabels } from './invite-form-schema';
import { lazyNamed, MountOnFirstOpen } from '../../../lib/lazy-named';
import './invite-dialogs.css';

// The forms load when first opened: the Users page parses less on its first load.
const InviteDialog = lazyNamed(() => import('./invite-dialog'), 'InviteDialog');
const CsvImportDialog = lazyNamed(() => import('./csv-import-dialog'), 'CsvImportDialog');

export function InviteButtons({ org, page }: { org: string; page: UsersPage }) {
  const options = useInviteOptions(org);
  const [open, setOpen] = useState<'invite' | 'import' | null>(null);
  const inviteRef = useRef<HTMLButtonElement>(null);
  const importRef = useRef<HTMLButtonElement>(null);
  // Radix dialogs without their own trigger do not return focus on close: do it here.
  const openDialog = (which: 'invite' | 'import', next: boolean) => {
    setOpen(next ? which : null);
    if (!next) setTimeout(() => (which === 'invite' ? inviteRef : importRef).current?.focus(), 0);
  };
  const decision = options.data?.canInvite ?? page.viewer.canInvite;
  if (!options.data && options.isPending) {
    // Same footprint as the buttons, so the header does not jump when the labels arrive.
    return <Skeleton width={290} height={34} />;
  }
  const labels = inviteLabels(options.data?.flow ?? 'invite');
  return (
    <div className="row">
      <Guarded decision={decision} explain={{ org: true, permission: 'organization:invite_user' }}>
        <Button
          ref={importRef}
          disabled={!decision.allowed || !options.data}
          onClick={() => setOpen('import')}
        >
          Import from CSV
        </Button>
      </Guarded>
      <Guarded decision={decision} explain={{ org: true, permission: 'organization:invite_user' }}>
        <Button
          ref={inviteRef}
          variant="primary"
          disabled={!decision.allowed || !options.data}
          onClick={() => setOpen('invite')}
        >
          {labels.open}
        </Button>
      </Guarded>
      {options.data && decision.allowed ? (
        <>
          <MountOnFirstOpen open={open === 'invite'}>
            <InviteDialog
              org={org}
              options={options.data}
              open={open === 'invite'}
              onOpenChange={(next) => openDialog('invite', next)}
            />
          </MountOnFirstOpen>
          <MountOnFirstOpen open={open === 'import'}>
            <CsvImportDialog
              org={org}
              open={open === 'import'}
              onOpenChange={(next) => openDialog('import', next)}
            />
          </MountOnFirstOpen>
        </>
      ) : null}
    </div>
  );
}
