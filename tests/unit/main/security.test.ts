import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../../../src/main/csp';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isNavigationAllowed,
  isRequestAllowed,
  isTrustedSender,
  resolveAppPath,
  serveAppRequest,
} from '../../../src/main/security';

describe('navigation', () => {
  it('stays inside app://secretariat', () => {
    expect(isNavigationAllowed('app://secretariat/index.html')).toBe(true);
    expect(isNavigationAllowed('app://secretariat/index.html#/meetings/3')).toBe(true);
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5199/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://secretariat.evil.example/index.html',
    'app://user@secretariat/index.html',
    'app://secretariat:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
    expect(isAppUrl(url)).toBe(false);
  });

  it('blocks will-navigate, will-redirect and will-frame-navigate away from the app, and every <webview>', () => {
    const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> };
    contents.setWindowOpenHandler = vi.fn();
    hardenWebContents(contents as unknown as WebContents);
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const away = { url: 'https://example.org/', preventDefault: vi.fn() };
      const inside = { url: 'app://secretariat/index.html', preventDefault: vi.fn() };
      contents.emit(event, away, away.url);
      contents.emit(event, inside, inside.url);
      expect(away.preventDefault, event).toHaveBeenCalledOnce();
      expect(inside.preventDefault, event).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledWith(denyWindowOpen);
  });
});

describe('window.open', () => {
  it('is denied whatever the URL', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])('a request for %s is refused', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('every check is refused', () => {
    expect(denyPermissionCheck()).toBe(false);
  });

  it('the session gets the deny handlers and a request filter that lets nothing leave the machine', () => {
    let filter: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn((listener) => (filter = listener)) },
    };
    hardenSession(session as unknown as Session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledWith(denyPermissionCheck);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter!({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://secretariat/assets/index.js')).toBe(false);
    expect(decide('https://fonts.googleapis.com/css')).toBe(true);
    expect(decide('wss://example.org/socket')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('allows only the app origin and DevTools', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isRequestAllowed('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isRequestAllowed('blob:https://example.org/1234')).toBe(false);
    expect(isRequestAllowed('http://localhost:5173/')).toBe(false);
    expect(isRequestAllowed('app://other/')).toBe(false);
  });
});

describe('IPC sender', () => {
  it('accepts only the top-level app page', () => {
    expect(isTrustedSender({ url: 'app://secretariat/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://secretariat/index.html#/actions', parent: null })).toBe(true);
  });

  it.each([
    ['a remote page', { url: 'https://example.org/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
    ['a subframe of the app', { url: 'app://secretariat/index.html', parent: {} }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['a destroyed frame', null],
    ['no frame', undefined],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
});

describe('app:// protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'secretariat-protocol-'));
  const renderer = join(root, 'renderer');

  beforeAll(() => {
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(
      join(renderer, 'index.html'),
      `<html><head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"></head><body><script type="module" src="./assets/index.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script></body></html>`,
    );
    writeFileSync(join(renderer, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(join(renderer, 'assets', 'index.css'), 'body{}');
    writeFileSync(join(renderer, 'assets', 'logo.svg'), '<svg/>');
    writeFileSync(join(renderer, 'assets', 'font.woff2'), 'x');
    writeFileSync(join(renderer, 'assets', 'run.sh'), 'echo no');
    writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppPath('app://secretariat/', renderer)).toEqual({ path: join(renderer, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(resolveAppPath('app://secretariat/index.html?x=1#/meetings', renderer)?.path).toBe(join(renderer, 'index.html'));
    expect(resolveAppPath('app://secretariat/assets/index.js', renderer)?.mime).toBe('text/javascript; charset=utf-8');
    expect(resolveAppPath('app://secretariat/assets/my%20logo.svg', renderer)?.path).toBe(join(renderer, 'assets', 'my logo.svg'));
  });

  it.each([
    'app://secretariat/../secret.txt',
    'app://secretariat/assets/../../secret.txt',
    'app://secretariat/%2e%2e/secret.txt',
    'app://secretariat/%2E%2E/secret.txt',
    'app://secretariat/.%2e/secret.txt',
    'app://secretariat/..%2fsecret.txt',
    'app://secretariat/..%5csecret.txt',
    'app://secretariat/%252e%252e/secret.txt',
    'app://secretariat/assets\\..\\..\\secret.txt',
    'app://secretariat//etc/passwd',
    'app://secretariat/%2fetc%2fpasswd',
    'app://secretariat/C:%5cWindows%5cwin.ini',
    'app://secretariat/C:/Windows/win.ini',
    'app://secretariat/index.html%00.js',
    'app://secretariat/%E0%A4%A',
    'app://other/index.html',
    'app://secretariat.evil/index.html',
    'https://secretariat/index.html',
    'app://secretariat/assets/run.sh',
  ])('refuses %s', async (url) => {
    expect(resolveAppPath(url, renderer)).toBeNull();
    // Request (like Chromium) resolves plain and %2e dot segments itself, so the handler may see
    // app://secretariat/secret.txt instead: that one is looked up under the renderer folder.
    const response = await serveAppRequest(new Request(url), renderer);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('refuses a "." segment too', () => {
    expect(resolveAppPath('app://secretariat/./index.html', renderer)).toBeNull();
  });

  it('serves files with their MIME type, nosniff and the CSP', async () => {
    for (const [file, type] of [
      ['assets/index.js', 'text/javascript; charset=utf-8'],
      ['assets/index.css', 'text/css; charset=utf-8'],
      ['assets/logo.svg', 'image/svg+xml'],
      ['assets/font.woff2', 'font/woff2'],
    ]) {
      const response = await serveAppRequest(new Request(`app://secretariat/${file}`), renderer);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('gives every HTML response a fresh nonce, the same in the page and in its CSP header', async () => {
    const first = await serveAppRequest(new Request('app://secretariat/index.html'), renderer);
    const second = await serveAppRequest(new Request('app://secretariat/index.html'), renderer);
    const html = await first.text();
    expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
    const nonce = /nonce="([^"]+)"/.exec(html)![1]!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.headers.get('content-security-policy')).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('answers 404 for a missing file or a folder, 405 for anything but GET and HEAD', async () => {
    expect((await serveAppRequest(new Request('app://secretariat/assets/missing.js'), renderer)).status).toBe(404);
    expect((await serveAppRequest(new Request('app://secretariat/assets.js'), renderer)).status).toBe(404);
    expect((await serveAppRequest(new Request('app://secretariat/index.html', { method: 'POST', body: 'x' }), renderer)).status).toBe(405);
    const head = await serveAppRequest(new Request('app://secretariat/index.html', { method: 'HEAD' }), renderer);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
