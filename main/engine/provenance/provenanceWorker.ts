/**
 * A worker thread that measures photos' provenance one request at a time (see provenanceThread.ts).
 * The checks are plain JavaScript over DCT blocks and error levels: run here, they use the second core
 * while the audit's thread registers the pair.
 */
import { parentPort } from 'node:worker_threads';
import { measureProvenance } from './measureProvenance.js';
import type { ProvenanceReply, ProvenanceRequest } from './provenanceThread.js';

const port = parentPort;
if (!port) throw new Error('provenanceWorker must run as a worker thread');

port.on('message', (request: ProvenanceRequest) => {
  const { id, ...input } = request;
  measureProvenance(input).then(
    (result) => port.postMessage({ id, result } satisfies ProvenanceReply),
    // A photo whose history cannot be measured is still audited: the caller reads null as "not measured".
    () => port.postMessage({ id, result: null } satisfies ProvenanceReply),
  );
});
