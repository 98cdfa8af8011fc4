#!/usr/bin/env node
// The command line is TypeScript run through tsx, so it works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
