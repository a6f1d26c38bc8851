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
