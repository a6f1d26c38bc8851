// /account-settings/:org/roles — built-in and custom roles, the role builder, delete with fallback
// preview, and Compare roles (?compare=member,custom:role-launch-manager). Everyone in the org reads;
// what the viewer may change comes from the server.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CustomRoleSummary, RolesList } from '../../../api/roles';
import { Button } from '../../../components/ui/button';
import { Guarded, reasonText } from '../../../components/ui/guarded';
import { EmptyState, ErrorState, TableSkeleton } from '../../../components/ui/states';
import { ReadOnlyNote } from '../../../components/ui/read-only-note';
import { PageReason } from '../../../lib/reasons';
import { useRoles } from '../api/get-roles';
import { BuiltinRolesTable } from './builtin-roles-table';
import { CompareRoles, MAX_COMPARED, comparableRoles } from './compare-roles';
import { CustomRolesTable } from './custom-roles-table';
import { DeleteRoleDialog } from './delete-role-dialog';
import { RoleBuilderDialog } from './role-builder-dialog';
import '../roles.css';
import { PageHeader } from '../../../components/ui/page-header';
import { orgPageIntro } from '../../../lib/page-intros';

type Builder = { mode: 'create' } | { mode: 'edit'; role: CustomRoleSummary } | null;

/** The role a row's Compare starts with: a custom role beside its base, a built-in beside Member. */
function partnerOf(roles: RolesList, ref: string): string {
  const custom = roles.custom.find((r) => r.ref === ref);
  if (custom) return custom.base;
  return ref === 'member' ? 'viewer' : 'member';
}

function useCompareParam(roles: RolesList | undefined): [string[] | null, (refs: string[] | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('compare');
  const known = new Set(roles ? comparableRoles(roles).map((c) => c.ref) : []);
  const refs =
    raw === null
      ? null
      : [...new Set(raw.split(',').filter((r) => !roles || known.has(r)))].slice(0, MAX_COMPARED);
  const set = (next: string[] | null) =>
    setParams(next === null ? {} : { compare: next.join(',') }, { replace: raw !== null && next !== null });
  return [refs, set];
}

export function RolesPage({ org, orgName }: { org: string; orgName: string }) {
  const roles = useRoles(org);
  const [builder, setBuilder] = useState<Builder>(null);
  const [deleting, setDeleting] = useState<CustomRoleSummary | null>(null);
  const [compare, setCompare] = useCompareParam(roles.data);
  // Bumped by a row's Compare, so the comparison takes focus once it shows.
  const [focusKey, setFocusKey] = useState(0);

  const openCompare = (ref: string) => {
    if (!roles.data) return;
    setCompare([ref, partnerOf(roles.data, ref)]);
    setFocusKey((k) => k + 1);
  };
  const canCreate = roles.data?.viewer.canCreate;
  return (
    // The note below says the refusal once; a control refused for the same reason does not again.
    <PageReason.Provider value={canCreate && !canCreate.allowed ? canCreate : null}>
      <div className="page">
        <PageHeader
          {...orgPageIntro('roles', orgName)}
          actions={
            <div className="row roles-actions page-actions">
              {roles.data && compare === null ? (
                <Button onClick={() => roles.data && openCompare('member')}>Compare roles</Button>
              ) : null}
              {canCreate ? (
                <Guarded
                  decision={canCreate}
                  explain={{ org: true, permission: 'organization:manage_roles' }}
                >
                  <Button
                    variant="primary"
                    disabled={!canCreate.allowed}
                    onClick={() => setBuilder({ mode: 'create' })}
                  >
                    Create a role
                  </Button>
                </Guarded>
              ) : null}
            </div>
          }
        />
        {canCreate && !canCreate.allowed ? (
          <ReadOnlyNote
            refusals={[{ label: 'Create, edit and delete custom roles', decision: canCreate }]}
            explain={{ org: true, permission: 'organization:manage_roles' }}
          />
        ) : null}
        {roles.isPending ? (
          <TableSkeleton label="Loading roles" rows={6} />
        ) : roles.isError ? (
          <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />
        ) : (
          <>
            {compare !== null ? (
              <CompareRoles
                roles={roles.data}
                selected={compare}
                focusKey={focusKey}
                onChange={setCompare}
                onClose={() => setCompare(null)}
              />
            ) : null}
            <section className="stack-sm" aria-labelledby="custom-roles-title">
              <h2 id="custom-roles-title" className="section-title">
                Custom roles
              </h2>
              {roles.data.custom.length === 0 ? (
                <EmptyState title="No custom roles yet">
                  {roles.data.viewer.canCreate.allowed
                    ? 'Create a role to give people exactly the permissions they need, e.g. a Launch Manager.'
                    : `${reasonText(roles.data.viewer.canCreate)}.`}
                </EmptyState>
              ) : (
                <CustomRolesTable
                  roles={roles.data}
                  onCompare={openCompare}
                  onEdit={(role) => setBuilder({ mode: 'edit', role })}
                  onDelete={setDeleting}
                />
              )}
            </section>
            <section className="stack-sm" aria-labelledby="builtin-roles-title">
              <h2 id="builtin-roles-title" className="section-title">
                Built-in roles
              </h2>
              <BuiltinRolesTable roles={roles.data} onCompare={openCompare} />
            </section>
            {builder ? (
              <RoleBuilderDialog
                org={org}
                roles={roles.data}
                editing={builder.mode === 'edit' ? builder.role : null}
                onClose={() => setBuilder(null)}
              />
            ) : null}
            {deleting ? (
              <DeleteRoleDialog org={org} role={deleting} onClose={() => setDeleting(null)} />
            ) : null}
          </>
        )}
      </div>
    </PageReason.Provider>
  );
}
