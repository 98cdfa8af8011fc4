import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from '../../../src/main/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name!, values];
  }));
}

describe('Content-Security-Policy', () => {
  const policy = contentSecurityPolicy();
  const withNonce = contentSecurityPolicy('abc123+/==');

  it('allows only the app itself by default', () => {
    expect(directives(policy).get('default-src')).toEqual(["'self'"]);
    expect(directives(policy).get('script-src')).toEqual(["'self'"]);
    expect(directives(policy).get('style-src')).toEqual(["'self'"]);
  });

  it('never allows inline code, eval, remote origins or wildcards', () => {
    for (const p of [policy, withNonce]) {
      expect(p).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
      expect(p).not.toMatch(/https?:|wss?:|\*|data:|blob:|filesystem:/);
      for (const [name, values] of directives(p))
        for (const value of values) expect(["'self'", "'none'", "'nonce-abc123+/=='"], `${name} ${value}`).toContain(value);
    }
  });

  it('shuts plugins, <base>, forms and framing', () => {
    const d = directives(policy);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) expect(d.get(name), name).toEqual(["'none'"]);
  });

  it('lets styles carrying the nonce in, and nothing else gains from it', () => {
    const d = directives(withNonce);
    expect(d.get('style-src')).toEqual(["'self'", "'nonce-abc123+/=='"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
  });

  it('makes a new 128-bit nonce each time', () => {
    const a = newNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
