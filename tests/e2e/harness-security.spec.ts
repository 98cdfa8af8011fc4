import { request as httpRequest } from 'node:http';
import { expect, test } from './harness';

/** A raw request: fetch() would normalise `..` away before the server ever saw it. */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the API answers 401 without the per-run token, and the contract with it', async ({ harness }) => {
  const call = (headers: Record<string, string>) =>
    fetch(`${harness.origin}/api/vault.status`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  const none = await call({});
  expect(none.status).toBe(401);
  expect(await none.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  expect((await call({ 'x-secretariat-token': 'not-the-token' })).status).toBe(401);
  expect((await call({ 'x-secretariat-token': `${harness.token}x` })).status).toBe(401);
  const chooser = await fetch(`${harness.origin}/bridge/chooseVault`, { method: 'POST', body: '{"mode":"create"}' });
  expect(chooser.status).toBe(401);

  const ok = await call({ 'x-secretariat-token': harness.token });
  expect(ok.status).toBe(200);
  expect(await ok.json()).toMatchObject({ ok: true, value: { state: 'locked', exists: false } });
});

test('static files never leave the renderer folder', async ({ harness }) => {
  const index = await rawGet(harness.origin, '/');
  expect(index.status).toBe(200);
  expect(index.body).toContain('<div id="root">');
  for (const path of [
    '/../package.json',
    '/../../package.json',
    '/assets/../../../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/%2e%2e%5cpackage.json',
    '/index.html%00.js',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
  ]) {
    const res = await rawGet(harness.origin, path);
    expect(res.status, path).toBe(404);
    expect(res.body, path).not.toContain('"secretariat"');
    expect(res.body, path).not.toContain('root:');
  }
});

test('requests naming another host are refused (DNS rebinding)', async ({ harness }) => {
  const port = new URL(harness.origin).port;
  const res = await rawGet(harness.origin, '/', { host: `attacker.example:${port}` });
  expect(res.status).toBe(421);
});

test('pages carry the content security policy the renderer is built for', async ({ harness }) => {
  const res = await fetch(harness.url);
  expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(res.headers.get('content-security-policy')).not.toContain('unsafe');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
});
