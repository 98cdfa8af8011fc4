// Import cycles, type-only imports included: import-x/no-cycle skips `import type`, but two modules
// tied by type imports alone are still one knot that neither can leave. Relative imports only, since
// a package cannot import the project back.
import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import ts from 'typescript';

const SCRIPT = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const OPTIONS = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowJs: true,
  resolveJsonModule: true,
};

/** Files a file imports. Kept for the process, as import-x keeps its module map. */
const importsOf = new Map();

function resolveImport(specifier, fromFile) {
  if (!specifier.startsWith('.')) return undefined;
  const resolved = ts.resolveModuleName(specifier, fromFile, OPTIONS, ts.sys).resolvedModule?.resolvedFileName;
  return resolved && SCRIPT.has(extname(resolved)) ? resolved : undefined;
}

function importedFiles(file) {
  let files = importsOf.get(file);
  if (!files) {
    const { importedFiles: imports } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    files = [...new Set(imports.map((i) => resolveImport(i.fileName, file)).filter(Boolean))];
    importsOf.set(file, files);
  }
  return files;
}

/** The shortest chain of imports from `start` back to `file`, or undefined. */
function routeBack(start, file) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  for (let current = queue.shift(); current; current = queue.shift()) {
    for (const next of importedFiles(current)) {
      if (next === file) {
        const route = [next];
        for (let step = current; step; step = cameFrom.get(step)) route.unshift(step);
        return route;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included' },
    schema: [],
    messages: { cycle: 'Import cycle: {{route}}' },
  },
  create(context) {
    const file = context.physicalFilename;
    const check = (source) => {
      if (typeof source?.value !== 'string') return;
      const target = resolveImport(source.value, file);
      const route = target && (target === file ? [file] : routeBack(target, file));
      if (route) {
        const names = [file, ...route].map((f) => relative(context.cwd, f));
        context.report({ node: source, messageId: 'cycle', data: { route: names.join(' -> ') } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal),
      'CallExpression[callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};

export const importCycles = { meta: { name: 'secretariat-import-cycles' }, rules: { 'no-import-cycle': rule } };
