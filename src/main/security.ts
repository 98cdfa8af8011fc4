import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { Session, WebContents } from 'electron';
import { CSP_NONCE_PLACEHOLDER, contentSecurityPolicy, newNonce } from './csp';

// Pure decisions for the Electron shell; Electron's objects only reach this module as types, so
// every rule here runs in the unit tests without the Electron binary.

export const APP_SCHEME = 'app';
export const APP_HOST = 'secretariat';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** A page of the app itself: app://secretariat, nothing else (no credentials, no port). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** will-navigate, will-redirect and will-frame-navigate: the app never leaves its own origin. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** setWindowOpenHandler: the app opens no second window, and links never open one. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Session permission requests (camera, notifications, clipboard read...): all refused. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** Synchronous permission checks: all refused. */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * webRequest: nothing leaves the machine. Only the app's own origin is fetched; devtools: is
 * Chromium's own DevTools UI (development only).
 */
export function isRequestAllowed(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools:');
}

/** What the IPC wrapper needs to know of the sender frame (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Only the app's own top-level page may call main: a frame that navigated elsewhere, or any
 * subframe, is refused even though it shares the preload's process.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

/** Registers the handlers above on every webContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** Permissions and outgoing requests for the session that serves the app. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(path: string): string | null {
  return MIME_TYPES[extname(path).toLowerCase()] ?? null;
}

/**
 * Maps an app:// URL to a file under `root` (out/renderer), or null when it must be refused:
 * another host, any `.` or `..` segment (plain, percent-encoded, double-encoded or behind a
 * backslash), an encoded slash, NUL or drive letter, an empty segment, or a type the app does
 * not ship. The string is checked as given, not through `new URL`, which would quietly resolve
 * `..`: Chromium has already normalised what reaches the handler, and this check does not rely
 * on that.
 */
export function resolveAppPath(rawUrl: string, root: string): { path: string; mime: string } | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!rawUrl.startsWith(prefix)) return null;
  const rawPath = rawUrl.slice(prefix.length).split(/[?#]/, 1)[0]!;
  if (/%2e|%2f|%5c|%00|\\/i.test(rawPath)) return null;
  const segments = rawPath === '' ? ['index.html'] : rawPath.split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    // A '%' left after decoding is double encoding: nothing the build emits is named that way.
    if (name === '' || name === '.' || name === '..' || /[/\\:%\0]/.test(name)) return null;
    decoded.push(name);
  }
  const path = join(root, ...decoded);
  const inside = relative(root, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  const mime = mimeTypeFor(path);
  return mime ? { path, mime } : null;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}

/**
 * The app:// protocol handler: serves the built renderer with its MIME type, the CSP header,
 * and a fresh style nonce in every HTML page.
 */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppPath(request.url, root);
  if (!file) return plain(403, 'Forbidden');
  let body: Buffer;
  try {
    body = await readFile(file.path);
  } catch {
    return plain(404, 'Not found');
  }
  let csp = contentSecurityPolicy();
  if (file.mime.startsWith('text/html')) {
    const nonce = newNonce();
    body = Buffer.from(body.toString('utf8').replaceAll(CSP_NONCE_PLACEHOLDER, nonce), 'utf8');
    csp = contentSecurityPolicy(nonce);
  }
  const headers = {
    'content-type': file.mime,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-cache',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
