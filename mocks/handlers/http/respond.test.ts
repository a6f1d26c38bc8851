import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, utf8Length } from './respond';

describe('utf8Length', () => {
  it('counts what TextEncoder writes, for any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ok', () => {
  it('answers JSON with its byte length', async () => {
    const response = ok({ name: 'Zoë Ångström 🚀' }, 201);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    const bytes = new Uint8Array(await response.clone().arrayBuffer()).length;
    expect(response.headers.get('content-length')).toBe(String(bytes));
    expect(await response.json()).toEqual({ name: 'Zoë Ångström 🚀' });
  });
});
