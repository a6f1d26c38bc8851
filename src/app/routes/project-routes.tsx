// /:team/:project/overview and /:team/:project/users (W&B's project URLs).
import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';
import { teamsPathOf } from './teams-path';
import { ProjectContentPanels } from '../../features/project-content/components/project-content';
import { ProjectPage } from '../../features/projects/components/project-page';

function useProjectParams() {
  const params = useParams();
  const session = useOutletContext<Session>();
  return {
    team: params.team ?? '',
    project: params.project ?? '',
    teamsPath: teamsPathOf(session),
  };
}

export function ProjectOverviewRoute() {
  const { team, project, teamsPath } = useProjectParams();
  return (
    <ProjectPage
      key={`${team}/${project}`}
      team={team}
      project={project}
      teamsPath={teamsPath}
      tab="overview"
      content={<ProjectContentPanels team={team} project={project} />}
    />
  );
}

export function ProjectUsersRoute() {
  const { team, project, teamsPath } = useProjectParams();
  return (
    <ProjectPage key={`${team}/${project}`} team={team} project={project} teamsPath={teamsPath} tab="users" />
  );
}
