// Which of a project's actions the acting person may take, counted from the server's own decisions
// (the page-level canEdit and each run's stop, remove and move): the page then shows one read-only note
// where they may take none of them, or the controls, the refused ones disabled with their reason,
// where they may take some (ADR 0023). No rule is decided here.
import type { Decision } from '../../../api/common';
import type { ProjectOverview } from '../../../api/projects';

type Refusal = { label: string; decision: Decision };

export interface ProjectActions {
  /** Stop or delete at least one run: the runs' action column is worth its width. */
  rowActions: boolean;
  /** Move at least one run: the checkboxes are worth showing. */
  move: boolean;
  /** None of edit, move, stop or delete: one note instead of the controls, with these refusals. */
  readOnly: [Refusal, ...Refusal[]] | null;
}

export function projectActions(o: ProjectOverview): ProjectActions {
  const runs = o.viewer.canSeeContent.allowed ? o.runs : [];
  const rowActions = runs.some((r) => (r.state === 'running' && r.stop.allowed) || r.remove.allowed);
  const move = runs.some((r) => r.move.allowed);
  if (o.viewer.canEdit.allowed || rowActions || move) return { rowActions, move, readOnly: null };
  const first = runs[0];
  const runRefusals: Refusal[] = first
    ? [
        { label: 'Delete runs', decision: first.remove },
        { label: 'Move runs', decision: first.move },
      ]
    : [];
  return {
    rowActions,
    move,
    readOnly: [{ label: 'Edit Project Details', decision: o.viewer.canEdit }, ...runRefusals],
  };
}
