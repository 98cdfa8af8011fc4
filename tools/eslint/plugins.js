// The lint plugins, loaded from this package so that they find its TypeScript 6 (typescript6.cjs).
import './typescript6.cjs';

export { default as tseslint } from 'typescript-eslint';
export { importX, createNodeResolver } from 'eslint-plugin-import-x';
