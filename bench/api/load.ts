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
