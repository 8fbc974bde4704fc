// Benchmark results as JSON under bench/results/ (git-ignored): `<name>-latest.json`
// for the report (BENCHMARKS.md) and a dated copy to compare runs over time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, 'results');

export interface ResultFile<T> {
  benchmark: string;
  date: string;
  command: string;
  machine: { cpus: number; cpu: string | null; node: string };
  results: T;
}

export function writeResults<T>(benchmark: string, command: string, results: T): string {
  const file: ResultFile<T> = {
    benchmark,
    date: new Date().toISOString(),
    command,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
    results,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const text = `${JSON.stringify(file, null, 2)}\n`;
  writeFileSync(join(RESULTS_DIR, `${benchmark}-latest.json`), text);
  writeFileSync(join(RESULTS_DIR, `${benchmark}-${file.date.replace(/[:.]/g, '-')}.json`), text);
  return `bench/results/${benchmark}-latest.json`;
}

export function readLatest<T>(benchmark: string): ResultFile<T> | null {
  try {
    return JSON.parse(readFileSync(join(RESULTS_DIR, `${benchmark}-latest.json`), 'utf8')) as ResultFile<T>;
  } catch {
    return null;
  }
}
