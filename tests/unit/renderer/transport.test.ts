import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpBridge, tokenFromLocation } from '../../../src/renderer/api/transport';

afterEach(() => vi.unstubAllGlobals());

describe('the harness bridge', () => {
  it('reads the token from the page address', () => {
    expect(tokenFromLocation('?token=abc-DEF_1')).toBe('abc-DEF_1');
    expect(tokenFromLocation('')).toBeNull();
  });

  it('posts the contract call with the token in a header and returns the Result as sent', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { state: 'locked' } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await httpBridge('t0ken').call('vault.status', {});
    expect(result).toEqual({ ok: true, value: { state: 'locked' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('api/vault.status');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['x-secretariat-token']).toBe('t0ken');
    expect(init.body).toBe('{}');
  });

  it('turns a 401 and a dead connection into Results the UI can show', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 401 })));
    expect(await httpBridge('x').call('vault.status', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await httpBridge('x').call('vault.status', {})).toMatchObject({ ok: false, error: { code: 'IO' } });
  });
});
