// The sign-in limit on its own clock: 5 failures for an account in a minute close it (whatever is sent
// next) until the oldest of them is a minute old; 20 from one client close that client; a success clears
// its account's failures but not its client's.
import { describe, expect, it } from 'vitest';
import { SIGN_IN_LIMIT, SignInLimiter } from './sign-in-limit';

function limiter() {
  const clock = { now: 1_000_000 };
  return { clock, limit: new SignInLimiter(() => clock.now) };
}
const ada = { username: 'ada', client: '10.0.0.1' };

describe('the sign-in limit', () => {
  it('closes an account after 5 failures in a minute, until the oldest is a minute old', () => {
    const { clock, limit } = limiter();
    for (let i = 0; i < SIGN_IN_LIMIT.perAccount; i++) {
      expect(limit.gate(ada).open).toBe(true);
      limit.failed(ada);
      clock.now += 1_000;
    }
    // The same account from elsewhere, and under other case, is closed too.
    const closed = limit.gate({ username: ' ADA ', client: '10.0.0.2' });
    expect(closed).toEqual({
      open: false,
      retryAfterSeconds: 55,
      message: 'Too many failed sign-ins for this account. Try again in 55 seconds.',
    });
    clock.now += 54_000;
    expect(limit.gate(ada)).toMatchObject({ open: false, retryAfterSeconds: 1 });
    expect(limit.gate(ada)).toMatchObject({ message: expect.stringMatching(/in 1 second\.$/) });
    clock.now += 1_000;
    expect(limit.gate(ada).open).toBe(true);
    // One more failure: the four failures still in the minute and this one close it again.
    limit.failed(ada);
    expect(limit.gate(ada)).toMatchObject({ open: false, retryAfterSeconds: 1 });
  });

  it('a success clears the account, so its person starts afresh', () => {
    const { limit } = limiter();
    for (let i = 0; i < SIGN_IN_LIMIT.perAccount - 1; i++) limit.failed(ada);
    limit.succeeded(ada);
    for (let i = 0; i < SIGN_IN_LIMIT.perAccount - 1; i++) limit.failed(ada);
    expect(limit.gate(ada).open).toBe(true);
  });

  it('closes a client that guesses at many accounts, and a success elsewhere does not reopen it', () => {
    const { limit } = limiter();
    for (let i = 0; i < SIGN_IN_LIMIT.perClient; i++)
      limit.failed({ username: `user${i % 10}`, client: '10.0.0.9' });
    limit.succeeded({ username: 'mallory', client: '10.0.0.9' });
    expect(limit.gate({ username: 'someone-new', client: '10.0.0.9' })).toEqual({
      open: false,
      retryAfterSeconds: 60,
      message: 'Too many failed sign-ins for this address. Try again in 60 seconds.',
    });
    expect(limit.gate({ username: 'someone-new', client: '10.0.0.10' }).open).toBe(true);
  });
});
