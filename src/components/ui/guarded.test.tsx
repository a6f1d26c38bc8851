// Guarded: a refused control always offers "Why?" inside an org's pages: a button opening the access
// drawer when there is one, else a link to the Access page when the caller names a target.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AccessDrawerContext, ExplainOrgContext, explainHref } from '../../lib/explain-link';
import type { Decision } from '../../api/common';
import { PageReason, sameCause } from '../../lib/reasons';
import { Guarded } from './guarded';
import { Select } from './select';
import { ReasonWithWhy } from './why-button';
import { TooltipProvider } from './tooltip';

const refused = { allowed: false, reasons: [{ step: 'role', effect: 'deny' as const, text: 'View-Only' }] };
const render = (node: React.ReactNode, org: string | null = 'acme-ml') =>
  renderToStaticMarkup(
    <MemoryRouter>
      <TooltipProvider>
        <ExplainOrgContext.Provider value={org}>{node}</ExplainOrgContext.Provider>
      </TooltipProvider>
    </MemoryRouter>,
  );

describe('Guarded "Why?"', () => {
  it('adds a Why? link to the prefilled Access page when refused and asked to', () => {
    const html = render(
      <Guarded decision={refused} explain={{ project: 'vision/x', permission: 'run:create' }}>
        <button disabled>Log</button>
      </Guarded>,
    );
    expect(html).toContain(
      'href="/account-settings/acme-ml/access?project=vision%2Fx&amp;permission=run%3Acreate"',
    );
    expect(html).toContain('>Why?</a>');
  });

  it('renders as before without explain, when allowed, or outside an org', () => {
    const plain = render(
      <Guarded decision={refused}>
        <button disabled>Log</button>
      </Guarded>,
    );
    expect(plain).not.toContain('Why?');
    expect(plain).toContain('data-reason="View-Only"');
    const allowed = render(
      <Guarded decision={{ allowed: true, reasons: [] }} explain={{ project: 'vision/x' }}>
        <button>Log</button>
      </Guarded>,
    );
    expect(allowed).toBe('<button>Log</button>');
    const outside = render(
      <Guarded decision={refused} explain={{ project: 'vision/x' }}>
        <button disabled>Log</button>
      </Guarded>,
      null,
    );
    expect(outside).not.toContain('Why?');
  });

  it('with the access drawer, "Why?" is a button on every refusal, with or without a target', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <TooltipProvider>
          <AccessDrawerContext.Provider value={() => undefined}>
            <Guarded decision={refused}>
              <button disabled>Log</button>
            </Guarded>
          </AccessDrawerContext.Provider>
        </TooltipProvider>
      </MemoryRouter>,
    );
    expect(html).toMatch(/<button type="button" class="link-button why-link"[^>]*>Why\?<\/button>/);
    expect(html).not.toContain('href=');
  });

  it("says no Why? of its own where the page's read-only note gives the same cause (said once)", () => {
    const deny = (step: string, text: string) => ({ step, effect: 'deny' as const, text });
    const withPage = (page: Decision) =>
      renderToStaticMarkup(
        <MemoryRouter>
          <TooltipProvider>
            <AccessDrawerContext.Provider value={() => undefined}>
              <PageReason.Provider value={page}>
                <Guarded decision={refused}>
                  <button disabled>Log</button>
                </Guarded>
                <Select
                  label="Default team"
                  value="a"
                  options={[{ value: 'a', label: 'A' }]}
                  onChange={() => {}}
                  decision={refused}
                />
                <ReasonWithWhy decision={refused} what="Hide teams" quiet={sameCause(page, refused)} />
              </PageReason.Provider>
            </AccessDrawerContext.Provider>
          </TooltipProvider>
        </MemoryRouter>,
      );
    // The page's refusal names other caps too ("Also: …", another permission): the cause is the same.
    const same = withPage({
      allowed: false,
      reasons: [
        { step: 'org', effect: 'allow', text: 'In Acme ML' },
        deny('role', 'View-Only'),
        deny('visibility', 'Open does not include project:update'),
      ],
    });
    expect(same).not.toContain('Why?');
    // The reason stays for screen readers and the tooltip.
    expect(same).toContain('data-reason="View-Only"');
    expect(same.match(/class="visually-hidden">View-Only</g)).toHaveLength(3);
    const other = withPage({ allowed: false, reasons: [deny('org-role', 'Only org Admins can change it')] });
    expect(other.match(/>Why\?</g)).toHaveLength(3);
    // The same words at another step are another cause.
    expect(withPage({ allowed: false, reasons: [deny('seat', 'View-Only')] }).match(/>Why\?</g)).toHaveLength(
      3,
    );
  });

  it('explainHref encodes every part and leaves out empty ones', () => {
    expect(explainHref('acme ml', { user: 'u-1', team: 'infra', permission: '' })).toBe(
      '/account-settings/acme%20ml/access?user=u-1&team=infra',
    );
  });
});
