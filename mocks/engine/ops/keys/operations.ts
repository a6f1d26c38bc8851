// A person's own API keys (W&B: User settings → API keys). Only a hash of each key is kept, with its
// last four characters to recognise it; the key itself is shown once, by the handler that made it.
// Only the person themselves creates or revokes their keys: another's key is "not found" (404), so a
// key's existence is never disclosed to someone else.
import type { ApiKey, Actor, User, World } from '../../model';
import { allow, allowed, forbidden, invalid, notFound } from '../../reason';
import type { Decision } from '../../decision';
import { defineFamily, noScope, operation } from '../define';

/** Decision: enough for any person; W&B shows no limit, a server wants some. */
export const MAX_API_KEYS = 20;

function self(world: World, actor: Actor, userId: string): User | Decision {
  const user = actor.kind === 'user' ? world.users.get(actor.userId) : undefined;
  if (!user) return forbidden('identity', 'Only a signed-in person has API keys');
  if (user.id !== userId) return notFound('No such API key');
  return user;
}
const isDecision = (v: User | Decision): v is Decision => 'allowed' in v;

export const keyOperations = defineFamily({
  'apiKey.create': operation<{ userId: string; key: ApiKey }>({
    check: (world, actor, op) => {
      const user = self(world, actor, op.userId);
      if (isDecision(user)) return user;
      const keys = user.apiKeys ?? [];
      if (op.key.name.trim() === '' || op.key.name.length > 64)
        return invalid('name', 'Name the key in 1 to 64 characters');
      if (keys.length >= MAX_API_KEYS)
        return invalid('name', `Revoke a key first: a person has at most ${MAX_API_KEYS} API keys`);
      if (keys.some((k) => k.id === op.key.id)) return invalid('name', 'This key already exists');
      return allowed([allow('identity', `${user.name} manages their own API keys`)]);
    },
    apply: (draft, _actor, op) =>
      draft.update('users', op.userId, (u) => ({ ...u, apiKeys: [...(u.apiKeys ?? []), op.key] })),
    impactScope: noScope,
  }),
  'apiKey.revoke': operation<{ userId: string; keyId: string }>({
    check: (world, actor, op) => {
      const user = self(world, actor, op.userId);
      if (isDecision(user)) return user;
      if (!(user.apiKeys ?? []).some((k) => k.id === op.keyId)) return notFound('No such API key');
      return allowed([allow('identity', `${user.name} manages their own API keys`)]);
    },
    apply: (draft, _actor, op) =>
      draft.update('users', op.userId, (u) => ({
        ...u,
        apiKeys: (u.apiKeys ?? []).filter((k) => k.id !== op.keyId),
      })),
    impactScope: noScope,
  }),
});
