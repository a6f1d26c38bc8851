// Guarded stays backward compatible: no "Why?" unless a caller asks for it inside an org's pages.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ExplainOrgContext, explainHref } from '../../lib/explain-link';
import { Guarded } from './guarded';
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

  it('explainHref encodes every part and leaves out empty ones', () => {
    expect(explainHref('acme ml', { user: 'u-1', team: 'infra', permission: '' })).toBe(
      '/account-settings/acme%20ml/access?user=u-1&team=infra',
    );
  });
});
