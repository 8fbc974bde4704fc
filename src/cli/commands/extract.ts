// kg extract <file...> [--json] [--text] [--max-mb N]
// --json: one JSON object per file per line (JSON Lines) on stdout, nothing else.
// --text: the normalized text every offset points into, exactly as is (one file);
// with --json, each object carries it as `text`.
// Otherwise a readable summary. A bad file costs one line on stderr
// (`kg: <file>: <reason>`); the others are still processed and the exit code is 1.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkSize, DEFAULT_MAX_BYTES } from '../../extract/decode.js';
import { ExtractionError } from '../../extract/index.js';
import { DEFAULT_MAX_BINARY_BYTES, extractFile } from '../../formats/index.js';
import type { ExtractedDocument, ExtractedTask } from '../../extract/types.js';
import { UsageError, type Command, type Io } from '../command.js';

const USAGE = `usage: kg extract <file...> [--json] [--text] [--max-mb N]
  --json      print one JSON object per file and line (JSON Lines), nothing else on stdout
  --text      print the normalized text every offset points into, exactly as is, nothing else
              (one file; offsets count UTF-16 code units); with --json, a "text" field in each object
  --max-mb N  refuse files larger than N MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024} for text and HTML, ${DEFAULT_MAX_BINARY_BYTES / 1024 / 1024} for PDF, Word and spreadsheets)
  formats: text, HTML, .docx, .doc, .wps, PDF, .xlsx, .xls, .csv (detected from the content)`;

export const command: Command = {
  usage: USAGE,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args);
    if (values.help) {
      io.out(USAGE + '\n');
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('no input file');
    const maxMb = values['max-mb'] === undefined ? undefined : Number(values['max-mb']);
    if (maxMb !== undefined && !(maxMb > 0)) throw new UsageError(`--max-mb must be a positive number, got '${values['max-mb']}'`);
    const maxBytes = maxMb === undefined ? DEFAULT_MAX_BYTES : Math.floor(maxMb * 1024 * 1024);
    if (values.text && !values.json && positionals.length > 1) {
      throw new UsageError(`--text prints the text of one file, got ${positionals.length}; add --json for a "text" field per file`);
    }

    let failed = 0;
    for (const file of positionals) {
      let doc: ExtractedDocument;
      try {
        // Without --max-mb each format has its own limit (10 MB of text, 64 MB of PDF or Word).
        doc = await extractFile(await readInput(file, maxMb === undefined ? DEFAULT_MAX_BINARY_BYTES : maxBytes), file, {}, { maxBytes: maxMb === undefined ? undefined : maxBytes });
      } catch (e) {
        failed++;
        io.err(`kg: ${e instanceof ExtractionError ? e.message : `${file}: ${describe(e)}`}`);
        continue;
      }
      if (values.json) io.out(JSON.stringify(values.text ? { ...toJson(doc), text: doc.text } : toJson(doc)) + '\n');
      else io.out(values.text ? doc.text : summary(doc));
    }
    return failed > 0 ? 1 : 0;
  },
};

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, text: { type: 'boolean' }, 'max-mb': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

async function readInput(file: string, maxBytes: number): Promise<Uint8Array> {
  checkSize((await stat(file)).size, file, maxBytes); // before loading a huge file into memory
  return readFile(file);
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EISDIR') return 'is a directory';
  if (err?.code === 'EACCES') return 'permission denied';
  return `cannot extract: ${err instanceof Error ? err.message : String(e)}`;
}

/** The contract shape of DESIGN.md ("The extraction contract") plus offsets and evidence; the full text is left out (--text adds it). */
export function toJson(doc: ExtractedDocument) {
  const { text: _text, ...rest } = doc;
  return { document: rest.document, sections: rest.sections, tasks: rest.tasks, source: rest.source, sha256: rest.sha256, warnings: rest.warnings };
}

function summary(doc: ExtractedDocument): string {
  const d = doc.document;
  const explicit = doc.tasks.filter((t) => t.leadSource === 'EXPLICIT').length;
  const throughSubtasks = doc.tasks.filter((t) => t.leadSource === 'SUBTASKS').length;
  const total = (f: (t: ExtractedTask) => unknown[]) => doc.tasks.reduce((n, t) => n + f(t).length, 0);
  const out = [
    `${doc.source}`,
    `  title   ${d.title}${d.titleDerived ? ' (derived)' : ''}`,
    `  issuer  ${d.issuer ?? '-'}${d.issuerSource ? ` (${d.issuerSource})` : ''}   region ${d.region ?? '-'}   year ${d.year ?? '-'}   doc no ${d.docNumber ?? '-'}   published ${d.publishedAt ?? '-'}   ${d.kind}`,
    `  ${doc.sections.length} sections, ${doc.tasks.length} tasks (${explicit} with explicit leads), ${throughSubtasks} led through sub-tasks, ` +
      `${total((t) => t.regulations)} citations, ${total((t) => t.populations)} population mentions, ` +
      `${total((t) => t.indicators)} indicators, ${total((t) => t.deadlines)} deadlines, ${total((t) => t.initiatives)} initiatives`,
    ...doc.warnings.map((w) => `  warning: ${w}`),
    '',
  ];
  for (const t of doc.tasks) {
    out.push(`  ${'  '.repeat(t.depth - 1)}${t.path.join(' › ')}  ${t.title}`);
    const pad = `      ${'  '.repeat(t.depth - 1)}`;
    const names = (list: { name: string }[]) => list.map((x) => x.name).join('、');
    const lead = t.leads.length > 0 ? names(t.leads) : t.leadSource === 'SUBTASKS' ? '(through its sub-tasks)' : `(issuer) ${d.issuer ?? '-'}`;
    out.push(`${pad}lead ${lead}${t.supports.length > 0 ? ` → supports ${names(t.supports)}` : ''}`);
    if (t.agencies.length > 0) out.push(`${pad}involves ${names(t.agencies)}`);
    if (t.regulations.length > 0) out.push(`${pad}cites ${t.regulations.map((r) => `《${r.name}》 ${r.mode}`).join('; ')}`);
    if (t.populations.length > 0) out.push(`${pad}serves ${names(t.populations)}`);
    const promises = [
      ...t.indicators.map((i) => i.text),
      ...t.deadlines.map((x) => x.text),
      ...t.initiatives.map((i) => `“${i.name}”`),
    ];
    if (promises.length > 0) out.push(`${pad}promises ${promises.join('; ')}`);
  }
  return out.join('\n') + '\n\n';
}
