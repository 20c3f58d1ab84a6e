// `impact validate` of the seed, in a new process, through the launcher.
import { compareToBaseline, LAUNCHER, SEED, timed } from './lib.mjs';

export const TARGET = 2;

export const measureValidate = () => ({ ...compareToBaseline(() => timed(LAUNCHER, { args: ['validate', SEED] })), target: TARGET });
