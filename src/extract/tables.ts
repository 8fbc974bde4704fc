// Task-division tables (任务分工表, 重点任务分解表) flattened into text.
//
// A table is recognised by its header: header words (序号, 工作任务, 牵头单位, 配合单位,
// 完成时限, …; see HEADER_WORDS) with at least a 序号-or-task column and one
// who-column (牵头/配合/责任…单位 or 负责人). Without such a header the lines stay
// plain text. Three flattenings occur in real documents:
//
// (a) `序号 工作任务 牵头单位 配合单位 完成时限` on one line (or one header word per
//     line, 序号 first), then one cell per line: a row starts at a line holding the
//     expected next 序号 (n+1; or 1 after a category line `一、…`), every line
//     until the next row start is one cell of that row;
// (b) pipe rows `| 1 | 完善… | 市民政局 | |`: cells by position, `|---|` separators
//     skipped, an empty cell is merged from above, a cell printed as `—`, `/` or 无
//     is empty (what src/formats renders for a Word, HTML or spreadsheet table, whose
//     merged cells it repeats in every row they span);
// (c) whole rows on one line, cells separated by spaces and the next row's 序号
//     glued on: `1 完善… 市民政局 2024年底 2 健全…` or `…各州(市)党委和政府落实22根据…`.
//     A line is split only at the expected next number n+1, and only where that
//     number follows a space or a row-like ending (a body, a role word, a deadline,
//     closing punctuation) and is not followed by a digit or a unit (22个, 3年).
//     Cells inside a row are the space-separated pieces.
// A table without a 序号 column (header on one line) has one row per line, cells at
// spaces, numbered 1., 2., … in order. Header words padded with a space (序 号, 备 注)
// are read as one.
//
// Merged cells (a 牵头单位 or 完成时限 shared by several rows) are missing from the
// later rows. Which column a cell belongs to when a row has fewer cells than the
// header is decided by shape, in order (see assignCells):
//   - cells keep their left-to-right order and are matched to columns in order;
//   - each cell has a shape: DEADLINE-like (2024年12月底前, 长期坚持, 持续推进, 每年),
//     a list of bodies (市民政局、各县(市、区)人民政府), a person (2–4 characters, no
//     body suffix) or text; a shape fits some columns (text → 工作任务/进展/other,
//     bodies → 牵头/配合, deadline → 时限, person → 负责人) and not others;
//   - the best-fitting order-preserving assignment wins; a row that can inherit a
//     牵头 cell from above gives a lone body list to 配合 (merged leads are more common
//     than empty 配合 cells); otherwise ties go to the leftmost column (牵头 first);
//   - a further text line right after the task (or a progress/other) cell is a second
//     paragraph of that cell, a further body list of a body column;
//   - a column a row leaves empty inherits the previous row's cell of that column
//     (span pointing into the earlier row, inherited = true); after a category line
//     nothing is inherited; the first row inherits nothing.
// More cells than columns is reported as a warning; cells that fit nowhere are kept
// as OTHER cells with an empty header. After the last row, lines that fit no column
// (a closing paragraph, the signature) end the table and stay text.
//
// Everything here is linear in the table's size: each line and each character is
// looked at a bounded number of times, and the cell assignment of a row costs
// (cells × columns).
import type { LineKind } from './debris.js';
import { extractDeadlines, limitDate } from './promises.js';
import { evidenceAt } from './sentences.js';
import type { Deadline, Span } from './types.js';

export type ColumnRole = 'NUMBER' | 'TASK' | 'LEADS' | 'SUPPORTS' | 'PERSON' | 'DEADLINE' | 'PROGRESS' | 'OTHER';

export interface TableCell {
  role: ColumnRole;
  /** The printed header word, e.g. 牵头单位 ('' for a cell beyond the last column). */
  header: string;
  /** The cell's text in the normalized text; for a merged (missing) cell, the span of the cell it inherits from, in an earlier row. */
  span: Span;
  inherited: boolean;
}

export interface TableColumn {
  role: ColumnRole;
  header: string;
}

export interface TableRow {
  /** The printed 序号 (digits), or the row's ordinal in its table when the table has no 序号 column. */
  number: string;
  /** From the 序号 to the row's last own cell (a pipe row: its line). */
  span: Span;
  cells: TableCell[];
  /** Index of the line the row starts on. */
  line: number;
}

export interface Table {
  columns: TableColumn[];
  /** Lines [from, to) that the table covers, its header included. */
  from: number;
  to: number;
  rows: TableRow[];
}

export interface TableLine extends Span {
  text: string;
  kind: LineKind;
}

/** What the structure parser knows about lines, passed in to keep this module free of it. */
export interface TableContext {
  /** A chapter line `一、…`: inside a table, a category row. */
  isChapter(line: string): boolean;
  /** Where the body ends (附件, 抄送): a table never runs past it. */
  isEnd(line: string): boolean;
  /** A bare organ name closing a document (the signature before its date). */
  isSignature(line: string): boolean;
}

// ---------------------------------------------------------------------------
// Header
// ---------------------------------------------------------------------------

const HEADER_WORDS: [ColumnRole, string[]][] = [
  ['NUMBER', ['序号', '编号']],
  ['TASK', ['工作任务', '重点任务', '任务内容', '主要内容', '具体任务', '工作内容', '任务', '主要任务', '重点工作', '工作事项', '任务名称', '具体措施', '工作措施', '主要措施', '目标任务', '改革任务', '项目名称']],
  ['LEADS', ['牵头单位', '牵头部门', '牵头处室', '牵头科室', '主要责任单位', '主责单位', '牵头责任单位']],
  ['SUPPORTS', ['配合单位', '责任单位', '协办单位', '参与单位', '共同责任单位', '配合部门', '责任部门', '负责科室', '实施部门', '配合处室', '配合科室', '责任处室', '责任科室', '协同单位', '参与部门', '协办部门']],
  ['PERSON', ['负责人', '责任人', '联系人', '责任领导', '分管领导', '牵头领导', '具体负责人']],
  ['DEADLINE', ['完成时限', '时间节点', '完成时间', '时限要求', '时间安排', '时限', '完成期限', '时间要求']],
  ['PROGRESS', ['进展情况', '完成情况', '工作进展', '推进情况', '落实情况']],
  // 备注 (remarks) is recognised as a header but is not a progress report: its text is read like the task's.
  ['OTHER', ['备注']],
];
const ROLE_OF = new Map<string, ColumnRole>(HEADER_WORDS.flatMap(([role, words]) => words.map((w) => [w, role] as const)));
/** A header cell: a short word, possibly with a bracketed qualifier (牵头单位(部门)). */
const HEADER_LIKE = /^[\u4e00-\u9fa5A-Za-z()/、]{2,14}$/;
const MAX_COLUMNS = 16;

export function headerRole(word: string): ColumnRole | null {
  return ROLE_OF.get(word.replace(/\([^()]*\)|[\s*::]/g, '')) ?? null;
}

/** Whether these cells, one per column, are the header of a task table (what the readers of Word, HTML and spreadsheet tables ask). */
export function isTaskHeader(cells: string[]): boolean {
  return columnsOf(cells) !== null;
}

/** Columns from header cells, or null when they are not a task table's header. */
function columnsOf(cells: string[]): TableColumn[] | null {
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return null;
  const columns: TableColumn[] = [];
  let known = 0;
  for (const header of cells) {
    if (!HEADER_LIKE.test(header.replace(/ /g, ''))) return null;
    const role = headerRole(header);
    if (role) known++;
    columns.push({ role: role ?? 'OTHER', header });
  }
  const has = (...roles: ColumnRole[]) => columns.some((c) => roles.includes(c.role) && headerRole(c.header) !== null);
  if (known < 2 || known < cells.length - known) return null;
  if (!has('NUMBER', 'TASK') || !has('LEADS', 'SUPPORTS', 'PERSON')) return null;
  if (columns.filter((c) => c.role === 'NUMBER').length > 1) return null;
  return columns;
}

type Mode = 'pipe' | 'numbered' | 'lines';

interface Header {
  columns: TableColumn[];
  mode: Mode;
  /** First line of the header, and where the body starts (line, offset into that line's text). */
  from: number;
  bodyLine: number;
  bodyOffset: number;
  /** The header as printed, line by line, to skip a header repeated on a new page. */
  printed: string[];
}

const isPipeLine = (s: string) => (s.match(/\|/g)?.length ?? 0) >= 2 || (s.startsWith('|') && s.length > 1);
const pipeCells = (s: string) => {
  const parts = s.split('|');
  if (s.startsWith('|')) parts.shift();
  if (s.endsWith('|')) parts.pop();
  return parts;
};
const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
/** A 序号 that starts a row: digits, an optional 、/., then a space, the end, or not a digit/unit. */
const ROW_NUMBER = /^(\d{1,5})(?:[.、](?!\d))?/;
const UNIT = '个家人万亿元张所户名次项条年月日号岁倍千百十期批类种处座间辆台套平公米亩小天周分余多位级星轮场件份本册篇部支首点栋层床方吨斤区县市镇村乡街组队班届%‰';
const NUMBER_FOLLOW = new RegExp(`^(?:$|\\s|[《“(]|[\\u4e00-\\u9fa5](?<![${UNIT}]))`);

/** The row number at the start of `s` (after `offset`), if it is one of `accepted`. */
function rowNumberAt(s: string, offset: number, accepted: (n: number) => boolean): { number: number; length: number } | null {
  const m = ROW_NUMBER.exec(s.slice(offset, offset + 8));
  if (!m) return null;
  const n = Number(m[1]);
  if (!accepted(n) || !NUMBER_FOLLOW.test(s.slice(offset + m[0].length, offset + m[0].length + 1))) return null;
  return { number: n, length: m[0].length };
}

/** Two-character header words padded to the width of the others (序 号, 备 注) as one token. */
function padded(s: string, tokens: { text: string; start: number; end: number }[]): { text: string; start: number; end: number }[] {
  const out: typeof tokens = [];
  for (let k = 0; k < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1];
    if (b && /^[\u4e00-\u9fa5]$/.test(a.text) && /^[\u4e00-\u9fa5]$/.test(b.text) && headerRole(a.text + b.text)) {
      out.push({ text: s.slice(a.start, b.end), start: a.start, end: b.end });
      k++;
    } else out.push(a);
  }
  return out;
}

/** Header words on one line separated by spaces, maybe followed by the first row (`… 完成时限 1 完善…`). */
function oneLineHeader(s: string, i: number): Header | null {
  if (!/^[\u4e00-\u9fa5A-Za-z()/、]{1,14}$/.test(s.slice(0, s.indexOf(' ')))) return null;
  // At most MAX_COLUMNS header words and the first row's 序号: a long line costs no more than that.
  const tokens = padded(s, tokensOf(s, 0, s.length, 2 * MAX_COLUMNS + 2));
  let n = tokens.length;
  for (let k = 2; k < tokens.length; k++) {
    if (rowNumberAt(tokens[k]!.text, 0, (x) => x === 1)) {
      n = k;
      break;
    }
  }
  const cells = tokens.slice(0, n).map((t) => t.text);
  const columns = n === tokens.length && tokens.at(-1)!.end < s.length ? null : columnsOf(cells);
  if (!columns) return null;
  const numberAt = columns.findIndex((c) => c.role === 'NUMBER');
  if (numberAt > 0) return null;
  const bodyOffset = n < tokens.length ? tokens[n]!.start : s.length;
  return { columns, mode: numberAt === 0 ? 'numbered' : 'lines', from: i, bodyLine: bodyOffset < s.length ? i : i + 1, bodyOffset: bodyOffset < s.length ? bodyOffset : 0, printed: [cells.join(' ')] };
}

function headerAt(lines: readonly TableLine[], i: number): Header | null {
  const line = lines[i]!;
  if (line.kind !== 'BODY') return null;
  const s = line.text;
  if (isPipeLine(s)) {
    const cells = pipeCells(s).map((c) => c.trim());
    const columns = columnsOf(cells);
    return columns ? { columns, mode: 'pipe', from: i, bodyLine: i + 1, bodyOffset: 0, printed: [cells.join('|')] } : null;
  }
  if (s.includes(' ')) {
    const header = oneLineHeader(s, i);
    if (header) return header;
  }
  // One header word per line, 序号 first, up to the first row.
  if (headerRole(s) !== 'NUMBER') return null;
  let j = i + 1;
  while (j < lines.length && j - i <= MAX_COLUMNS && lines[j]!.kind === 'BODY' && HEADER_LIKE.test(lines[j]!.text.replace(/ /g, ''))) j++;
  const cells = lines.slice(i, j).map((l) => l.text);
  const columns = columnsOf(cells);
  if (!columns) return null;
  return { columns, mode: 'numbered', from: i, bodyLine: j, bodyOffset: 0, printed: cells };
}

// ---------------------------------------------------------------------------
// Cell shapes and the assignment of a row's cells to columns
// ---------------------------------------------------------------------------

/** prose: a sentence or a long text (never a body list, a person or a time limit). */
export type Shape = 'text' | 'prose' | 'bodies' | 'person' | 'deadline';

const BODY_WORDS =
  '局|委|办|厅|部|院|会|处|科|室|中心|政府|单位|站|队|所|署|行|司|团|联|社|公司|集团|馆|校|区|县|市|州|省|镇|街道|乡|部门|组|机构|企业|党委|党组|人大|政协|海关|基地|学|园';
const BODY_SUFFIX = new RegExp(`(?:${BODY_WORDS})$`);
const ROLE_SUFFIX = /(?:牵头|配合|负责|参与|协办|协助|落实|按职责分工负责)$/;

function itemsOf(cell: string): string[] {
  // Split a list at 、,;/ and spaces outside brackets.
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < cell.length; k++) {
    const ch = cell[k]!;
    if (ch === '(' || ch === '〔' || ch === '[') depth++;
    else if ((ch === ')' || ch === '〕' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && '、,;/ '.includes(ch)) {
      if (k > from) items.push(cell.slice(from, k));
      from = k + 1;
    }
  }
  if (cell.length > from) items.push(cell.slice(from));
  return items;
}

const isBody = (item: string) => {
  const bare = item.replace(/\([^()]*\)/g, '').replace(ROLE_SUFFIX, '').replace(/等$/, '');
  return bare.length >= 2 && bare.length <= 30 && (BODY_SUFFIX.test(bare) || /^各/.test(bare));
};

const DEADLINE_START =
  /^(?:\d{4}\s*(?:年|[-—–~至])|\d{1,2}月|(?:明|今|本|当)?年(?:底|内|末|初)|[上下]半年|第?[一二三四1-4]季度|全年|每年|每季度?|每月|每半年|逐年|年度)/;
const DEADLINE_SHORT = /^(?:长期|持续|常态|定期|及时|立即|即时|按期|按年|按季|按月|适时|分阶段|逐步)/;
const DEADLINE_WORD = /\d{4}年|\d{1,2}月|年底|年内|季度|半年/;

export function cellShape(cell: string): Shape {
  if (!/[。;]/.test(cell) && cell.length <= 40) {
    if (DEADLINE_START.test(cell) || (cell.length <= 8 && DEADLINE_SHORT.test(cell)) || (cell.length <= 16 && DEADLINE_WORD.test(cell)))
      return 'deadline';
  }
  if (!cell.includes('。') && cell.length <= 300) {
    const items = itemsOf(cell);
    const bodies = items.filter(isBody).length;
    if (items.length > 0 && bodies * 5 >= items.length * 3) return 'bodies';
    // A person (张三), or a short form of a body (民政、财政): 2–3 characters each.
    if (items.length > 0 && items.every((x) => /^[\u4e00-\u9fa5]{2,3}$/.test(x))) return 'person';
  }
  return cell.includes('。') || cell.length > 60 ? 'prose' : 'text';
}

const NEVER = -1e9;
const SCORE: Record<Shape, Record<ColumnRole, number>> = {
  text: { NUMBER: NEVER, TASK: 3, LEADS: -1, SUPPORTS: -1, PERSON: -1, DEADLINE: -3, PROGRESS: 1, OTHER: 1 },
  prose: { NUMBER: NEVER, TASK: 3, LEADS: -5, SUPPORTS: -5, PERSON: -5, DEADLINE: -5, PROGRESS: 1, OTHER: 1 },
  bodies: { NUMBER: NEVER, TASK: -2, LEADS: 3, SUPPORTS: 3, PERSON: -1, DEADLINE: -3, PROGRESS: 0, OTHER: 0 },
  person: { NUMBER: NEVER, TASK: 0, LEADS: 2, SUPPORTS: 2, PERSON: 3, DEADLINE: -3, PROGRESS: 0, OTHER: 1 },
  deadline: { NUMBER: NEVER, TASK: -2, LEADS: -3, SUPPORTS: -3, PERSON: -3, DEADLINE: 3, PROGRESS: 0, OTHER: 0 },
};
const withBonus = (bonus: Partial<Record<ColumnRole, number>>): Record<ColumnRole, number> => {
  const scores = { ...SCORE.bodies };
  for (const [role, b] of Object.entries(bonus)) scores[role as ColumnRole] += b;
  return scores;
};
/** A further piece of the cell just filled: a second paragraph of a text cell, more bodies of a body cell. */
const ABSORB: Record<Shape, Partial<Record<ColumnRole, number>>> = {
  text: { TASK: 1, PROGRESS: 1, OTHER: 1 },
  prose: { TASK: 1, PROGRESS: 1, OTHER: 1 },
  bodies: { LEADS: 1, SUPPORTS: 1, OTHER: 0, PROGRESS: 0 },
  person: { PERSON: 1, OTHER: 0, PROGRESS: 0 },
  deadline: { DEADLINE: 1, OTHER: 0, PROGRESS: 0 },
};
const OVERFLOW = -6;

interface Token extends Span {
  text: string;
  line: number;
}

/** Buffers of assignCells, reused from row to row (rows are small, tables have thousands). */
const newScratch = (size: number) => ({ size, best: [new Float64Array(size), new Float64Array(size)], move: [new Uint8Array(size), new Uint8Array(size)] });
let scratch = newScratch(256);

/**
 * Columns for a row's cells: `placed[t]` is the column index of token t, or -1 for
 * a token that fits no column (kept as an extra cell). Order-preserving; ties go to
 * the leftmost column. `overflow` is the penalty for an unplaced token.
 */
export function assignCells(
  shapes: readonly Shape[],
  roles: readonly ColumnRole[],
  overflow: (t: number) => number = () => OVERFLOW,
  bodyBonus: Partial<Record<ColumnRole, number>> = {},
): number[] {
  const k = shapes.length;
  const m = roles.length;
  // best[open][t][c]: best score for tokens t.. with columns c.. free; open = token t-1 sits in column c-1.
  const W = m + 1;
  const size = (k + 1) * W;
  if (scratch.size < size) scratch = newScratch(Math.max(size, scratch.size * 2));
  const { best, move } = scratch; // move: 1 assign, 2 absorb, 3 skip column, 4 overflow
  for (let c = 0; c <= m; c++) best[0]![k * W + c] = best[1]![k * W + c] = 0;
  for (let t = k - 1; t >= 0; t--) {
    const scores = shapes[t] === 'bodies' ? withBonus(bodyBonus) : SCORE[shapes[t]!];
    const absorb = ABSORB[shapes[t]!];
    for (let c = m; c >= 0; c--) {
      for (let open = 0; open < 2; open++) {
        // Options in order of preference at equal score: assign, absorb, skip the column, overflow.
        let score = -Infinity;
        let how = 0;
        if (c < m) {
          score = scores[roles[c]!] + best[1]![(t + 1) * W + c + 1]!;
          how = 1;
        }
        if (open === 1 && c > 0) {
          const a = absorb[roles[c - 1]!];
          if (a !== undefined && a + best[1]![(t + 1) * W + c]! > score) {
            score = a + best[1]![(t + 1) * W + c]!;
            how = 2;
          }
        }
        if (c < m && best[0]![t * W + c + 1]! > score) {
          score = best[0]![t * W + c + 1]!;
          how = 3;
        }
        if (c === m && overflow(t) + best[0]![(t + 1) * W + c]! > score) {
          score = overflow(t) + best[0]![(t + 1) * W + c]!;
          how = 4;
        }
        best[open]![t * W + c] = score;
        move[open]![t * W + c] = how;
      }
    }
  }
  const placed: number[] = [];
  let t = 0;
  let c = 0;
  let open = 0;
  while (t < k) {
    const how = move[open]![t * W + c]!;
    if (how === 1) {
      placed.push(c);
      t++;
      c++;
      open = 1;
    } else if (how === 2) {
      placed.push(c - 1);
      t++;
      open = 1;
    } else if (how === 3) {
      c++;
      open = 0;
    } else {
      placed.push(-1);
      t++;
      open = 0;
    }
  }
  return placed;
}

// ---------------------------------------------------------------------------
// Body
// ---------------------------------------------------------------------------

/** Space-separated pieces of text[from, to) with offsets relative to the string. */
function tokensOf(s: string, from: number, to: number, limit = Infinity): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let k = from;
  while (k < to && out.length < limit) {
    while (k < to && s[k] === ' ') k++;
    const start = k;
    while (k < to && s[k] !== ' ') k++;
    if (k > start) out.push({ text: s.slice(start, k), start, end: k });
  }
  return out;
}

/** What a row can end with when the next row's 序号 is glued on without a space. */
const GLUE_BEFORE = new RegExp(`(?:牵头|配合|落实|负责|参与|协办|协助|实施|推进|坚持|完成|前|底|内|止|[。;)】}」”]|${BODY_WORDS})$`);

/** Offset in `s` (≥ from) where row `n` starts, glued to the previous row's text; -1 when it does not. */
function nextRowIn(s: string, from: number, n: number): { at: number; length: number } {
  const digits = String(n);
  let q = from;
  for (;;) {
    const p = s.indexOf(digits, q);
    if (p === -1) return { at: -1, length: 0 };
    q = p + 1;
    const before = s[p - 1];
    if (before === undefined || /[\d.]/.test(before)) continue;
    const num = rowNumberAt(s, p, (x) => x === n);
    if (!num) continue;
    if (before === ' ' || GLUE_BEFORE.test(s.slice(Math.max(from, p - 12), p))) return { at: p, length: num.length };
  }
}

/**
 * bare: the 序号 alone on its line (one cell per line); labelled: `1.`/`1、` then text;
 * inline: `1 完善…` or `1完善…`. A `1.加强…` item after a table of bare 序号 lines is
 * not one of its rows.
 */
type RowForm = 'bare' | 'labelled' | 'inline';

function formOf(s: string, at: number, length: number): RowForm {
  if (s.length === at + length) return 'bare';
  return /[.、]/.test(s[at + length - 1]!) ? 'labelled' : 'inline';
}

interface RowDraft {
  number: string;
  numberToken: Token | null;
  tokens: Token[];
  line: number;
  /** The row follows a category line or the header: it inherits nothing. */
  fresh: boolean;
}

const SIGNATURE_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;

class TableReader {
  readonly rows: RowDraft[] = [];
  private expected = 1;
  private fresh = true;
  /** How the first row's 序号 stands on its line; later rows (after a category line too) must match. */
  private form: RowForm | null = null;
  /** First line after the table. */
  to: number;

  constructor(
    private readonly lines: readonly TableLine[],
    private readonly header: Header,
    private readonly ctx: TableContext,
  ) {
    this.to = header.bodyLine;
  }

  read(): void {
    const { lines, header, ctx } = this;
    let j = header.bodyLine;
    let offset = header.bodyOffset;
    while (j < lines.length) {
      const line = lines[j]!;
      if (ctx.isEnd(line.text)) break;
      if (offset === 0 && this.repeatedHeader(j)) {
        j += header.printed.length;
        this.fresh = true;
        continue;
      }
      if (offset === 0 && ctx.isChapter(line.text)) {
        // A category row: the table goes on if a row follows.
        // Numbering either goes on across categories (…3, 二、…, 4) or starts again at 1.
        if (j + 1 < lines.length && this.startsRow(lines[j + 1]!.text, 0, true)) {
          this.fresh = true;
          j++;
          continue;
        }
        break;
      }
      if (header.mode === 'pipe') {
        if (!isPipeLine(line.text)) break;
        if (!SEPARATOR.test(line.text)) this.pipeRow(j);
      } else if (header.mode === 'lines') {
        const tokens = tokensOf(line.text, 0, line.text.length);
        if (tokens.length < 2 || line.kind !== 'BODY' || headerAt(lines, j)) break;
        this.draft(String(this.rows.length + 1), null, tokens.map((t) => this.token(j, t)), j);
      } else if (this.startsRow(line.text, offset, this.fresh)) {
        this.numberedLine(j, offset);
      } else {
        if (this.rows.length === 0) break;
        if (line.kind !== 'BODY' && !/^\d+$/.test(line.text)) break;
        if (headerAt(lines, j)) break;
        this.rows.at(-1)!.tokens.push(this.token(j, { text: line.text.slice(offset), start: offset, end: line.text.length }));
      }
      j++;
      offset = 0;
      this.to = j;
    }
    if (header.mode === 'numbered') this.dropSignature();
  }

  private startsRow(s: string, offset: number, fresh: boolean): boolean {
    if (this.header.mode === 'pipe') return isPipeLine(s);
    if (this.header.mode === 'lines') return tokensOf(s, 0, s.length, 2).length >= 2;
    const first = this.rows.length === 0;
    const num = rowNumberAt(s, offset, (n) => n === this.expected || (fresh && n === 1) || (first && n >= 1));
    return num !== null && (this.form === null || formOf(s, offset, num.length) === this.form);
  }

  private repeatedHeader(j: number): boolean {
    const printed = this.header.printed;
    if (this.header.mode === 'pipe') return isPipeLine(this.lines[j]!.text) && pipeCells(this.lines[j]!.text).map((c) => c.trim()).join('|') === printed[0];
    if (printed.length === 1) return this.lines[j]!.text === printed[0];
    return printed.every((p, k) => this.lines[j + k]?.text === p);
  }

  private token(line: number, t: { text: string; start: number; end: number }): Token {
    const base = this.lines[line]!.start;
    return { text: t.text, start: base + t.start, end: base + t.end, line };
  }

  private draft(number: string, numberToken: Token | null, tokens: Token[], line: number): void {
    this.rows.push({ number, numberToken, tokens, line, fresh: this.fresh });
    this.fresh = false;
  }

  /** A line starting with the expected 序号: one row, or several glued together. */
  private numberedLine(j: number, offset: number): void {
    const s = this.lines[j]!.text;
    let at = offset;
    let num = rowNumberAt(s, at, () => true)!;
    this.form ??= formOf(s, at, num.length);
    for (;;) {
      const n = num.number;
      this.expected = n + 1;
      const next = nextRowIn(s, at + num.length, n + 1);
      const end = next.at === -1 ? s.length : next.at;
      this.draft(String(n), this.token(j, { text: s.slice(at, at + num.length), start: at, end: at + num.length }), tokensOf(s, at + num.length, end).map((t) => this.token(j, t)), j);
      if (next.at === -1) break;
      at = next.at;
      num = { number: n + 1, length: next.length };
    }
  }

  private pipeRow(j: number): void {
    const line = this.lines[j]!;
    const s = line.text;
    let from = s.startsWith('|') ? 1 : 0;
    const cells: Token[] = [];
    const parts = pipeCells(s);
    for (const part of parts) {
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      cells.push(this.token(j, { text, start: from + lead, end: from + lead + text.length }));
      from += part.length + 1;
    }
    const numberAt = this.header.columns.findIndex((c) => c.role === 'NUMBER');
    const printed = numberAt === -1 ? null : /^(\d{1,4})[.、]?$/.exec(cells[numberAt]?.text ?? '');
    // A category row: a single filled cell that is not a 序号.
    const filled = cells.filter((c) => c.text !== '');
    if (filled.length === 1 && !printed && this.header.columns.length > 2) {
      this.fresh = true;
      return;
    }
    this.draft(printed ? printed[1]! : String(this.rows.length + 1), null, cells, j);
  }

  /** A date line (and the organ name before it) closing the document is a signature, not cells. */
  private dropSignature(): void {
    const last = this.rows.at(-1);
    if (!last) return;
    const tail = last.tokens.at(-1);
    if (!tail || tail.line === last.line || !SIGNATURE_DATE.test(tail.text)) return;
    last.tokens.pop();
    const organ = last.tokens.at(-1);
    if (organ && organ.line !== last.line && this.ctx.isSignature(organ.text)) last.tokens.pop();
    this.to = (last.tokens.at(-1)?.line ?? last.line) + 1;
  }
}

const WHO: ColumnRole[] = ['LEADS', 'SUPPORTS'];
/** A pipe cell that says "none" (a dash, a slash, 无): empty on purpose, not merged from the row above. */
const NONE_CELL = /^(?:[-—–―/\\]{1,2}|无)$/;
const BOTH_ROLES = [/牵头/, /配合|协办|协助|参与|落实/];

/** Cells of the drafted rows, with merged cells inherited from above. */
function buildRows(lines: readonly TableLine[], header: Header, reader: TableReader, where: string, warnings: string[]): TableRow[] {
  const { columns, mode } = header;
  const rows: TableRow[] = [];
  const numberColumn = columns.findIndex((c) => c.role === 'NUMBER');
  const free = columns.map((_, c) => c).filter((c) => c !== numberColumn);
  const freeRoles = free.map((c) => columns[c]!.role);
  /** The latest cell of each column, for the merged cells of the rows below. */
  let above: (TableCell | undefined)[] = [];
  for (let r = 0; r < reader.rows.length; r++) {
    const draft = reader.rows[r]!;
    if (draft.fresh) above = [];
    /** First and last token of each column's own cell. */
    const first: (Token | undefined)[] = new Array(columns.length);
    const lastOf: (Token | undefined)[] = new Array(columns.length);
    const put = (c: number, tok: Token) => {
      first[c] ??= tok;
      lastOf[c] = tok;
    };
    const extra: Token[] = [];
    /** Columns whose cell this row prints as empty (pipe rows only). */
    const none = new Set<number>();
    const tokens = draft.tokens;
    if (mode === 'pipe') {
      for (let c = 0; c < tokens.length; c++) {
        if (c >= columns.length) extra.push(tokens[c]!);
        else if (NONE_CELL.test(tokens[c]!.text)) {
          // A cell printed as empty (— or /): nothing, and nothing merged from above either.
          none.add(c);
          above[c] = undefined;
        } else if (tokens[c]!.text !== '') put(c, tokens[c]!);
      }
      if (tokens.length > columns.length)
        warnings.push(`${where}: row ${draft.number} has ${tokens.length} cells for ${columns.length} columns; the extra ones are kept as cells without a header`);
    } else {
      if (draft.numberToken && numberColumn !== -1) put(numberColumn, draft.numberToken);
      const isLast = r === reader.rows.length - 1;
      /** Token t is a whole line of its own (below the row's first line). */
      const startsLine = (t: number) => tokens[t]!.line !== draft.line && (t === 0 || tokens[t]!.line !== tokens[t - 1]!.line);
      const shapes = tokens.map((t) => cellShape(t.text));
      // After the last row, a line that fits no column is text after the table: cheaper to leave out.
      // A lead merged from above is more common than an empty 配合 cell: when the row can
      // inherit a 牵头 cell, a lone body list is its 配合.
      // (Not when a cell names both roles itself: A牵头;B配合 is the whole who-column.)
      const leadAbove =
        columns.some((col, c) => col.role === 'LEADS' && above[c]) && !tokens.some((t) => BOTH_ROLES.every((re) => re.test(t.text)));
      const placed = assignCells(shapes, freeRoles, isLast ? (t) => (startsLine(t) ? -2 : OVERFLOW) : undefined, leadAbove ? { SUPPORTS: 0.5 } : {});
      let cut = -1;
      let joined = false;
      for (let t = 0; t < placed.length; t++) {
        const p = placed[t]!;
        if (p === -1) {
          if (isLast && startsLine(t)) {
            cut = t;
            break;
          }
          extra.push(tokens[t]!);
        } else {
          put(free[p]!, tokens[t]!);
          if (t > 0 && p === placed[t - 1] && shapes[t] !== 'text' && shapes[t] !== 'prose') joined = true;
        }
      }
      if (cut !== -1) {
        reader.to = tokens[cut]!.line;
        tokens.length = cut;
      }
      // More cells than columns: cells that fit nowhere, or (one cell per line) lines that are
      // not a further paragraph of a text cell but had to join a cell (a second deadline, more
      // bodies). Space-separated pieces on one line may just be a cell with a space in it.
      const perLine = tokens.every((t) => t.line !== draft.line);
      if (extra.length > 0 || (perLine && tokens.length > free.length && joined))
        warnings.push(`${where}: row ${draft.number} has ${tokens.length} cells for ${free.length} columns${extra.length > 0 ? '; the extra ones are kept as cells without a header' : ''}`);
    }
    // A who-cell that names both roles itself (A、B牵头;C配合) leaves nothing for the other who-column to inherit.
    let bothRoles = false;
    for (let c = 0; c < columns.length && !bothRoles; c++) {
      if (first[c] && WHO.includes(columns[c]!.role)) {
        const cell = lines[first[c]!.line]!.text; // cheap pre-check on the line, then the cell itself
        if (BOTH_ROLES.every((re) => re.test(cell))) {
          const text = tokens.filter((t) => t.start >= first[c]!.start && t.end <= lastOf[c]!.end).map((t) => t.text).join(' ');
          bothRoles = BOTH_ROLES.every((re) => re.test(text));
        }
      }
    }
    const cells: TableCell[] = [];
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      if (first[c]) {
        const cell: TableCell = { role: col.role, header: col.header, span: { start: first[c]!.start, end: lastOf[c]!.end }, inherited: false };
        cells.push(cell);
        above[c] = cell;
      } else if (c !== numberColumn && above[c] && !none.has(c) && !(bothRoles && WHO.includes(col.role))) {
        cells.push({ ...above[c]!, inherited: true });
      }
    }
    for (const tok of extra) if (tok.text !== '') cells.push({ role: 'OTHER', header: '', span: { start: tok.start, end: tok.end }, inherited: false });
    let start = Infinity;
    let end = -Infinity;
    if (draft.numberToken) [start, end] = [draft.numberToken.start, draft.numberToken.end];
    for (const t of tokens) {
      if (t.text === '') continue;
      if (t.start < start) start = t.start;
      if (t.end > end) end = t.end;
    }
    const line = lines[draft.line]!;
    const span = mode === 'pipe' || start === Infinity ? { start: line.start, end: line.end } : { start, end };
    rows.push({ number: draft.number, span, cells, line: draft.line });
  }
  return rows;
}

/** Every task table of the document, in reading order. */
export function findTables(lines: readonly TableLine[], ctx: TableContext, warnings: string[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) continue;
    const reader = new TableReader(lines, header, ctx);
    reader.read();
    if (reader.rows.length === 0) continue;
    const rows = buildRows(lines, header, reader, `table at line ${i + 1}`, warnings);
    tables.push({ columns: header.columns, from: header.from, to: Math.max(reader.to, header.bodyLine), rows });
    i = Math.max(reader.to, header.bodyLine) - 1;
  }
  return tables;
}

// ---------------------------------------------------------------------------
// What the other extractors read from a row
// ---------------------------------------------------------------------------

/** `span` without the text of cells with one of `roles` (a progress report is not a promise). */
export function spansWithout(span: Span, cells: readonly TableCell[], roles: readonly ColumnRole[]): Span[] {
  const holes = cells
    .filter((c) => roles.includes(c.role) && !c.inherited && c.span.start < span.end && c.span.end > span.start)
    .map((c) => c.span)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let from = span.start;
  for (const h of holes) {
    if (h.start > from) out.push({ start: from, end: h.start });
    from = Math.max(from, h.end);
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out;
}

/**
 * Deadlines of a row: those found in its own text (`found`, from extractDeadlines over
 * the row), plus the 完成时限 cells — inherited ones included, with evidence in the row
 * that prints them. A time-limit cell whose text no deadline pattern reads (长期坚持,
 * 2024年12月, 全年) is a deadline as a whole, dated by `limitDate`: 2024年12月 /
 * 2024年 / 2024年6月30日 / 全年 in a 时限 column are fixed to the end of that month /
 * year / that day / the plan's year; 长期坚持, 持续推进, 每年 have no date.
 */
export function tableDeadlines(text: string, found: readonly Deadline[], cells: readonly TableCell[], year: number | null): Deadline[] {
  const out = [...found];
  const overlaps = (s: Span) => out.some((d) => d.evidence.start < s.end && d.evidence.end > s.start);
  for (const cell of cells) {
    if (cell.role !== 'DEADLINE' || cell.span.end <= cell.span.start) continue;
    const inCell = extractDeadlines(text, cell.span, year).filter((d) => !overlaps(d.evidence));
    if (inCell.length > 0) {
      out.push(...inCell);
      continue;
    }
    if (overlaps(cell.span)) continue;
    const t = text.slice(cell.span.start, cell.span.end);
    out.push({ text: t, date: limitDate(t, year), evidence: evidenceAt(text, cell.span.start, cell.span.end) });
  }
  return out;
}
