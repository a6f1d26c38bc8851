// Issue 15: Edit Project Details' preview says what happens. For every person, the preview's before and
// after are what the project's Users tab shows before and after the change is saved; its headline counts
// the people it lists; team members picked to keep are kept by the same, audited, change.
import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../src/api/audit';
import {
  impactPreviewSchema,
  projectUsersSchema,
  type ImpactPreview,
  type UpdateProjectBody,
} from '../../src/api/projects';
import { ACME_CAST as CAST } from '../../mocks/db/scenarios/default-cast';
import { startBackend } from './backend';
import { readJson } from './read-json';

type Backend = ReturnType<typeof startBackend>;

const usersTab = async (b: Backend, label: string): Promise<Map<string, string>> =>
  new Map(
    readJson(await b.call('GET', `/projects/${label}/users`), projectUsersSchema).users.map((u) => [
      u.id,
      u.roleLabel,
    ]),
  );

/** Preview, save, and compare the preview with the Users tab before and after, person by person. */
async function previewThenSave(b: Backend, label: string, body: UpdateProjectBody): Promise<ImpactPreview> {
  const before = await usersTab(b, label);
  const preview = readJson(await b.call('POST', `/projects/${label}/preview`, body), impactPreviewSchema);
  expect(preview.allowed.allowed).toBe(true);
  expect((await b.call('PATCH', `/projects/${label}`, body)).status).toBe(200);
  const after = await usersTab(b, label);
  const changes = new Map(preview.changes.map((c) => [c.id, c]));
  const everyone = new Set([
    ...before.keys(),
    ...after.keys(),
    ...changes.keys(),
    ...b.db.world.users.keys(),
    ...b.db.world.serviceAccounts.keys(),
  ]);
  for (const id of everyone) {
    const change = changes.get(id);
    const was = before.get(id) ?? null;
    const now = after.get(id) ?? null;
    if (change) {
      expect(change.before, `${id} before`).toBe(was);
      expect(change.after, `${id} after`).toBe(now);
      expect(change.kind, id).toBe(
        now === null
          ? 'loses'
          : was === null
            ? 'gains'
            : change.kind === 'manages-only'
              ? 'manages-only'
              : 'changes',
      );
    } else expect(now, `${id} is not in the preview, so the Users tab must read the same`).toBe(was);
  }
  // The headline counts exactly the people listed in each group.
  const count = (kind: string) => preview.changes.filter((c) => c.kind === kind).length;
  const loses = count('loses');
  if (loses) expect(preview.summary).toMatch(new RegExp(`^${loses} (person|people) loses? access`));
  else expect(preview.summary).not.toMatch(/lose/);
  const managers = count('manages-only');
  if (managers) expect(preview.summary).toContain(`${managers} admin`);
  const changed = count('changes');
  if (changed) expect(preview.summary).toMatch(new RegExp(`${changed} (person|people) ha(s|ve) a different`));
  return preview;
}

const actAs = (b: Backend, id: string) => b.actAs(b.db.world.users.get(id) ?? null);

describe('the Edit Project Details preview agrees with the Users tab after saving', () => {
  it('Team → Restricted by an org admin: the org admins keep managing it, named as such, not "lose access"', async () => {
    const b = startBackend();
    actAs(b, CAST.orgAdmin);
    const preview = await previewThenSave(b, 'ml-research/llm-finetune', { visibility: 'restricted' });
    const bokafor = preview.changes.find((c) => c.id === CAST.secondOrgAdmin);
    expect(bokafor).toMatchObject({
      kind: 'manages-only',
      before: 'Admin',
      after: 'Manages only (not joined)',
    });
    expect(bokafor?.afterDetail).toMatch(/only after joining it/);
    expect(preview.summary).toMatch(/admins? keeps? managing it but sees? its content only after joining/);
    expect(preview.keepable.length).toBeGreaterThan(0);
    // People first, then the team's service accounts, each by name.
    const kinds = preview.keepable.map((k) => k.kind);
    expect(kinds).toContain('service');
    expect(kinds.indexOf('service')).toBeGreaterThan(kinds.lastIndexOf('user'));
    const people = preview.keepable.filter((k) => k.kind === 'user').map((k) => k.name);
    expect(people).toEqual([...people].sort((a, b) => a.localeCompare(b)));
  });

  it('Team → Restricted keeping two picked team members: they stay, in the same audited change', async () => {
    const b = startBackend();
    actAs(b, CAST.orgAdmin);
    const first = readJson(
      await b.call('POST', '/projects/ml-research/llm-finetune/preview', { visibility: 'restricted' }),
      impactPreviewSchema,
    );
    const keep = first.keepable
      .filter((k) => k.kind === 'user')
      .slice(0, 2)
      .map((k) => k.id);
    expect(keep).toHaveLength(2);
    const preview = await previewThenSave(b, 'ml-research/llm-finetune', {
      visibility: 'restricted',
      members: keep,
    });
    expect(
      preview.keepable
        .filter((k) => k.picked)
        .map((k) => k.id)
        .sort(),
    ).toEqual([...keep].sort());
    for (const id of keep) expect(preview.changes.find((c) => c.id === id)?.kind).not.toBe('loses');
    const project = b.db.world.projects.get('project-ml-research-llm-finetune');
    expect(project?.visibility).toBe('restricted');
    expect(project?.restrictedMembers).toEqual(expect.arrayContaining(keep));
    const audit = readJson(
      await b.call('GET', `/orgs/${b.slug}/audit-log?action=project:update`),
      auditPageSchema,
    );
    expect(audit.total).toBe(1);
    const names = keep.map((id) => b.db.world.users.get(id)?.name ?? id);
    const entry = JSON.stringify(audit.items[0]);
    for (const name of names) expect(entry).toContain(name);
  });

  it('Team → Restricted by a team admin of vision', async () => {
    const b = startBackend();
    actAs(b, CAST.teamAdmins.vision);
    await previewThenSave(b, 'vision/vision-baselines', { visibility: 'restricted' });
  });

  it('Restricted → Team: the team gains access; Public → Restricted; Open → Team', async () => {
    const b = startBackend();
    actAs(b, CAST.orgAdmin);
    const opened = await previewThenSave(b, 'ml-research/rlhf-experiments', { visibility: 'team' });
    expect(opened.changes.some((c) => c.kind === 'gains')).toBe(true);
    await previewThenSave(b, 'ml-research/benchmarks-public', { visibility: 'restricted' });
    const closed = await previewThenSave(b, CAST.projects.open[0], { visibility: 'team' });
    expect(closed.summary).toMatch(/anyone outside the team who could view it no longer can/);
  });

  it('members are refused unless the change makes the project Restricted, and must be in the team (422)', async () => {
    const b = startBackend();
    actAs(b, CAST.orgAdmin);
    const teamOnly = await b.call('POST', '/projects/ml-research/llm-finetune/preview', {
      visibility: 'team',
      description: 'x',
      members: [CAST.member],
    });
    expect(readJson(teamOnly, impactPreviewSchema).allowed.allowed).toBe(false);
    const outsider = await b.call('PATCH', '/projects/ml-research/llm-finetune', {
      visibility: 'restricted',
      members: [CAST.outsider],
    });
    expect(outsider.status).toBe(422);
    expect(b.db.world.projects.get('project-ml-research-llm-finetune')?.visibility).toBe('team');
  });
});
