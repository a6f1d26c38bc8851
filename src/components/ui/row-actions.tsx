// A row's actions as the server decided them: each refused one disabled with its reason (tooltip and
// accessible description), and one "Why?" for all of the row's refused actions, so a row says its
// refusals once and a table of them stays readable (runs, reports, sweeps, artifacts). Where the
// page's read-only note gives the cause of all of them (PageReason), the row adds no Why? of its own.
import type { Decision } from '../../api/common';
import type { ColumnDef } from '@tanstack/react-table';
import { Button } from './button';
import { DataTable } from './data-table';
import { Guarded } from './guarded';
import { WhyButton } from './why-button';
import type { ExplainTarget } from '../../lib/explain-link';
import { reasonText, useSaidByPage } from '../../lib/reasons';

export interface RowAction {
  label: string;
  /** The button's accessible name, e.g. "Delete report Findings". */
  name: string;
  decision: Decision;
  onClick: () => void;
  variant?: 'danger';
  busy?: boolean;
}

export function RowActions({
  actions,
  what,
  explain,
}: {
  actions: RowAction[];
  what: string;
  explain?: ExplainTarget;
}) {
  const refused = actions.filter((a) => !a.decision.allowed);
  const saidByPage = useSaidByPage(refused.map((a) => a.decision));
  return (
    <span className="content-actions">
      {actions.map((a) => (
        <Guarded key={a.name} decision={a.decision} why={false}>
          <Button
            size="sm"
            variant={a.variant}
            aria-label={a.name}
            disabled={!a.decision.allowed || a.busy}
            onClick={a.onClick}
          >
            {a.label}
          </Button>
        </Guarded>
      ))}
      {refused.length > 0 && !saidByPage ? (
        <WhyButton
          title={`What can’t you do with ${what}?`}
          refusals={refused.map((a) => ({ label: a.name, decision: a.decision }))}
          explain={explain}
        />
      ) : null}
    </span>
  );
}

type Refusal = { label: string; decision: Decision };

/**
 * The refusals to say once above a table when no row allows any of its actions (ADR 0023): the action
 * column then goes. Null when some row allows something (the buttons stay, refused ones disabled).
 */
export function refusedRows<T>(
  rows: readonly T[],
  actionsOf: (row: T) => Record<string, Decision>,
  labelOf: (action: string) => string,
): [Refusal, ...Refusal[]] | null {
  const first = rows[0];
  if (!first || rows.some((row) => Object.values(actionsOf(row)).some((d) => d.allowed))) return null;
  const [head, ...rest] = Object.entries(actionsOf(first)).map(([action, decision]) => ({
    label: labelOf(action),
    decision,
  }));
  return head ? [head, ...rest] : null;
}

/**
 * One line for a table whose rows allow none of their actions: the first refusal's reason, and "Why?";
 * nothing where the page's read-only note already gives that cause.
 */
export function RefusedRowsNote({
  refusals,
  title,
  explain,
}: {
  refusals: [Refusal, ...Refusal[]];
  /** The drawer's title, e.g. "Why can’t you change these reports?". */
  title: string;
  explain?: ExplainTarget;
}) {
  if (useSaidByPage(refusals[0].decision)) return null;
  return (
    <p className="muted small">
      Read-only: {reasonText(refusals[0].decision)}.{' '}
      <WhyButton title={title} refusals={refusals} explain={explain} />
    </p>
  );
}

/**
 * A table whose last column is each row's actions; when no row allows any of them (`refused`), that
 * column goes and one note above the table says why instead.
 */
export function TableWithRowActions<T>({
  caption,
  data,
  columns,
  actions,
  getRowId,
  refused,
}: {
  caption: string;
  data: T[];
  columns: ColumnDef<T, unknown>[];
  actions: ColumnDef<T, unknown>;
  getRowId: (row: T) => string;
  refused: { refusals: [Refusal, ...Refusal[]] | null; title: string; explain?: ExplainTarget };
}) {
  const { refusals, title, explain } = refused;
  return (
    <>
      {refusals ? <RefusedRowsNote title={title} refusals={refusals} explain={explain} /> : null}
      <DataTable
        caption={caption}
        columns={refusals ? columns : [...columns, actions]}
        data={data}
        getRowId={getRowId}
      />
    </>
  );
}
