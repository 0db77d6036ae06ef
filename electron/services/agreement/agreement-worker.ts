/**
 * The worker thread of the in-app agreement report: runs agreementReport
 * (shared/agreement/report.ts) for each measure asked, so that matching the
 * units and computing αu over a large library (0.2–1.4 s measured for 10k
 * annotations, two coders) never blocks main's event loop. One request at a
 * time, answered with the same sequence number; a failure is answered as a
 * message, never left hanging.
 */

import { parentPort } from 'node:worker_threads';
import { agreementReport } from '../../../shared/agreement/report';
import type { AgreementAnswer, AgreementJob } from './agreement-worker-protocol';

const port = parentPort;
if (!port) throw new Error('agreement-worker.ts runs only as a worker thread');

port.on('message', (job: AgreementJob) => {
  let answer: AgreementAnswer;
  try {
    const reports = job.options.map((options) => agreementReport(job.coders, job.articles, options));
    answer = { seq: job.seq, ok: true, reports };
  } catch (error) {
    answer = { seq: job.seq, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
