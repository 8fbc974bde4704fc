// Development aid: `x-query-count` tells how many database round trips a
// request made, so an N+1 regression shows up in the browser's network tab.
// Off in production (it reveals a little about the implementation).
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../../api/request/context.js';

export const QUERY_COUNT_HEADER = 'x-query-count';

export function queryCountHeaderPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set(QUERY_COUNT_HEADER, String(contextValue.queryCount));
        },
      };
    },
  };
}
