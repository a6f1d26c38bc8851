// Where "Why?" and "Explain access" go. The Access page, prefilled with who, where and which
// permission; and the access drawer, which shows the same answers beside the page so nothing on it
// is lost. The org and the drawer come from the app shell (context), so a feature only names what
// it wants explained.
import { createContext, useContext } from 'react';
import type { Decision } from '../api/common';

export interface ExplainTarget {
  /** Defaults to the acting person (the Access page explains them when no user is given). */
  user?: string;
  team?: string;
  /** "team/project" */
  project?: string;
  /** The organization's own permissions (from the org role), instead of a team or project. */
  org?: boolean;
  permission?: string;
}

/** What the access drawer is asked to show. */
export type DrawerRequest =
  /** Why a control or some of its choices are refused: the server's chains, and where to learn more. */
  | {
      kind: 'why';
      title: string;
      refusals: { label: string; decision: Decision }[];
      explain?: ExplainTarget;
    }
  /** Everything a person can reach. */
  | { kind: 'person'; user: string; name?: string }
  /** Everyone who can reach a project. */
  | { kind: 'project'; project: string }
  /** One person on one team or project, every permission with its chain. */
  | { kind: 'explain'; target: ExplainTarget };

export const ExplainOrgContext = createContext<string | null>(null);
/**
 * Opens the access drawer. `returnFocus` is where focus goes when it closes: by default whatever had
 * focus when it opened; a select or menu passes its trigger, because its option is gone by then.
 */
export type OpenAccessDrawer = (request: DrawerRequest, returnFocus?: HTMLElement | null) => void;
export const AccessDrawerContext = createContext<OpenAccessDrawer | null>(null);

export function explainHref(org: string, target: ExplainTarget, view?: string): string {
  const q = new URLSearchParams();
  for (const key of ['user', 'team', 'project', 'permission'] as const) {
    const value = target[key];
    if (value) q.set(key, value);
  }
  if (target.org) q.set('scope', 'org');
  if (view) q.set('view', view);
  return `/account-settings/${encodeURIComponent(org)}/access?${q.toString()}`;
}

/** The "Why?" href for this target, or null outside an org's pages. */
export function useExplainHref(target: ExplainTarget | undefined): string | null {
  const org = useContext(ExplainOrgContext);
  return org && target ? explainHref(org, target) : null;
}

/** Opens the access drawer, or null outside an org's pages (signed-out visitors, tests). */
export const useAccessDrawer = () => useContext(AccessDrawerContext);
