// typescript-eslint parses with TypeScript's JavaScript API, which TypeScript 7 (the project's
// `tsc`) no longer has. This package depends on TypeScript 6, so npm installs it here in
// tools/eslint/node_modules, typescript-eslint beside it, and the project's `tsc` stays 7.
// npm still hoists ts-api-utils (it accepts any TypeScript) to the top node_modules, where it
// would find 7: send every lint package's `require('typescript')` to 6, wherever npm put it.
const Module = require('node:module');

const typescript6 = require.resolve('typescript');
if (!require(typescript6).version.startsWith('6.'))
  throw new Error(`tools/eslint needs TypeScript 6 in tools/eslint/node_modules, found ${require(typescript6).version}`);

const lintPackageFile = /[\\/]node_modules[\\/](?:@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/;
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && lintPackageFile.test(parent?.filename ?? '')) return typescript6;
  return resolveFilename.call(this, request, parent, ...rest);
};
