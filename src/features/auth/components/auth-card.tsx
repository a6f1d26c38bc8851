// The frame of the pages before anyone is signed in (sign-in, first run, an invite): the console's
// name and one card, centred.
import type { ReactNode } from 'react';

export function AuthCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="auth-page">
      <header className="auth-brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Access Console</span>
      </header>
      <main className="auth-card" id="main">
        <h1>{title}</h1>
        {lead ? <p className="muted">{lead}</p> : null}
        {children}
      </main>
    </div>
  );
}
