import type { SecretariatBridge } from '../../shared/bridge';
import type { Result } from '../../shared/errors';
import { i18n } from '../i18n';

/** Must match TOKEN_HEADER in src/harness/server.ts (the renderer may not import the harness). */
const TOKEN_HEADER = 'x-secretariat-token';
/** Browsers cap the bodies of all keepalive requests in flight at 64 KiB together. */
const KEEPALIVE_LIMIT = 60_000;

let unloading = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => (unloading = true));
  window.addEventListener('beforeunload', () => (unloading = true));
  window.addEventListener('pageshow', () => (unloading = false));
}

function failure(code: 'UNAUTHORIZED' | 'IO', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/**
 * The harness's bridge: the contract over HTTP to 127.0.0.1 with the per-run token. Saves that
 * start while the page unloads use keepalive so a reload does not cancel them.
 */
export function httpBridge(token: string): SecretariatBridge {
  async function post<T>(path: string, body: unknown): Promise<Result<T>> {
    const text = JSON.stringify(body ?? {});
    let res: Response;
    try {
      res = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: text,
        keepalive: unloading && text.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return failure('IO', i18n.t('errors.network'));
    }
    if (res.status === 401) return failure('UNAUTHORIZED', i18n.t('errors.unauthorized'));
    try {
      return (await res.json()) as Result<T>;
    } catch {
      return failure('IO', i18n.t('errors.network'));
    }
  }

  return {
    platform: 'web',
    call: (method, input) => post(`api/${encodeURIComponent(method)}`, input),
    async chooseVault(mode) {
      const result = await post<string | null>('bridge/chooseVault', { mode });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    async openRestored(path) {
      const result = await post<null>('bridge/openRestored', { path });
      if (!result.ok) throw new Error(result.error.message);
    },
    async saveFile(suggestedName, base64) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return suggestedName;
    },
  };
}

/** The token the harness put in the page address (`?token=`); it stays in memory only. */
export function tokenFromLocation(search: string): string | null {
  return new URLSearchParams(search).get('token');
}

let bridge: SecretariatBridge | null = null;

export function getBridge(): SecretariatBridge {
  if (!bridge) bridge = window.secretariat ?? httpBridge(tokenFromLocation(window.location.search) ?? '');
  return bridge;
}

/** Tests put a fake host here. */
export function setBridge(next: SecretariatBridge | null): void {
  bridge = next;
}
