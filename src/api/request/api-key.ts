// Mutations need the key configured in INGEST_API_KEY (read by src/config.ts, handed
// to each request's context). Without one configured they are switched off for
// everybody (FORBIDDEN: no credential could help); with one, a request must present
// the same key (UNAUTHENTICATED otherwise). Keys are compared as SHA-256 digests with
// timingSafeEqual: equal lengths, constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { forbidden, unauthenticated } from '../errors.js';

export const API_KEY_ENV = 'INGEST_API_KEY';

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/** Constant-time comparison of a presented key with a configured one (false when either is missing). */
export function keyMatches(presented: string | null, configured: string | undefined): boolean {
  if (presented === null || presented === '' || configured === undefined || configured === '') return false;
  return timingSafeEqual(digest(presented), digest(configured));
}

export function requireApiKey(presented: string | null, configured: string | undefined): void {
  if (configured === undefined || configured === '') throw forbidden(`mutations are disabled: set ${API_KEY_ENV}`);
  if (presented === null || presented === '') throw unauthenticated('this mutation needs the API key');
  if (!keyMatches(presented, configured)) throw unauthenticated('wrong API key');
}
