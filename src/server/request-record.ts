// What one HTTP request learns on its way through Apollo (operation, error
// codes, database round trips), for the log line app.ts writes when the
// response is finished. It rides on the API context under a symbol, so the API
// layer's context type stays its own; a property (not a WeakMap keyed by the
// context) because Apollo hands resolvers and plugins a shallow copy of the
// context object, and a copy keeps the property but not the identity.
import type { ApiContext } from '../api/request/context.js';

export interface RequestRecord {
  id: string;
  operationName?: string;
  operationType?: string;
  errorCodes: string[];
  queryCount?: number;
}

const RECORD = Symbol('requestRecord');

type WithRecord = ApiContext & { [RECORD]?: RequestRecord };

export function attachRecord<T extends ApiContext>(context: T, record: RequestRecord): T {
  return Object.assign(context, { [RECORD]: record });
}

export function recordOf(context: ApiContext): RequestRecord | undefined {
  return (context as WithRecord)[RECORD];
}
