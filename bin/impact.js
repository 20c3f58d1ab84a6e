#!/usr/bin/env node
import { main } from '../dist/impact.js';

process.exitCode = await main(process.argv.slice(2));
