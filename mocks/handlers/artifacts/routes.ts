// Artifact download (§2 seats, §8): refused for a Viewer seat with the engine's reason. A download
// changes nothing, so it is decided, not transacted, and leaves no audit entry.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { decide } from '../../engine/index';
import { notFound, ok, refuse } from '../http/respond';
import { param, route } from '../http/route';
import { withProject } from '../http/resolvers';
import { rowOfProject } from '../project-content/view';

export function artifactHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'post',
      '/projects/:team/:project/artifacts/:artifactId/download',
      withProject(db, ({ params, actor, project }) => {
        const artifact = rowOfProject(db.world.artifacts, param(params, 'artifactId'), project.id);
        if (!artifact) return notFound('That artifact');
        const d = decide(db.world, actor, 'artifact:download', { kind: 'artifact', artifactId: artifact.id });
        if (!d.allowed) return refuse({ ...d, refusal: 'forbidden' });
        // A stand-in for the files: the name and a size derived from the id, the same every time.
        const bytes = 1024 * (1 + ([...artifact.id].reduce((n, c) => n + c.charCodeAt(0), 0) % 900));
        return ok({ fileName: `${artifact.name}.tar.gz`, bytes });
      }),
    ),
  ];
}
