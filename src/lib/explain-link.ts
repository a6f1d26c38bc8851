// Where a "Why?" link goes: the Access page, prefilled with who, where and which permission. The org
// comes from the app shell (context), so a feature only names the project or team and the permission.
import { createContext, useContext } from 'react';

export interface ExplainTarget {
  /** Defaults to the acting person (the Access page explains them when no user is given). */
  user?: string;
  team?: string;
  /** "team/project" */
  project?: string;
  permission?: string;
}

export const ExplainOrgContext = createContext<string | null>(null);

export function explainHref(org: string, target: ExplainTarget): string {
  const q = new URLSearchParams();
  for (const key of ['user', 'team', 'project', 'permission'] as const) {
    const value = target[key];
    if (value) q.set(key, value);
  }
  return `/account-settings/${encodeURIComponent(org)}/access?${q.toString()}`;
}

/** The "Why?" href for this target, or null outside an org's pages. */
export function useExplainHref(target: ExplainTarget | undefined): string | null {
  const org = useContext(ExplainOrgContext);
  return org && target ? explainHref(org, target) : null;
}
