// The list both sides of a request to join share (ADR 0025): a titled section of rows, each a name with
// a line under it and the row's buttons (the teams a person may join, a team's requests to decide).
import type { ReactNode } from 'react';
import '../teams.css';

export interface JoinListRow {
  key: string;
  name: string;
  detail: ReactNode;
  actions: ReactNode;
}

export function JoinList({
  id,
  titleId,
  title,
  intro,
  rows,
}: {
  /** The section's own id (a link may point at it). */
  id?: string;
  titleId: string;
  title: string;
  intro?: ReactNode;
  rows: JoinListRow[];
}) {
  return (
    <section className="joinable-teams stack-sm" aria-labelledby={titleId} id={id}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {intro ? <p className="muted">{intro}</p> : null}
      <ul className="joinable-list" aria-labelledby={titleId}>
        {rows.map((r) => (
          <li key={r.key} className="joinable-row">
            <span className="joinable-name">
              <span className="team-name">{r.name}</span>
              <span className="muted small">{r.detail}</span>
            </span>
            <span className="row">{r.actions}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
