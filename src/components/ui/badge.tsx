import type { ReactNode } from 'react';
import { TEAM_ROLE_LABELS } from '../../api/role-labels';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'info';

export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

/** A team or project role's label ("Admin", "Member", a custom role's name…); Admin stands out. */
export function TeamRoleBadge({ label }: { label: string }) {
  return <Badge tone={label === TEAM_ROLE_LABELS.admin ? 'accent' : 'neutral'}>{label}</Badge>;
}
