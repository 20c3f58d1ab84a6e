#!/usr/bin/env node
import { createRequire } from 'node:module';

const { loadImpact } = createRequire(import.meta.url)('./load.cjs');
process.exitCode = await loadImpact().main(process.argv.slice(2));
