// /account-settings/:org/access — pick a person and a team or project; see the effective role and every
// permission with the engine's chain, what the person can reach, who has access to a project, and the
// users × permissions matrix. Everything is in the URL, so "Why?" links and shared links prefill it.
import type { AccessPerson } from '../../../api/access';
import { Tabs } from '../../../components/ui/tabs';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useUrlState } from '../../../lib/url-state';
import { useExplanation, useUserAccess } from '../api/get-explanation';
import { AccessPickers } from './access-pickers';
import { ACCESS_DEFAULTS, accessSearchSchema } from './access-search';
import { ExplanationView } from './explanation-view';
import { MatrixView } from './matrix-view';
import { ProjectAccessView } from './project-access-view';
import { UserAccessView } from './user-access-view';
import '../access.css';
import { PageHeader } from '../../../components/ui/page-header';
import { orgPageIntro } from '../../../lib/page-intros';

function Loading({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label}>
      <Skeleton height={240} />
    </div>
  );
}

export function AccessPage({ org, self }: { org: string; self: AccessPerson | null }) {
  const selfId = self?.id ?? null;
  const [s, set] = useUrlState(accessSearchSchema, ACCESS_DEFAULTS);
  // Nobody picked yet: explain the acting person, whom everyone may see.
  const user = s.user || selfId || '';
  const target = s.project
    ? { kind: 'project' as const, value: s.project }
    : s.team
      ? { kind: 'team' as const, value: s.team }
      : s.scope === 'org'
        ? { kind: 'org' as const, value: org }
        : null;
  const explanation = useExplanation(org, user, target);
  // Only on its tab: for an org admin of a large org it lists thousands of projects.
  const reach = useUserAccess(org, s.view === 'user' ? user : '');
  const subject =
    explanation.data?.subject ?? reach.data?.subject ?? (self && self.id === user ? self : null);
  const name = subject?.name ?? 'this person';
  const pickTarget = (kind: 'org' | 'team' | 'project', value: string) =>
    set({
      team: kind === 'team' ? value : '',
      project: kind === 'project' ? value : '',
      scope: kind === 'org' ? 'org' : '',
      permission: '',
      page: 1,
      q: '',
      via: '',
      kind: '',
    });
  const explainUser = (id: string) => set({ user: id, view: 'explain', permission: '' });
  const needProject = <EmptyState title="Pick a project above">These views are per project.</EmptyState>;
  const tabs = [
    {
      value: 'explain',
      label: 'Explain',
      content: !target ? (
        <EmptyState title={`Pick the organization, a team or a project to explain ${name}'s access`} />
      ) : explanation.isPending ? (
        <Loading label="Loading the explanation" />
      ) : explanation.isError ? (
        <ErrorState error={explanation.error} />
      ) : (
        <ExplanationView data={explanation.data} permission={s.permission} />
      ),
    },
    {
      value: 'user',
      label: 'What they can access',
      content: reach.isPending ? (
        <Loading label="Loading what they can access" />
      ) : reach.isError ? (
        <ErrorState error={reach.error} />
      ) : (
        <UserAccessView
          data={reach.data}
          onExplain={(kind, value) =>
            set({
              team: kind === 'team' ? value : '',
              project: kind === 'project' ? value : '',
              scope: '',
              view: 'explain',
              permission: '',
            })
          }
        />
      ),
    },
    {
      value: 'who',
      label: 'Who has access',
      content: s.project ? (
        <ProjectAccessView
          project={s.project}
          filters={{ q: s.q, via: s.via, kind: s.kind }}
          onFilters={(patch) => set(patch)}
          onExplain={explainUser}
        />
      ) : (
        needProject
      ),
    },
    {
      value: 'matrix',
      label: 'Matrix',
      content: s.project ? (
        <MatrixView
          project={s.project}
          page={s.page}
          q={s.q}
          onPage={(page) => set({ page })}
          onQuery={(q) => set({ q, page: 1 })}
          onExplain={explainUser}
        />
      ) : (
        needProject
      ),
    },
  ];
  return (
    <div className="page access-page">
      <PageHeader {...orgPageIntro('access', '')} />
      <AccessPickers
        org={org}
        user={user}
        subject={subject}
        target={target}
        onUser={(id) => set({ user: id, permission: '' })}
        onTarget={pickTarget}
      />
      <Tabs
        label="Access views"
        value={s.view}
        onValueChange={(view) => set({ view: accessSearchSchema.shape.view.parse(view) })}
        tabs={tabs}
      />
    </div>
  );
}
