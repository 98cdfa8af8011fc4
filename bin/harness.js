#!/usr/bin/env node
// The harness is TypeScript run through tsx, like the command line, so it works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/harness/main.ts');
