// Artifacts (§8, ADR 0026): log a new version (artifact:create), delete a version (artifact:delete),
// add or move an alias (artifact:alias_update) and remove one (artifact:alias_delete), each the
// engine's decision on the artifact; a Viewer seat or View-Only role is refused by the chain as for any
// write. "latest" is W&B's own alias: it always marks a name's newest version and is not edited by hand.
import { decide } from '../../decide';
import type { Decision } from '../../decision';
import type { Artifact, World } from '../../model';
import { conflict, invalid, notFound } from '../../reason';
import type { Draft } from '../../world-edit';
import { defineFamily, noScope, operation } from '../define';
import { nameRule } from '../logging/run-name';
import { actorId } from '../projects/rules';
import { first, thenCheck } from '../rules';

export const LATEST = 'latest';
const ALIAS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const LATEST_IS_MANAGED = '“latest” always marks the newest version; W&B moves it itself';

/** The versions of one artifact (same project, same name), oldest first. */
const versionsOf = (rows: readonly Artifact[], projectId: string, name: string): Artifact[] =>
  rows
    .filter((a) => a.projectId === projectId && a.name === name)
    .sort((a, b) => (a.version ?? 0) - (b.version ?? 0));

const label = (a: Artifact) => `${a.name}:v${a.version ?? 0}`;

const aliasRule = (alias: string): Decision | null =>
  first(
    () =>
      ALIAS.test(alias)
        ? null
        : invalid(
            'alias',
            'An alias starts with a letter or digit; use letters, digits, ., - or _ (up to 64)',
          ),
    () => (alias === LATEST ? invalid('alias', LATEST_IS_MANAGED) : null),
    () => (/^v\d+$/.test(alias) ? invalid('alias', `“${alias}” is a version number, not an alias`) : null),
  );

/** "latest" on the newest remaining version of the name, nowhere else. */
function moveLatest(draft: Draft, projectId: string, name: string): void {
  const versions = versionsOf(draft.all('artifacts'), projectId, name);
  const newest = versions.at(-1);
  for (const a of versions) {
    const others = (a.aliases ?? []).filter((x) => x !== LATEST);
    draft.set('artifacts', a.id, { ...a, aliases: a === newest ? [...others, LATEST] : others });
  }
}

/** The artifact (404 otherwise), the engine's decision of the permission on it, then the rules. */
function onArtifact(
  world: World,
  artifactId: string,
  decideIt: (artifact: Artifact) => Decision,
  rest: (artifact: Artifact) => Decision | null = () => null,
): Decision {
  const artifact = world.artifacts.get(artifactId);
  if (!artifact) return notFound('No such artifact');
  return thenCheck(decideIt(artifact), () => rest(artifact));
}

export const artifactOperations = defineFamily({
  /** A new version of the artifact of this name (its first version when the name is new). */
  'artifact.create': operation<{ artifact: Pick<Artifact, 'id' | 'projectId' | 'name' | 'createdAt'> }>({
    check: (world, actor, op) => {
      const project = world.projects.get(op.artifact.projectId);
      if (!project) return notFound('No such project');
      return thenCheck(
        decide(world, actor, 'artifact:create', { kind: 'project', projectId: project.id }),
        () =>
          first(
            () =>
              world.artifacts.get(op.artifact.id)
                ? conflict('An artifact with this id already exists')
                : null,
            () => nameRule('name', op.artifact.name),
          ),
      );
    },
    apply: (draft, actor, op) => {
      const { projectId, name } = op.artifact;
      const last = versionsOf(draft.all('artifacts'), projectId, name).at(-1);
      draft.set('artifacts', op.artifact.id, {
        ...op.artifact,
        authorId: actorId(actor) ?? '',
        version: last ? (last.version ?? 0) + 1 : 0,
        aliases: [],
      });
      moveLatest(draft, projectId, name);
    },
    impactScope: noScope,
  }),

  // Decision: §8 and W&B's role table give Members artifact:delete outright ("Delete artifacts":
  // Team Member and Team Admin), unlike runs and reports, which are `:own` for Members (ADR 0026).
  'artifact.delete': operation<{ artifactId: string }>({
    check: (world, actor, op) =>
      onArtifact(world, op.artifactId, (a) =>
        decide(world, actor, 'artifact:delete', { kind: 'artifact', artifactId: a.id }),
      ),
    apply: (draft, _actor, op) => {
      const artifact = draft.get('artifacts', op.artifactId);
      if (!artifact) return;
      draft.delete('artifacts', artifact.id);
      moveLatest(draft, artifact.projectId, artifact.name);
    },
    impactScope: noScope,
  }),

  /** Adds the alias to this version, taking it off any other version of the same artifact. */
  'artifact.addAlias': operation<{ artifactId: string; alias: string }>({
    check: (world, actor, op) =>
      onArtifact(
        world,
        op.artifactId,
        (a) => decide(world, actor, 'artifact:alias_update', { kind: 'artifact', artifactId: a.id }),
        (a) =>
          first(
            () => aliasRule(op.alias),
            () =>
              (a.aliases ?? []).includes(op.alias)
                ? conflict(`${label(a)} already has the alias ${op.alias}`)
                : null,
          ),
      ),
    apply: (draft, _actor, op) => {
      const artifact = draft.get('artifacts', op.artifactId);
      if (!artifact) return;
      for (const a of versionsOf(draft.all('artifacts'), artifact.projectId, artifact.name)) {
        const others = (a.aliases ?? []).filter((x) => x !== op.alias);
        draft.set('artifacts', a.id, {
          ...a,
          aliases: a.id === artifact.id ? [...others, op.alias] : others,
        });
      }
    },
    impactScope: noScope,
  }),

  'artifact.removeAlias': operation<{ artifactId: string; alias: string }>({
    check: (world, actor, op) =>
      onArtifact(
        world,
        op.artifactId,
        (a) => decide(world, actor, 'artifact:alias_delete', { kind: 'artifact', artifactId: a.id }),
        (a) =>
          first(
            () => (op.alias === LATEST ? invalid('alias', LATEST_IS_MANAGED) : null),
            () =>
              (a.aliases ?? []).includes(op.alias) ? null : notFound(`${label(a)} has no alias ${op.alias}`),
          ),
      ),
    apply: (draft, _actor, op) =>
      draft.update('artifacts', op.artifactId, (a) => ({
        ...a,
        aliases: (a.aliases ?? []).filter((x) => x !== op.alias),
      })),
    impactScope: noScope,
  }),
});
