// The load generator, run as its own process (forked by run.ts) so that it does not
// share an event loop or a core's time slices with the servers it measures:
// autocannon POSTs one request body at a fixed number of connections for a fixed
// time and checks every response against the expected body.
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  body: string;
  expectBody: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** Responses that were not 2xx, or whose body differed from the expected answer, or that failed. */
  bad: number;
  /** `bad` by kind, when there are any (autocannon's counters). */
  badKinds?: { non2xx: number; errors: number; timeouts: number; mismatches: number };
}

/**
 * autocannon 8 appends each TCP chunk of a response body to a string (`body += chunk`),
 * decoding every chunk alone: a Chinese character split between two chunks came out as
 * replacement characters, so a correct answer of 100 KB or more counted now and then as a
 * mismatch (20,000 documents: ours' Q2, 108 KB, 4 of 293; @neo4j/graphql's 1.2 MB ones at
 * every concurrency). Each body is kept as bytes and decoded once, whole.
 */
function decodeBodiesWhole(client: unknown): void {
  type Pending = { body: string; chunks?: Buffer[] };
  const queue = (client as { pipelinedRequests: { peek(): Pending | undefined; addBody(data: Uint8Array): void; terminateRequest(): Pending | undefined } }).pipelinedRequests;
  queue.addBody = (data) => {
    const pending = queue.peek();
    // A copy: the parser reuses the buffer the chunk is a view of.
    if (pending) (pending.chunks ??= []).push(Buffer.from(data));
  };
  const terminate = queue.terminateRequest.bind(queue);
  queue.terminateRequest = () => {
    const done = terminate();
    if (done?.chunks) done.body = Buffer.concat(done.chunks).toString('utf8');
    return done;
  };
}

if (process.send) {
  process.once('message', async (job: LoadJob) => {
    const result = await autocannon({
      url: job.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: job.body,
      expectBody: job.expectBody,
      connections: job.connections,
      duration: job.seconds,
      setupClient: decodeBodiesWhole,
    });
    const done: LoadResult = {
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      requests: result.requests.total,
      bad: result.non2xx + result.errors + result.timeouts + result.mismatches,
    };
    if (done.bad > 0) done.badKinds = { non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, mismatches: result.mismatches };
    process.send!(done, () => process.exit(0));
  });
}
