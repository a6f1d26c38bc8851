// API keys as W&B makes them: 40 random hex characters, kept only as a SHA-256 hash (a key has 160
// random bits, so a fast hash is enough: nobody can guess one from its hash). WebCrypto, so the same
// code runs in the browser's backend and in Node.
import type { ApiKey } from '../../engine/index';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function hashApiKey(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return hex(new Uint8Array(digest));
}

/** A new key: its secret (shown once) and the row the world keeps. */
export async function newApiKey(name: string, at: string): Promise<{ secret: string; key: ApiKey }> {
  const secret = hex(crypto.getRandomValues(new Uint8Array(20)));
  const id = `key-${hex(crypto.getRandomValues(new Uint8Array(6)))}`;
  return {
    secret,
    key: { id, name: name.trim(), hash: await hashApiKey(secret), last4: secret.slice(-4), createdAt: at },
  };
}

/** When each key last signed a request in, by key id: kept by the server while it runs, not stored. */
const lastUse = new Map<string, string>();
export const recordKeyUse = (keyId: string, at: string): void => void lastUse.set(keyId, at);
export const keyLastUsed = (keyId: string): string | null => lastUse.get(keyId) ?? null;
