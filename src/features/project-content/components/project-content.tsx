// The project's reports, sweeps and artifacts on its Overview (ADR 0026), or the server's reason they
// are hidden (e.g. an admin who has not joined a Restricted project).
import { Skeleton, ErrorState } from '../../../components/ui/states';
import { useProjectContent } from '../api/content';
import { ArtifactsPanel } from './artifacts-panel';
import { ReportsPanel } from './reports-panel';
import { SweepsPanel } from './sweeps-panel';
import '../project-content.css';

export function ProjectContentPanels({ team, project }: { team: string; project: string }) {
  const content = useProjectContent(team, project);
  if (content.isPending) return <Skeleton height={160} />;
  if (content.isError) return <ErrorState error={content.error} onRetry={() => void content.refetch()} />;
  const c = content.data;
  // The runs table already says why the content is hidden.
  if (!c.canSeeContent.allowed) return null;
  return (
    <>
      <ReportsPanel team={team} project={project} reports={c.reports} />
      <SweepsPanel team={team} project={project} sweeps={c.sweeps} />
      <ArtifactsPanel team={team} project={project} artifacts={c.artifacts} />
    </>
  );
}
