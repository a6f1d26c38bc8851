// Who a run logged with a team service account's API key is attributed to (ADR 0026). W&B: "If you
// use an API key from a service account for your team, ensure to set the environment variable
// WANDB_USERNAME to correctly attribute runs"; the run goes to that person only if they are a member
// of the service account's team, else (or without the variable) to the service account itself.
import type { Reason } from '../../decision';
import type { Actor, World } from '../../model';
import { note } from '../../reason';

export interface Attribution {
  authorId: string;
  /** The service account whose key logged the run (absent when a person logged it themselves). */
  loggedById?: string;
  reason: Reason;
}

/** WANDB_USERNAME may hold a username or an email (W&B also reads WANDB_USER_EMAIL). */
function personNamed(world: World, username: string) {
  const wanted = username.trim().toLowerCase();
  return world.users.find((u) => u.username.toLowerCase() === wanted || u.email.toLowerCase() === wanted);
}

export function attribution(world: World, actor: Actor, username: string | null): Attribution | null {
  if (actor.kind === 'user') {
    const user = world.users.get(actor.userId);
    return user
      ? { authorId: user.id, reason: note('identity', `${user.name} logged the run with their own key`) }
      : null;
  }
  if (actor.kind !== 'service') return null;
  const account = world.serviceAccounts.get(actor.serviceAccountId);
  const team = account ? world.teams.get(account.teamId) : undefined;
  if (!account || !team) return null;
  const self = { authorId: account.id, loggedById: account.id };
  if (username === null || username.trim() === '') {
    return {
      ...self,
      reason: note(
        'identity',
        `WANDB_USERNAME was not set: the run is attributed to service account ${account.name}`,
      ),
    };
  }
  const person = personNamed(world, username);
  if (!person || !team.members.get(person.id)) {
    return {
      ...self,
      reason: note(
        'identity',
        `WANDB_USERNAME names ${person ? person.name : `“${username.trim()}”`}, who is not a member of team ${team.name}: the run is attributed to service account ${account.name}`,
      ),
    };
  }
  return {
    authorId: person.id,
    loggedById: account.id,
    reason: note(
      'identity',
      `Logged with service account ${account.name}'s key; WANDB_USERNAME attributes the run to ${person.name}, a member of team ${team.name}`,
    ),
  };
}
