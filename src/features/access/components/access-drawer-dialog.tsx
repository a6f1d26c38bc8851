// The access drawer's dialog and its answers, loaded when a drawer first opens (access-drawer.tsx keeps
// the state, so the shell does not parse the Access page's views before anyone asks).
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { explainHref, type DrawerRequest, type ExplainTarget } from '../../../lib/explain-link';
import { useExplanation, useUserAccess, type TargetParam } from '../api/get-explanation';
import type { ProjectAccessFilters } from '../api/get-project-access';
import { ExplanationView } from './explanation-view';
import { ProjectAccessView } from './project-access-view';
import { ReasonChain } from '../../../components/ui/reason-chain';
import { UserAccessView } from './user-access-view';
import '../access.css';

const targetOf = (t: ExplainTarget): TargetParam =>
  t.org
    ? { kind: 'org', value: '' }
    : t.project
      ? { kind: 'project', value: t.project }
      : t.team
        ? { kind: 'team', value: t.team }
        : null;

function Loading({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label}>
      <Skeleton height={200} />
    </div>
  );
}

function WhyBody({
  request,
  onExplain,
}: {
  request: Extract<DrawerRequest, { kind: 'why' }>;
  onExplain: (target: ExplainTarget) => void;
}) {
  const { refusals, explain } = request;
  const where = explain ? targetOf(explain) : null;
  return (
    <>
      {refusals.map((r, i) => (
        <section key={i} className="drawer-refusal" aria-label={refusals.length > 1 ? r.label : undefined}>
          {refusals.length > 1 ? <h3>{r.label}</h3> : null}
          <ReasonChain reasons={r.decision.reasons} />
        </section>
      ))}
      {explain && where ? (
        <p className="drawer-more">
          <Button size="sm" onClick={() => onExplain(explain)}>
            Every permission {explain.user ? 'of this person' : 'you have'} in{' '}
            {where.kind === 'org' ? 'the organization' : where.value}
          </Button>
        </p>
      ) : null}
    </>
  );
}

function ExplainBody({ org, target, self }: { org: string; target: ExplainTarget; self: string }) {
  const where = targetOf(target);
  const explanation = useExplanation(org, target.user || self, where);
  if (!where) return <EmptyState title="Pick a team or project on the Access page to explain it" />;
  if (explanation.isPending) return <Loading label="Loading the explanation" />;
  if (explanation.isError) return <ErrorState error={explanation.error} />;
  return <ExplanationView data={explanation.data} permission={target.permission ?? ''} />;
}

function PersonBody({
  org,
  user,
  onExplain,
}: {
  org: string;
  user: string;
  onExplain: (target: ExplainTarget) => void;
}) {
  const reach = useUserAccess(org, user);
  if (reach.isPending) return <Loading label="Loading what they can access" />;
  if (reach.isError) return <ErrorState error={reach.error} />;
  return (
    <UserAccessView
      compact
      data={reach.data}
      onExplain={(kind, value) => onExplain({ user, [kind]: value })}
    />
  );
}

function ProjectBody({
  project,
  onExplain,
}: {
  project: string;
  onExplain: (target: ExplainTarget) => void;
}) {
  const [filters, setFilters] = useState<ProjectAccessFilters>({ q: '', via: '', kind: '' });
  return (
    <ProjectAccessView
      compact
      project={project}
      filters={filters}
      onFilters={(patch) => setFilters((f) => ({ ...f, ...patch }))}
      onExplain={(user) => onExplain({ user, project })}
    />
  );
}

function titleOf(request: DrawerRequest): string {
  switch (request.kind) {
    case 'why':
      return request.title;
    case 'person':
      return `What ${request.name ?? 'they'} can access`;
    case 'project':
      return `Who has access to ${request.project}`;
    case 'explain':
      return 'Access, explained';
  }
}

/** The same answer as a link to the Access page. */
function pageHref(org: string, request: DrawerRequest): string {
  switch (request.kind) {
    case 'why':
      return explainHref(org, request.explain ?? {});
    case 'person':
      return explainHref(org, { user: request.user }, 'user');
    case 'project':
      return explainHref(org, { project: request.project }, 'who');
    case 'explain':
      return explainHref(org, request.target);
  }
}

export function AccessDrawerDialog({
  org,
  self,
  stack,
  setStack,
  returnFocus,
}: {
  org: string;
  self: string;
  stack: DrawerRequest[];
  setStack: (next: (s: DrawerRequest[]) => DrawerRequest[]) => void;
  returnFocus: () => HTMLElement | null;
}) {
  const push = (request: DrawerRequest) => setStack((s) => [...s, request]);
  const explain = (target: ExplainTarget) => push({ kind: 'explain', target });
  const current = stack.at(-1);
  const body = !current ? null : current.kind === 'why' ? (
    <WhyBody request={current} onExplain={explain} />
  ) : current.kind === 'person' ? (
    <PersonBody org={org} user={current.user} onExplain={explain} />
  ) : current.kind === 'project' ? (
    <ProjectBody project={current.project} onExplain={explain} />
  ) : (
    <ExplainBody org={org} target={current.target} self={self} />
  );
  return (
    <Dialog
      side
      returnFocus={returnFocus}
      open={current !== undefined}
      onOpenChange={(o) => (o ? null : setStack(() => []))}
      title={current ? titleOf(current) : ''}
      description={
        current?.kind === 'why'
          ? 'The permission engine’s reasons, step by step, as it decided.'
          : 'The permission engine’s own answer, with its reasons.'
      }
      headerAction={
        stack.length > 1 ? (
          <Button size="sm" variant="ghost" onClick={() => setStack((s) => s.slice(0, -1))}>
            ← Back
          </Button>
        ) : null
      }
      footer={
        current ? (
          <>
            {/* A refusal that names no person or place (a guard, an org rule) has no page to open. */}
            {current.kind !== 'why' || current.explain ? (
              <Link to={pageHref(org, current)} onClick={() => setStack(() => [])}>
                Open on the Access page
              </Link>
            ) : (
              <span />
            )}
            <Button onClick={() => setStack(() => [])}>Close</Button>
          </>
        ) : null
      }
    >
      {body}
    </Dialog>
  );
}
