// A table's refusals are said once (ADR 0023): where the page's read-only note already gives their cause,
// the table's "Read-only:" line and a row's "Why?" are left out, even when the page's refusal names other
// caps too ("Also: …") or another permission. A refusal for another cause is still said.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Decision, Reason } from '../../api/common';
import { AccessDrawerContext } from '../../lib/explain-link';
import { PageReason } from '../../lib/reasons';
import { RefusedRowsNote, RowActions } from './row-actions';
import { TooltipProvider } from './tooltip';

const deny = (step: string, text: string): Reason => ({ step, text, effect: 'deny' });
const refuse = (...reasons: Reason[]): Decision => ({ allowed: false, reasons });
const orgViewer = deny('org-role', 'Erin Walsh is an org Viewer of Acme ML, who is read-only everywhere');
const seat = deny('seat', 'Erin Walsh has a Viewer Models seat: read-only, no logging, edits or downloads');

// The project page's note: edit project details, refused by the org role and by the visibility.
const page = refuse(
  orgViewer,
  deny('visibility', 'Open does not include: edit project details (project:update)'),
);
const editReports = refuse(orgViewer, seat, deny('visibility', 'Open does not include: edit reports'));
const download = refuse(seat, deny('visibility', 'Open does not include: download artifact files'));

const render = (pageReason: Decision | null, decision: Decision) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <TooltipProvider>
        <AccessDrawerContext.Provider value={() => undefined}>
          <PageReason.Provider value={pageReason}>
            <RefusedRowsNote title="Why can’t you change these?" refusals={[{ label: 'Edit', decision }]} />
            <RowActions
              what="report Findings"
              actions={[
                {
                  label: 'Follow',
                  name: 'Follow report',
                  decision: { allowed: true, reasons: [] },
                  onClick: () => {},
                },
                { label: 'Edit', name: 'Edit report', decision, onClick: () => {} },
              ]}
            />
          </PageReason.Provider>
        </AccessDrawerContext.Provider>
      </TooltipProvider>
    </MemoryRouter>,
  );

describe('refusals a page already says', () => {
  it('the same cause: no Read-only line, no Why?, the reason kept in the tooltip', () => {
    const html = render(page, editReports);
    expect(html).not.toContain('Read-only:');
    expect(html).not.toContain('Why?');
    expect(html).toContain('data-reason="Erin Walsh is an org Viewer');
  });

  it('the same cap naming another permission is the same cause (a visitor on an Open project)', () => {
    const open = (what: string) =>
      refuse(deny('visibility', `Anyone's access to an Open project does not include: ${what}`));
    const html = render(open('edit project details (project:update)'), open('edit reports (report:update)'));
    expect(html).not.toContain('Read-only:');
    expect(html).not.toContain('Why?');
  });

  it('another cause, or no note on the page: said once in each place', () => {
    for (const html of [render(page, download), render(null, editReports)]) {
      expect(html).toContain('Read-only:');
      expect(html.match(/>Why\?</g)).toHaveLength(2);
    }
  });
});
