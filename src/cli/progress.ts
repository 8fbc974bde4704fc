// Progress for long runs: a bar redrawn in place on a terminal, plain log lines
// otherwise (CI logs, pipes), so that neither gets the other's noise.

export interface Progress {
  tick(label: string): void;
  /** A line that must stay visible (a failure), printed above the bar. */
  log(line: string): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0;
  const started = Date.now();
  if (!stream.isTTY) {
    return {
      tick(label) {
        count++;
        stream.write(`[${count}/${total}] ${label}\n`);
      },
      log(line) {
        stream.write(`${line}\n`);
      },
      done() {},
    };
  }
  const draw = (label: string) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((count / total) * width);
    const perSecond = count / Math.max((Date.now() - started) / 1000, 0.001);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${perSecond.toFixed(1)}/s ${label}`;
    stream.write(`\r\x1b[2K${line.slice(0, (stream.columns || 100) - 1)}`);
  };
  return {
    tick(label) {
      count++;
      draw(label);
    },
    log(line) {
      stream.write(`\r\x1b[2K${line}\n`);
      draw('');
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
