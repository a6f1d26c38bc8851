// Runs logged with a team service account's key (ADR 0026): attributed to the person WANDB_USERNAME
// names when they are in the account's team, else to the service account; both are kept on the run.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import { acmeWorld, as, asService, withBot } from '../../test-world';

const log = (username: string | null, projectId = 'vision'): Operation => ({
  type: 'run.log',
  run: { id: 'ci-1', projectId, name: 'nightly', createdAt: '' },
  username,
});
const w = withBot(acmeWorld());

describe('service account runs', () => {
  it('WANDB_USERNAME of a team member attributes the run to them; the key stays recorded', () => {
    const run = apply(w, asService('bot'), log('gus')).runs.get('ci-1');
    expect(run).toMatchObject({ authorId: 'gus', loggedById: 'bot' });
  });
  it('an email works as well as a username', () => {
    expect(apply(w, asService('bot'), log('gus@acme.com')).runs.get('ci-1')?.authorId).toBe('gus');
  });
  it('without WANDB_USERNAME the run is the service account’s', () => {
    expect(apply(w, asService('bot'), log(null)).runs.get('ci-1')).toMatchObject({
      authorId: 'bot',
      loggedById: 'bot',
    });
  });
  it('someone outside the team is not attributed: the run stays the service account’s', () => {
    expect(apply(w, asService('bot'), log('hal')).runs.get('ci-1')?.authorId).toBe('bot');
    expect(apply(w, asService('bot'), log('olga')).runs.get('ci-1')?.authorId).toBe('bot');
  });
  it('the person it is attributed to may delete it as their own run', () => {
    const after = apply(w, asService('bot'), log('gus'));
    expect(check(after, as('gus'), { type: 'run.delete', runId: 'ci-1' }).allowed).toBe(true);
    expect(check(after, as('eve'), { type: 'run.delete', runId: 'ci-1' }).refusal).toBe('forbidden');
  });
  it('a service account needs adding to a Restricted project', () => {
    const d = check(w, asService('bot'), log('gus', 'secret-llm'));
    expect(d.refusal).toBe('forbidden');
  });
  it('a person logs as themselves, and may not name someone else', () => {
    expect(apply(w, as('gus'), log(null)).runs.get('ci-1')).toMatchObject({ authorId: 'gus' });
    expect(apply(w, as('gus'), log(null)).runs.get('ci-1')?.loggedById).toBeUndefined();
    expect(check(w, as('gus'), log('cal')).field).toBe('username');
  });
});
