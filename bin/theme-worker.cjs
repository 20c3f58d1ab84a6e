// The worker thread that tries a theme's fonts and logo (see src/theme/trials.ts): the bundle loaded as the command loads it.
'use strict';
require('./load.cjs').loadImpact().serveTrials();
