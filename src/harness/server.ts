import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../core/dispatcher';
import { VaultHost } from '../core/host';
import type { Result } from '../shared/errors';

/** The renderer sends the per-run token in this header (src/renderer/api/transport.ts). */
export const TOKEN_HEADER = 'x-secretariat-token';

/** The same policy the Electron shell sets, so the e2e tests catch anything it would block. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');
/** Large enough for a meeting package with long minutes; anything bigger is not a request we expect. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export interface HarnessOptions {
  /** The vault file; when absent the unlock screen offers to create `defaultVaultPath`. */
  vaultPath?: string | null;
  /** 0 picks a free port. */
  port?: number;
  clock?: () => Date;
  rendererDir?: string;
  /** Where a new vault goes when no --vault was given. */
  defaultVaultPath?: string;
}

export interface Harness {
  url: string;
  origin: string;
  port: number;
  token: string;
  host: VaultHost;
  close(): Promise<void>;
}

export function defaultVaultPath(): string {
  return resolve(process.cwd(), 'secretariat.vault');
}

/** Builds the renderer with Vite when out/renderer is missing; build logs go to stderr. */
export async function ensureRendererBuilt(rendererDir = DEFAULT_RENDERER_DIR): Promise<void> {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  const { build, createLogger } = await import('vite');
  const logger = createLogger('info');
  const toStderr = (msg: string) => process.stderr.write(`${msg}\n`);
  logger.info = toStderr;
  logger.warn = toStderr;
  logger.warnOnce = toStderr;
  await build({ configFile: join(PROJECT_ROOT, 'vite.renderer.config.ts'), customLogger: logger });
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function errorResult(code: 'UNAUTHORIZED' | 'VALIDATION' | 'NOT_FOUND' | 'INTERNAL', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Maps a URL path to a file under `root`, or null. Decoding happens once, before the check,
 * so `%2e%2e%2f` and backslashes cannot walk out of the folder.
 */
export function staticFilePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' ? '/index.html' : decoded;
  const full = resolve(root, `.${wanted}`);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).some((p) => p.startsWith('.'))) return null;
  return full;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const token = randomBytes(24).toString('base64url');
  const host = new VaultHost({ path: options.vaultPath ? resolve(options.vaultPath) : null, clock: options.clock });
  const fallbackVault = options.defaultVaultPath ?? defaultVaultPath();
  // The page may switch only to vaults this harness restored: it cannot point the host at any file.
  const restored = new Set<string>();
  let port = options.port ?? 5199;

  async function chooseVault(mode: 'open' | 'create'): Promise<string | null> {
    // A browser cannot show a file dialog that yields a path, so the harness offers the one
    // file it was started with, or its default.
    if (host.path) return host.path;
    if (mode === 'open' && !existsSync(fallbackVault)) return null;
    host.setPath(fallbackVault);
    return fallbackVault;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, errorResult('NOT_FOUND', 'Use POST.'));
    if (!tokenMatches(req.headers[TOKEN_HEADER], token))
      return sendJson(res, 401, errorResult('UNAUTHORIZED', 'Missing or wrong access token: open the address the harness printed.'));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body === '' ? {} : JSON.parse(body);
    } catch (err) {
      if (err instanceof RangeError) return sendJson(res, 413, errorResult('VALIDATION', 'The request is too large.'));
      return sendJson(res, 400, errorResult('VALIDATION', 'The request body is not JSON.'));
    }
    if (path.startsWith('/api/')) {
      const method = decodeURIComponent(path.slice('/api/'.length));
      const result = await dispatch(host, method, input);
      if (method === 'backup.restore' && result.ok) restored.add((result.value as { path: string }).path);
      return sendJson(res, 200, result);
    }
    if (path === '/bridge/openRestored') {
      const target = (input as { path?: unknown } | null)?.path;
      if (typeof target !== 'string' || !restored.has(target))
        return sendJson(res, 400, errorResult('VALIDATION', 'Only a vault restored in this session can be opened this way.'));
      host.setPath(target);
      return sendJson(res, 200, { ok: true, value: null });
    }
    if (path === '/bridge/chooseVault') {
      const mode = (input as { mode?: unknown } | null)?.mode;
      if (mode !== 'open' && mode !== 'create') return sendJson(res, 400, errorResult('VALIDATION', 'mode must be open or create.'));
      return sendJson(res, 200, { ok: true, value: await chooseVault(mode) });
    }
    return sendJson(res, 404, errorResult('NOT_FOUND', 'No such endpoint.'));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = staticFilePath(rendererDir, path);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    // The token travels in the page address; never hand it on.
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    // Another site resolving its name to 127.0.0.1 (DNS rebinding) gets nothing.
    const hostHeader = req.headers.host ?? '';
    if (hostHeader !== `127.0.0.1:${port}` && hostHeader !== `localhost:${port}`) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Wrong host');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    const handler = path.startsWith('/api/') || path.startsWith('/bridge/') ? handleApi : handleStatic;
    handler(req, res, path).catch((err: unknown) => {
      console.error('[harness]', err);
      if (!res.headersSent) sendJson(res, 500, errorResult('INTERNAL', 'The harness failed to answer.'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}#/`,
    origin,
    port,
    token,
    host,
    close: () =>
      new Promise<void>((done) => {
        host.lock();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
