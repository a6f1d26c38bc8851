// Sign-in guessing is slowed down (ADR 0027): after 5 failed sign-ins for one account within a minute,
// or 20 from one client (a guess at many accounts), that account or client is answered 429 with
// Retry-After until the oldest of those failures is a minute old, whatever it sends, the right key
// included (else a guesser would learn the key from the one answer that is not 429). A successful
// sign-in clears its account's failures, not its client's: signing in to one's own account must not
// wipe that client's guesses at others. Kept in memory: a restart forgets them.
import { fail } from '../handlers/http/respond';

export const SIGN_IN_LIMIT = { perAccount: 5, perClient: 20, windowMs: 60_000 } as const;

export interface SignInAttempt {
  /** The username as typed (compared without case, as sign-in does). */
  username: string;
  /** Who connects: the socket's remote address (a proxy's own address when behind one). */
  client: string;
}

export type Gate = { open: true } | { open: false; retryAfterSeconds: number; message: string };

export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether this attempt may be checked at all. */
  gate(attempt: SignInAttempt): Gate {
    const now = this.now();
    const account = this.blockedFor(accountKey(attempt), SIGN_IN_LIMIT.perAccount, now);
    const client = this.blockedFor(clientKey(attempt), SIGN_IN_LIMIT.perClient, now);
    const wait = Math.max(account, client);
    if (wait <= 0) return { open: true };
    const retryAfterSeconds = Math.ceil(wait / 1000);
    const who = account >= client ? 'this account' : 'this address';
    return {
      open: false,
      retryAfterSeconds,
      message: `Too many failed sign-ins for ${who}. Try again in ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'second' : 'seconds'}.`,
    };
  }

  failed(attempt: SignInAttempt): void {
    const now = this.now();
    // Guesses at many made-up usernames leave a key each: the stale ones go once there are many.
    if (this.failures.size > 1_000)
      for (const key of [...this.failures.keys()])
        if (this.recent(key, now).length === 0) this.failures.delete(key);
    for (const key of [accountKey(attempt), clientKey(attempt)])
      this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** The answer to an attempt the gate refused: 429, with when to try again. */
  static refusal(gate: Extract<Gate, { open: false }>): Response {
    const response = fail(429, 'rate_limited', gate.message);
    response.headers.set('retry-after', String(gate.retryAfterSeconds));
    return response;
  }

  succeeded(attempt: SignInAttempt): void {
    this.failures.delete(accountKey(attempt));
  }

  /** Milliseconds until fewer than `limit` failures of the last minute remain (0: not blocked). */
  private blockedFor(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length === 0) this.failures.delete(key);
    if (recent.length < limit) return 0;
    const freeing = recent[recent.length - limit] ?? now;
    return freeing + SIGN_IN_LIMIT.windowMs - now;
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < SIGN_IN_LIMIT.windowMs);
  }
}

const accountKey = (a: SignInAttempt) => `account:${a.username.trim().toLowerCase()}`;
const clientKey = (a: SignInAttempt) => `client:${a.client}`;
