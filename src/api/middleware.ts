// Errors leave the API with a code and a safe message (see errors.ts). Unexpected
// ones are reported to the server (with the request id) and reach the client as a
// bare INTERNAL_SERVER_ERROR.
//
// Every resolver of the API's classes runs through wrapResolver (schema.ts wraps
// them in the built schema): the request's projection is set before its first read
// (request/projection.ts), and what it throws or rejects with is mapped. Not a
// type-graphql middleware: type-graphql runs its middleware chain in async
// functions, so a field resolved through one was a promise and three async frames
// even when its value was already there (a page's embedded lists); wrapped, a
// resolver that returns a value returns it as it is.
import type { GraphQLError, GraphQLFieldResolver } from 'graphql';
import type { ApiContext } from './request/context.js';
import { ErrorCode, toApiError } from './errors.js';
import { projectionOf } from './request/projection.js';

/** What a resolver threw, as the error the client may see (an unexpected one reported first). */
export function mapError(error: unknown, context: ApiContext): GraphQLError {
  const apiError = toApiError(error);
  if (apiError.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    const report = context.onInternalError ?? ((e: unknown, id: string) => console.error(`[api ${id}]`, e));
    report(error, context.requestId);
  }
  return apiError;
}

/** The resolver with the request's projection set first and its errors mapped; a value stays a value, a promise a promise. */
export function wrapResolver(resolve: GraphQLFieldResolver<unknown, ApiContext>): GraphQLFieldResolver<unknown, ApiContext> {
  return (root, args, context, info) => {
    if (context.reader.projection === null) context.reader.projection = projectionOf(info);
    let result: unknown;
    try {
      result = resolve(root, args, context, info);
    } catch (error) {
      throw mapError(error, context);
    }
    if (isThenable(result)) {
      return Promise.resolve(result).catch((error: unknown) => {
        throw mapError(error, context);
      });
    }
    return result;
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';
}
