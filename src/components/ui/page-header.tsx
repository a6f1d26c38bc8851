// The head of every page: an optional breadcrumb, the title, a line under it, and the page's actions
// on the right.
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  titleClassName,
  breadcrumb,
  subtitle,
  actions,
}: {
  title: ReactNode;
  titleClassName?: string;
  breadcrumb?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        {breadcrumb ? <p className="breadcrumb">{breadcrumb}</p> : null}
        <h1 className={titleClassName}>{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {actions}
    </header>
  );
}

/**
 * Where a page's header actions go while its data loads: on a phone the actions have their own row, kept
 * at its height, so the page below does not move when they arrive (Lighthouse's layout shift).
 */
export function PendingActions() {
  return <div className="page-actions" aria-hidden="true" />;
}
