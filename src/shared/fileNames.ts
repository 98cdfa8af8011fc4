/** Long enough for "Committee Minutes 12th Meeting 2026-03-15 DRAFT AR", well short of any file system's limit. */
const MAX_STEM = 120;

/** Letters of any script, digits, dot, dash and underscore; no "..", nothing hidden, not too long. */
function cleanStem(stem: string): string {
  return stem
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/[-.]+$/g, '');
}

/**
 * The one rule for the names of files the app writes, safe on every desktop: no separators, no
 * "..", no control characters, not hidden. `ext` is given without its dot.
 */
export function fileNameOf(stem: string, ext: string): string {
  const cleanExt = ext.replace(/[^A-Za-z0-9]/g, '').slice(0, 10);
  const name = cleanStem(stem) || 'export';
  return cleanExt ? `${name}.${cleanExt}` : name;
}

/** A name suggested from elsewhere (the renderer, a package), maybe with a path: its last part, made safe, keeping its extension. */
export function safeFileName(suggested: string): string {
  const last = suggested.split(/[\\/]/).pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? fileNameOf(last.slice(0, dot), last.slice(dot + 1)) : fileNameOf(last, '');
}
