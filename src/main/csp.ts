import { randomBytes } from 'node:crypto';

/**
 * Vite writes this into index.html (`html.cspNonce` in electron.vite.config.ts) on the
 * `<meta property="csp-nonce">` tag and on its script and style tags; the app:// handler replaces
 * it with a fresh nonce on every response, so the renderer can hand the nonce to libraries that
 * insert `<style>` elements (Mantine's `getStyleNonce`) without any 'unsafe-inline'.
 */
export const CSP_NONCE_PLACEHOLDER = '__SECRETARIAT_CSP_NONCE__';

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Everything comes from the app's own origin: no remote host, no inline code, no eval. */
export function contentSecurityPolicy(nonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
