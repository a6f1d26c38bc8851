// The head of every page: an optional breadcrumb, the title with the page's actions on its right, and a
// line under both. The line spans the whole width, so actions that arrive after the data (PendingActions
// until then) never make it wrap anew and push the page down.
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
      {breadcrumb ? <p className="breadcrumb">{breadcrumb}</p> : null}
      <div className="page-header-main">
        <h1 className={titleClassName}>{title}</h1>
        {actions}
      </div>
      {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
    </header>
  );
}

/**
 * Where a page's header actions go while its data loads: the title's row keeps a button's height (and on
 * a phone the actions' own row), so nothing moves when they arrive (Lighthouse's layout shift).
 */
export function PendingActions() {
  return <div className="page-actions" aria-hidden="true" />;
}
