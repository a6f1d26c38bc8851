import { describe, expect, it } from 'vitest';
import { arrivalOperations } from './arrivals/operations';
import { inviteOperations } from './invites/operations';
import { keyOperations } from './keys/operations';
import { loggingOperations } from './logging/operations';
import { memberOperations } from './members/operations';
import { orgOperations } from './org/operations';
import { peopleOperations } from './people/operations';
import { projectOperations } from './projects/operations';
import { reportOperations } from './reports/operations';
import { OPERATION_TYPES } from './registry';
import { roleOperations } from './roles/operations';
import { runOperations } from './runs/operations';
import { sweepOperations } from './sweeps/operations';
import { teamOperations } from './teams/operations';

describe('operation registry', () => {
  it('holds every family entry once: no two families define the same type', () => {
    const families = [
      orgOperations,
      memberOperations,
      inviteOperations,
      arrivalOperations,
      teamOperations,
      roleOperations,
      projectOperations,
      runOperations,
      loggingOperations,
      reportOperations,
      sweepOperations,
      peopleOperations,
      keyOperations,
    ];
    const entries = families.flatMap((family) => Object.keys(family));
    expect(new Set(entries).size).toBe(entries.length);
    expect([...OPERATION_TYPES].sort()).toEqual([...entries].sort());
  });
});
