// /:team/:project/overview and /:team/:project/users (W&B's project URLs).
import { useParams } from 'react-router';
import { ProjectContentPanels } from '../../features/project-content/components/project-content';
import { ProjectPage } from '../../features/projects/components/project-page';

function useProjectParams() {
  const params = useParams();
  return { team: params.team ?? '', project: params.project ?? '' };
}

export function ProjectOverviewRoute() {
  const { team, project } = useProjectParams();
  return (
    <ProjectPage
      key={`${team}/${project}`}
      team={team}
      project={project}
      tab="overview"
      content={<ProjectContentPanels team={team} project={project} />}
    />
  );
}

export function ProjectUsersRoute() {
  const { team, project } = useProjectParams();
  return <ProjectPage key={`${team}/${project}`} team={team} project={project} tab="users" />;
}
