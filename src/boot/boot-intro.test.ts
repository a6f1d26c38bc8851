// @vitest-environment jsdom
// The first paint names the page being opened (issue 13: the largest paint does not wait for the backend).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ORG_PAGE_INTROS } from '../lib/page-intros';
import { paintBootIntro } from './boot-intro';

function paintAt(path: string, base = '/') {
  window.history.replaceState(null, '', path);
  document.body.innerHTML = '<div class="page" id="boot-page"><p>Starting the console…</p></div>';
  paintBootIntro(ORG_PAGE_INTROS, base, document);
  return {
    title: document.querySelector('#boot-page h1')?.textContent ?? null,
    subtitle: document.querySelector('#boot-page .page-subtitle')?.textContent ?? null,
  };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the boot frame’s page intro', () => {
  it('names the org page from the address, before the org’s name is known', () => {
    expect(paintAt('/account-settings/acme-ml/teams')).toEqual({
      title: 'Teams',
      subtitle:
        'Teams in this organization that you can see. Hidden teams are listed only for their members and org admins.',
    });
    expect(paintAt('/account-settings/acme-ml/audit-log').title).toBe('Audit log');
  });

  it('shows Users for the home page and an org’s root, where the router goes', () => {
    expect(paintAt('/').title).toBe('Users');
    expect(paintAt('/account-settings/acme-ml').title).toBe('Users');
    expect(paintAt('/console/account-settings/acme-ml/roles', '/console/').title).toBe('Roles');
  });

  it('says nothing where the title depends on data or the page is unknown', () => {
    expect(paintAt('/vision/depth-estimation/overview').title).toBeNull();
    expect(paintAt('/account-settings/acme-ml/nonsense').title).toBeNull();
    expect(paintAt('/account-settings/acme-ml/users/extra').title).toBeNull();
  });

  it('has an intro for every org page of the router', () => {
    const router = readFileSync(resolve(import.meta.dirname, '../app/router.tsx'), 'utf8');
    const orgPages = [
      ...router.matchAll(
        /page\('([a-z-]+)', async \(\) => \(await import\('\.\/routes\/(?:org-settings|audit|users|teams|roles|access)-route/g,
      ),
    ].map((m) => m[1]);
    expect(orgPages.sort()).toEqual(Object.keys(ORG_PAGE_INTROS).sort());
  });
});
