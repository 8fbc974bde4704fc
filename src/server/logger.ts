// Structured logs (one JSON object per line) for the server. Request lines are
// built from an explicit list of fields (see app.ts), so headers, bodies and
// variables never reach the log; the redaction below is a second line of
// defence in case someone logs a whole object later.
import { pino, type Logger } from 'pino';
import { logLevelFromEnv } from '../config.js';

export type { Logger };

const SECRET_PATHS = [
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
  'presentedApiKey',
  '*.presentedApiKey',
  'headers.authorization',
  'headers["x-api-key"]',
  '*.headers.authorization',
  '*.headers["x-api-key"]',
];

export function createLogger(opts: { /** Default LOG_LEVEL (src/config.ts). */ level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const options: pino.LoggerOptions = {
    level: opts.level ?? logLevelFromEnv(),
    base: { service: 'policy-graph-api' },
    redact: { paths: SECRET_PATHS, censor: '[redacted]' },
  };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
