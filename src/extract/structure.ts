// Sections and tasks of a normalized text (one line = one paragraph), with spans.
//
// Numbered documents: a chapter is a line `一、…` (or `第一部分/章`); a task is any
// line that starts with a label `1.`/`1、`, `(一)`, `(1)`, `1)` or `①`. Only
// line-initial labels count, so `1.2万`, `49.207公里` or a `(一)` inside a sentence
// never start a task. The hierarchy comes from the order label styles appear in:
// under each chapter the first style seen is depth 1, a new style met inside it is
// depth 2, and meeting an open style again closes everything below it.
// A task's text runs from its label to the next label/chapter, so a parent's text
// excludes its sub-tasks; `一是…二是…` inside a task stay in its text.
//
// Narrative documents (and chapters without any label) keep their measures too:
// each `一是…`/`二是…` paragraph is a task numbered "一是", "二是"…; without such
// items each body paragraph is a task numbered "¶1", "¶2"… within its section.
// A narrative text with no `一、` chapters takes its sections from unnumbered
// heading lines (short, no sentence punctuation, followed by a paragraph), numbered
// "1", "2", … in order, the heading being the section title.
// Text before the first chapter (cover letter, title, preamble) is never a task.
//
// Task tables (序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限, see tables.ts): each row
// is a task numbered by its 序号 ("3."), at depth 1 under the chapter the row is in
// (or at the top level), its text the row's own text, its `cells` the columns. A
// chapter line inside a table is a category row: it opens a chapter as usual. In a
// range that holds a table, the lines outside the table give only labelled tasks
// (an introduction or a closing paragraph is not a measure).
import { classifyLine, type LineKind } from './debris.js';
import { findTables, type Table, type TableCell, type TableRow } from './tables.js';
import type { ExtractedSection, Span } from './types.js';

export interface TaskNode {
  number: string;
  path: string[];
  title: string;
  text: string;
  order: number;
  depth: number;
  span: Span;
  /** order of the parent task, null at depth 1. */
  parent: number | null;
  /** A parent whose own text is only its heading line: it has no body, so its field lists stay empty. */
  headingOnly: boolean;
  /** A row of a task table: its cells by column (merged cells inherited from the rows above). */
  cells?: TableCell[];
}

export interface DocumentStructure {
  sections: ExtractedSection[];
  tasks: TaskNode[];
  /** Offset where the body starts (first chapter, first label or first narrative paragraph); text before is front matter. */
  bodyStart: number;
  /** true when at least one task carries a printed label (1. / (一) / (1) / ①) or is a table row. */
  numbered: boolean;
  /** Things a reader should know about the layout (a table row with more cells than columns). */
  warnings: string[];
}

interface Line extends Span {
  text: string;
  kind: LineKind;
}

interface Label {
  style: string;
  number: string;
  length: number;
}

const CN_NUM = '[一二三四五六七八九十百零〇两]+';
const CHAPTER = new RegExp(`^(?:(${CN_NUM})、|第(${CN_NUM})(?:部分|章)\\s*)`);
const LABELS: [string, RegExp, (m: RegExpExecArray) => string][] = [
  // 1.2万 is a number, not item 1; after 、 a digit starts the text (1、2024年底前完成…).
  ['arabic', /^(\d{1,3})\s*(?:、|\.(?![\d.]))/, (m) => `${m[1]}.`],
  ['paren-cn', new RegExp(`^\\(\\s*(${CN_NUM})\\s*\\)`), (m) => `(${m[1]})`],
  ['paren-arabic', /^\(\s*(\d{1,3})\s*\)/, (m) => `(${m[1]})`],
  ['arabic-paren', /^(\d{1,3})\)(?![\d.])/, (m) => `${m[1]})`],
  ['circled', /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])/, (m) => m[1]!],
];
const NARRATIVE_ITEM = new RegExp(`^(${CN_NUM}是)`);
// Where the body stops: an attachment list or the distribution footer of an official document.
const END_OF_BODY = /^(?:附件(?:\s*\d+)?(?:\s*[::].*)?|抄送[::].*|.{0,30}\d{4}年\d{1,2}月\d{1,2}日印发)$/;
// A signature after the last item: a bare organ name or a bare date.
const CLOSING = /^(?:[\u4e00-\u9fa5()]{2,30}(?:局|厅|委员会|人民政府|办公室)|(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)$/;
const ANNOTATION_TAIL = /\s*[{【(]{1,2}\s*(?:牵头|责任|配合|主责|协办)[\s\S]*$/;

export function chapterOf(line: string): { number: string; rest: string } | null {
  const m = CHAPTER.exec(line);
  return m ? { number: (m[1] ?? m[2])!, rest: line.slice(m[0].length) } : null;
}

export function labelOf(line: string): Label | null {
  for (const [style, re, number] of LABELS) {
    const m = re.exec(line);
    if (m) return { style, number: number(m), length: m[0].length };
  }
  return null;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.length > 0) lines.push({ text: line, start, end, kind: classifyLine(line) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** A line that carries content: body, and not a bare signature. */
function isContent(line: Line): boolean {
  return line.kind === 'BODY' && !CLOSING.test(line.text);
}

/** The text after a label up to the first 。, without a trailing responsibility annotation. */
export function titleOf(rest: string): string {
  const stop = rest.indexOf('。');
  return (stop === -1 ? rest : rest.slice(0, stop))
    .replace(ANNOTATION_TAIL, '')
    .replace(/^[\s.、::,]+|[\s,;:、]+$/g, '');
}

const TABLE_CONTEXT = {
  isChapter: (line: string) => chapterOf(line) !== null,
  isEnd: (line: string) => END_OF_BODY.test(line),
  isSignature: (line: string) => CLOSING.test(line),
};

export function parseStructure(text: string): DocumentStructure {
  const lines = splitLines(text);
  const warnings: string[] = [];
  const tables = findTables(lines, TABLE_CONTEXT, warnings);
  const firstMarked = lines.findIndex((l) => l.kind === 'BODY' && (chapterOf(l.text) || labelOf(l.text)));
  const firstStructural = tables.length > 0 && (firstMarked === -1 || tables[0]!.from < firstMarked) ? tables[0]!.from : firstMarked;
  let end = lines.length;
  if (firstStructural !== -1) {
    const stop = lines.findIndex((l, i) => i > firstStructural && l.kind === 'BODY' && END_OF_BODY.test(l.text));
    if (stop !== -1) end = stop;
  }
  const b = new Builder(text, lines, tables);
  const chapters: number[] = [];
  for (let i = 0; i < end; i++) if (lines[i]!.kind === 'BODY' && chapterOf(lines[i]!.text)) chapters.push(i);

  let bodyStart: number;
  if (chapters.length > 0) {
    bodyStart = lines[chapters[0]!]!.start;
    chapters.forEach((at, k) => {
      const chapter = chapterOf(lines[at]!.text)!;
      const to = chapters[k + 1] ?? end;
      b.section(chapter.number, titleOf(chapter.rest), at, to);
      b.items(at + 1, to, chapter.number);
    });
  } else if (firstStructural !== -1) {
    bodyStart = lines[firstStructural]!.start;
    b.items(firstStructural, end, null);
  } else {
    bodyStart = b.narrative(end);
  }
  return { sections: b.sections, tasks: b.finish(), bodyStart, numbered: b.numbered, warnings };
}

class Builder {
  readonly sections: ExtractedSection[] = [];
  readonly tasks: (TaskNode & { lines: number })[] = [];
  numbered = false;

  /** Per line: covered by a table (header, rows, category lines). */
  private readonly inTable: Uint8Array;
  /** Table rows by the line they start on (glued rows share a line). */
  private readonly rowsAt = new Map<number, TableRow[]>();

  /** Some line of the body carries a label or a table row: unlabelled chapters are prose. */
  private readonly numberedDocument: boolean;

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
    tables: readonly Table[] = [],
  ) {
    this.numberedDocument = tables.length > 0 || lines.some((l) => l.kind === 'BODY' && labelOf(l.text) !== null);
    this.inTable = new Uint8Array(lines.length);
    for (const t of tables) {
      this.inTable.fill(1, t.from, t.to);
      for (const row of t.rows) {
        const at = this.rowsAt.get(row.line);
        if (at) at.push(row);
        else this.rowsAt.set(row.line, [row]);
      }
    }
  }

  section(number: string, title: string, at: number, to: number): void {
    this.sections.push({ number, title, order: this.sections.length, span: { start: this.lines[at]!.start, end: this.contentEnd(at, to) } });
  }

  /** End offset of the last content line in [from, to), or of line `from` itself. */
  private contentEnd(from: number, to: number): number {
    for (let i = to - 1; i > from; i--) if (isContent(this.lines[i]!)) return this.lines[i]!.end;
    return this.lines[from]!.end;
  }

  /** Labelled items and table rows in lines [from, to); falls back to narrative measures when there is neither. */
  items(from: number, to: number, chapter: string | null): void {
    if (this.inTable.subarray(from, to).indexOf(1) === -1) {
      // In a numbered plan, a chapter without labelled items (总体要求, 保障措施 written as
      // prose) holds no tasks; only a document numbered nowhere has narrative measures.
      if (!this.labelled(from, to, chapter) && !this.numberedDocument) this.measures(from, to, chapter);
      return;
    }
    // Table rows, and labelled items in the stretches outside the table, in reading order.
    for (let i = from; i < to; ) {
      if (this.inTable[i]) {
        for (const row of this.rowsAt.get(i) ?? []) this.row(row, chapter);
        i++;
        continue;
      }
      const start = i;
      while (i < to && !this.inTable[i]) i++;
      this.labelled(start, i, chapter);
    }
  }

  /** Labelled items in lines [from, to); false when there is none. */
  private labelled(from: number, to: number, chapter: string | null): boolean {
    const labelled: { at: number; label: Label }[] = [];
    for (let i = from; i < to; i++) {
      const line = this.lines[i]!;
      const label = line.kind === 'BODY' ? labelOf(line.text) : null;
      if (label) labelled.push({ at: i, label });
    }
    if (labelled.length === 0) return false;
    this.numbered = true;
    const open: { style: string; task: number }[] = [];
    labelled.forEach(({ at, label }, k) => {
      const level = open.findIndex((o) => o.style === label.style);
      if (level !== -1) open.length = level;
      const parent = open.at(-1)?.task ?? null;
      const path = [...(chapter ? [chapter] : []), ...open.map((o) => this.tasks[o.task]!.number), label.number];
      const order = this.task(label.number, path, open.length + 1, parent, at, labelled[k + 1]?.at ?? to, label.length);
      open.push({ style: label.style, task: order });
    });
    return true;
  }

  /** A table row: a task numbered by its 序号, titled by its task cell. */
  private row(row: TableRow, chapter: string | null): void {
    this.numbered = true;
    const number = `${row.number}.`;
    const task = row.cells.find((c) => c.role === 'TASK') ?? row.cells.find((c) => c.role !== 'NUMBER' && !c.inherited);
    const title = task ? titleOf(this.text.slice(task.span.start, task.span.end)) : '';
    this.tasks.push({
      number,
      path: [...(chapter ? [chapter] : []), number],
      title,
      text: this.text.slice(row.span.start, row.span.end),
      order: this.tasks.length,
      depth: 1,
      span: row.span,
      parent: null,
      headingOnly: false,
      cells: row.cells,
      lines: 1,
    });
  }

  /** Narrative measures in lines [from, to): `一是…` items, else one task per paragraph. */
  measures(from: number, to: number, section: string | null): void {
    const content: number[] = [];
    for (let i = from; i < to; i++) if (isContent(this.lines[i]!)) content.push(i);
    const items = content.filter((i) => NARRATIVE_ITEM.test(this.lines[i]!.text));
    if (items.length > 0) {
      items.forEach((at, k) => {
        const number = NARRATIVE_ITEM.exec(this.lines[at]!.text)![1]!;
        this.task(number, [...(section ? [section] : []), number], 1, null, at, items[k + 1] ?? to, number.length);
      });
    } else {
      content.forEach((at, k) => {
        const number = `¶${k + 1}`;
        this.task(number, [...(section ? [section] : []), number], 1, null, at, at + 1, 0);
      });
    }
  }

  /** A document without chapters or labels: sections from unnumbered headings, measures under them. Returns bodyStart. */
  narrative(end: number): number {
    const lines = this.lines;
    const first = lines.findIndex((l, i) => i < end && isContent(l) && isParagraph(l.text));
    if (first === -1) return this.text.length;
    const headings: number[] = [];
    for (let i = first + 1; i < end; i++) {
      const next = lines.slice(i + 1, end).find(isContent);
      if (isContent(lines[i]!) && isHeading(lines[i]!.text) && next && isParagraph(next.text)) headings.push(i);
    }
    if (headings.length === 0) this.measures(first, end, null);
    headings.forEach((at, k) => {
      const number = String(k + 1);
      const to = headings[k + 1] ?? end;
      this.section(number, lines[at]!.text, at, to);
      this.measures(at + 1, to, number);
    });
    return lines[first]!.start;
  }

  private task(number: string, path: string[], depth: number, parent: number | null, at: number, to: number, labelLength: number): number {
    const line = this.lines[at]!;
    const endOffset = this.contentEnd(at, to);
    let rest = line.text.slice(labelLength).trim();
    if (rest === '') rest = this.lines.slice(at + 1, to).find(isContent)?.text ?? '';
    const span = { start: line.start, end: endOffset };
    const lineCount = this.lines.slice(at, to).filter((l) => l.start < endOffset && isContent(l)).length;
    const order = this.tasks.length;
    this.tasks.push({ number, path, title: titleOf(rest), text: this.text.slice(span.start, span.end), order, depth, span, parent, headingOnly: false, lines: lineCount });
    return order;
  }

  finish(): TaskNode[] {
    const hasChildren = new Set(this.tasks.map((t) => t.parent).filter((p) => p !== null));
    return this.tasks.map(({ lines, ...task }) => {
      if (hasChildren.has(task.order) && lines === 1) {
        // Heading-only: one line with nothing past its title but a closing 。. A heading
        // that carries a {牵头…} annotation does say something of its own.
        const stop = task.text.indexOf('。');
        task.headingOnly = (stop === -1 || task.text.slice(stop + 1).trim() === '') && !ANNOTATION_TAIL.test(task.text);
      }
      return task;
    });
  }
}

const SENTENCE_PUNCT = /[。!?;]/;

/** A body paragraph: a sentence, not a caption. */
function isParagraph(line: string): boolean {
  return SENTENCE_PUNCT.test(line) || line.length > 60;
}

/** An unnumbered heading: short, no sentence punctuation, not ending like a clause. */
function isHeading(line: string): boolean {
  return line.length >= 4 && line.length <= 40 && !SENTENCE_PUNCT.test(line) && !/[,:、]$/.test(line);
}
