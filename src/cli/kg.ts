#!/usr/bin/env node
// kg <command> [args]: the project's command line (see main.ts for the commands).
// Note: `npm run kg -- …` makes npm print its own "> kg" banner on stdout; for clean
// JSON Lines use `npm run -s kg -- extract f --json | jq` or `npx tsx src/cli/kg.ts …`.
import type { Io } from './command.js';
import { main } from './main.js';

// Quietly stop when the reader goes away (`kg extract … | head`).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const io: Io = { out: (text) => void process.stdout.write(text), err: (line) => void process.stderr.write(line + '\n') };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kg: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
