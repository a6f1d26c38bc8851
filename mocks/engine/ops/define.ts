// One operation's rules in one entry: may this actor make the change (check), what it changes with
// every cascade (apply), and where it can change anyone's access (impactScope, so a preview compares
// only that). Each family folder lists its operations with defineFamily; ops/registry.ts joins the
// families and derives the Operation type from them, so a new operation is one entry.
import type { Decision } from '../decision';
import type { Actor, World } from '../model';
import type { Draft } from '../world-edit';

export type ImpactTarget = { kind: 'team'; teamId: string } | { kind: 'project'; projectId: string };
/** Targets, each with the principals to compare on it (null: the target's usual candidates). */
export type Scope = { target: ImpactTarget; principals: string[] | null }[];

/** P: the operation's fields besides `type` (its key in the family). */
export interface OperationSpec<P> {
  /** 403 forbidden / 409 conflict / 422 invalid / 404 not-found, with the reasons. */
  check(world: World, actor: Actor, op: P): Decision;
  /** Edits the draft (copy-on-write); assumes check() allowed it. */
  apply(draft: Draft, actor: Actor, op: P): void;
  /** Where access can change ([]: nowhere, e.g. a rename); `after` is the applied world. */
  impactScope(before: World, after: World, op: P): Scope;
}

/** An entry: the type argument names the operation's fields, once; check, apply and scope get them typed. */
export const operation = <P extends object>(spec: OperationSpec<P>): OperationSpec<P> => spec;

export const defineFamily = <F extends Record<string, OperationSpec<never>>>(family: F): F => family;

export type PayloadOf<S> = S extends OperationSpec<infer P> ? P : never;

type Fields<T> = { [Q in keyof T]: T[Q] };

/** The operations a table of entries describes: `{ type: key, ...fields }` for each entry. */
export type OperationsOf<F> = {
  [K in keyof F & string]: Fields<{ type: K } & PayloadOf<F[K]>>;
}[keyof F & string];

/** For operations that change no one's access (names, domains, invites before acceptance, runs). */
export const noScope = (): Scope => [];
