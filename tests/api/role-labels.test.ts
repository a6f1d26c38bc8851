// The engine's reasons and the UI name roles with the same words: two tables (the engine imports nothing
// outside itself), one check that they agree.
import { describe, expect, it } from 'vitest';
import { BUILTIN_ROLE_LABELS, ORG_ROLE_LABELS as ENGINE_ORG_ROLE_LABELS } from '../../mocks/engine/roles';
import { ORG_ROLE_LABELS, TEAM_ROLE_LABELS } from '../../src/api/role-labels';

describe('role labels', () => {
  it('are the same words in the engine and the UI', () => {
    expect(ENGINE_ORG_ROLE_LABELS).toEqual(ORG_ROLE_LABELS);
    expect(BUILTIN_ROLE_LABELS).toEqual(TEAM_ROLE_LABELS);
  });

  it("are W&B's: Admin, Member, Viewer", () => {
    expect(Object.values(ORG_ROLE_LABELS)).toEqual(['Admin', 'Member', 'Viewer']);
  });
});
