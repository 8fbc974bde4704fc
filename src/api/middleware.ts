// Errors leave the API with a code and a safe message (see errors.ts). Unexpected
// ones are reported to the server (with the request id) and reach the client as a
// bare INTERNAL_SERVER_ERROR.
import type { MiddlewareFn } from 'type-graphql';
import type { ApiContext } from './request/context.js';
import { ErrorCode, toApiError } from './errors.js';

export const mapErrors: MiddlewareFn<ApiContext> = async ({ context }, next) => {
  try {
    return await next();
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      const report = context.onInternalError ?? ((e: unknown, id: string) => console.error(`[api ${id}]`, e));
      report(error, context.requestId);
    }
    throw apiError;
  }
};
