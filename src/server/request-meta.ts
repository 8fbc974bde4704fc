// What the server reads from request headers: the request id (for log
// correlation, echoed back) and the API key that unlocks mutations.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// A client-supplied id is only trusted when it is short and plain, so it cannot
// forge log lines or bloat them.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = single(headers['x-request-id'])?.trim();
  return given && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** `x-api-key: …` or `Authorization: Bearer …`; null when neither is present. */
export function apiKeyFrom(headers: IncomingHttpHeaders): string | null {
  const key = single(headers['x-api-key'])?.trim();
  if (key) return key;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(single(headers.authorization) ?? '');
  return bearer?.[1] ?? null;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
