/**
 * A theme's fonts and logo tried before any report uses them: each is set by pdfkit in a worker
 * thread (trial.ts) whose memory and time are bounded, so that a font whose tables send the
 * layout into endless work (a damaged GSUB ran to 4 GB) fails its trial like one that throws.
 * One worker tries the files in turn; after a failure that took it down, another goes on.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import type { TrialReply, TrialRequest } from './trial.js';

/** A sample needs a few megabytes, a large font (a CJK one) a hundred; beyond that the trial fails. */
const TRIAL_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };
/** A trial takes well under a second; one still at work after this is refused. */
const TRIAL_TIME_MS = 20_000;

/** The worker loads the bundle as the command does (bin/load.cjs), then serves trials. */
const WORKER_FILE = join(PACKAGE_ROOT, 'bin', 'theme-worker.cjs');

/** Whether each request's file passes its trial, in order. */
export async function tryFiles(requests: readonly TrialRequest[]): Promise<boolean[]> {
  const passed: boolean[] = [];
  let worker: Worker | undefined;
  try {
    for (const request of requests) {
      worker ??= quietWorker();
      const reply = await trial(worker, request);
      passed.push(reply.passed);
      if (!reply.alive) {
        void worker.terminate();
        worker = undefined;
      }
    }
  } finally {
    void worker?.terminate();
  }
  return passed;
}

/** A trial worker whose output (pdfkit's warnings on a font with odd metrics) is read and dropped. */
function quietWorker(): Worker {
  const worker = new Worker(WORKER_FILE, { resourceLimits: TRIAL_LIMITS, stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

function trial(worker: Worker, request: TrialRequest): Promise<{ passed: boolean; alive: boolean }> {
  return new Promise((resolve) => {
    const done = (passed: boolean, alive: boolean) => {
      clearTimeout(timer);
      worker.off('message', answered);
      worker.off('error', failed);
      worker.off('exit', failed);
      resolve({ passed, alive });
    };
    const answered = (reply: TrialReply) => done(reply.passed, true);
    const failed = () => done(false, false);
    const timer = setTimeout(failed, TRIAL_TIME_MS);
    worker.on('message', answered);
    worker.once('error', failed);
    worker.once('exit', failed);
    worker.postMessage(request);
  });
}
