// The shared server's row versions (issue 16): a write sends the version of the row as this tab read it,
// and after a change of its own the tab keeps only the version that change's answer gave.
import { describe, expect, it } from 'vitest';
import { ifMatchFor, noteVersion } from './row-versions';

const answer = (status: number, etag?: string) =>
  new Response(null, { status, headers: etag ? { etag } : {} });

describe('row versions', () => {
  it('sends what was read with a write to the same row, never with a read', () => {
    noteVersion('GET', '/orgs/acme-ml/settings', answer(200, '"v1"'));
    expect(ifMatchFor('PATCH', '/orgs/acme-ml/settings')).toBe('"v1"');
    expect(ifMatchFor('PATCH', '/orgs/acme-ml/settings?tab=privacy')).toBe('"v1"');
    expect(ifMatchFor('GET', '/orgs/acme-ml/settings')).toBeUndefined();
    expect(ifMatchFor('PATCH', '/orgs/globex/settings')).toBeUndefined();
  });

  it("keeps the version a change answers, and forgets the others (the tab's own change may move them)", () => {
    noteVersion('GET', '/orgs/acme-ml/settings', answer(200, '"v1"'));
    noteVersion('GET', '/teams/vision/settings', answer(200, '"t1"'));
    noteVersion('PATCH', '/orgs/acme-ml/settings', answer(200, '"v2"'));
    expect(ifMatchFor('PATCH', '/orgs/acme-ml/settings')).toBe('"v2"');
    expect(ifMatchFor('PATCH', '/teams/vision/settings')).toBeUndefined();
  });

  it('forgets a version the server refused as stale (412), or a read without one', () => {
    noteVersion('GET', '/orgs/acme-ml/settings', answer(200, '"v1"'));
    noteVersion('PATCH', '/orgs/acme-ml/settings', answer(412));
    expect(ifMatchFor('PATCH', '/orgs/acme-ml/settings')).toBeUndefined();
    noteVersion('GET', '/teams/vision/settings', answer(200, '"t1"'));
    noteVersion('GET', '/teams/vision/settings', answer(200));
    expect(ifMatchFor('PATCH', '/teams/vision/settings')).toBeUndefined();
  });
});
