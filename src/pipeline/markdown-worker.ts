/** A worker thread that runs the Markdown pass on its share of the bodies (see `load.ts`). */
import { parentPort, workerData } from 'node:worker_threads';
import { markdownPass, type BodyJob, type PassOptions } from './markdown-pass.ts';

const { jobs, options } = workerData as { jobs: BodyJob[]; options: PassOptions };
parentPort!.postMessage(markdownPass(jobs, options));
