// Fills the request record (operation name and type, error codes) that app.ts
// logs once per request, and logs internal errors that escaped the API layer
// (type-graphql itself, a plugin) with their stack, since formatError hides them
// from the client. Errors the resolvers caught are reported by the API layer
// through the context's onInternalError (wired in app.ts), so they are not
// logged twice.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../../api/request/context.js';
import { describeError } from '../../graph/errors.js';
import { clientCode } from '../format-error.js';
import type { Logger } from '../logger.js';
import { recordOf } from '../request-record.js';

export function requestLogPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          const record = recordOf(contextValue);
          if (!record) return;
          record.operationName = operationName ?? undefined;
          record.operationType = operation?.operation;
        },
        async didEncounterErrors({ contextValue, errors }) {
          const record = recordOf(contextValue);
          for (const error of errors) {
            const code = clientCode(error, error.extensions?.code);
            record?.errorCodes.push(code);
            const original = unwrapResolverError(error);
            const reportedByApi = original instanceof GraphQLError && original.extensions.code === 'INTERNAL_SERVER_ERROR';
            if (code === 'INTERNAL_SERVER_ERROR' && !reportedByApi) {
              logger.error(
                { reqId: record?.id, path: error.path, error: describeError(original), stack: original instanceof Error ? original.stack : undefined },
                'internal error in a GraphQL request',
              );
            }
          }
        },
        async willSendResponse({ contextValue }) {
          const record = recordOf(contextValue);
          if (record) record.queryCount = contextValue.queryCount;
        },
      };
    },
  };
}
