// A filter that matched nothing says so: the name arguments that matched no node,
// each with the closest names the graph has (api/request/names.ts), go out as the
// response's extensions.suggestions; data and errors are left as they are.
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../../api/request/context.js';

export function suggestionsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || contextValue.suggestions.length === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, suggestions: contextValue.suggestions };
        },
      };
    },
  };
}
