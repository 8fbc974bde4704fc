// The Apollo Server instance behind /graphql, configured for an API that is
// explored in a browser (introspection on) but never leaks internals.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import type { ApiContext } from '../api/request/context.js';
import type { QueryLimits } from '../config.js';
import { compiledExecution, type CompiledExecution } from './compiled-execution.js';
import { formatError } from './format-error.js';
import type { Logger } from './logger.js';
import { queryCostPlugin } from './plugins/query-cost.js';
import { queryCountHeaderPlugin } from './plugins/query-count-header.js';
import { requestLogPlugin } from './plugins/request-log.js';
import { suggestionsPlugin } from './plugins/suggestions.js';

export interface ApolloOptions {
  schema: GraphQLSchema;
  logger: Logger;
  /** Adds the x-query-count response header (development). */
  exposeQueryCount: boolean;
  /** Depth and cost refused before execution. */
  limits: QueryLimits;
  /** Default on (the playground needs it); app.ts turns it off in production unless ENABLE_INTROSPECTION. */
  introspection?: boolean;
  plugins?: ApolloServerPlugin<ApiContext>[];
  /**
   * 'compiled' (default): graphql-jit runs operations seen before (compiled-execution.ts);
   * 'interpreted': graphql-js runs every operation; or a compiledExecution of the caller's (tests: its stats).
   */
  execution?: 'compiled' | 'interpreted' | CompiledExecution;
  /** How an answer becomes the body's string (default: Apollo's, JSON.stringify and a newline). */
  stringifyResult?: (result: FormattedExecutionResult) => string;
}

export function createApollo(opts: ApolloOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    ...(opts.execution === 'interpreted'
      ? { schema: opts.schema }
      : { gateway: (typeof opts.execution === 'object' ? opts.execution : compiledExecution(opts.schema)).gateway }),
    introspection: opts.introspection ?? true,
    // A JSON array body (several operations) is refused with 400: one request, one operation.
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    ...(opts.stringifyResult && { stringifyResult: opts.stringifyResult }),
    // csrfPrevention stays at Apollo's default (on): the playground posts
    // application/json, which browsers always preflight.
    // main.ts owns the signals so it can also close the Neo4j driver.
    stopOnTerminationSignals: false,
    logger: apolloLogger(opts.logger),
    plugins: [
      // We serve our own playground (all assets local) instead of Apollo's landing page.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin wraps every field resolver (willResolveField)
      // to collect cache hints we never set: measurable per field on a page of 50 tasks.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(opts.logger),
      queryCostPlugin(opts.limits),
      suggestionsPlugin(),
      ...(opts.exposeQueryCount ? [queryCountHeaderPlugin()] : []),
      ...(opts.plugins ?? []),
    ],
  });
}

/** Apollo's own messages (start-up, stop) through pino. */
function apolloLogger(logger: Logger) {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (msg: string) => child.debug(msg),
    info: (msg: string) => child.info(msg),
    warn: (msg: string) => child.warn(msg),
    error: (msg: string) => child.error(msg),
  };
}
