// The same work across years: which task of a later plan continues which task of an
// earlier one. Pure: two lists of tasks in, pairs out. Chinese plans restate a
// continuing task in new words around the same core phrases (养老服务设施补短板,
// 社区“近邻+养老”服务), so similarity is measured on character bigrams (no word
// segmentation needed) of the title and of the text, and the phrases both share are
// the evidence an analyst can read.

export interface ComparableTask {
  id: string;
  title: string;
  text: string;
}

export interface Continuation {
  /** The later task. */
  to: string;
  /** The earlier task it continues. */
  from: string;
  /** 0–1: the mean of the titles' and the texts' bigram Dice coefficients. */
  similarity: number;
  /** The longest phrases both tasks print (at least MIN_PHRASE characters), longest first. */
  phrases: string[];
}

/**
 * Below this, two tasks are different work. Measured on the seeds: the same kind of work
 * in two cities' plans (残疾人两项补贴, 流浪乞讨人员救助管理) scores 0.35–0.44, a task
 * restated in its issuer's next plan above 0.8 (tests/api/plan-changes.test.ts).
 */
export const MIN_SIMILARITY = 0.35;
const MIN_PHRASE = 4;
const MAX_PHRASES = 3;

const MEANINGFUL = /[\p{Script=Han}\p{L}\p{N}\u0001]/u;
/** Per BMP code unit, whether MEANINGFUL holds it: built once, a table look-up instead of a Unicode regex per character. */
let meaningfulBmp: Uint8Array | null = null;

/** The UTF-16 code units of the characters that carry meaning: CJK, letters and digits (punctuation and brackets differ between printings). */
function meaningfulCodes(text: string): number[] {
  if (meaningfulBmp === null) {
    meaningfulBmp = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) meaningfulBmp[c] = MEANINGFUL.test(String.fromCharCode(c)) ? 1 : 0;
  }
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A character outside the BMP (CJK Extension B …): its two code units together.
      const pair = text.slice(i, i + 2);
      if (MEANINGFUL.test(pair)) out.push(c, text.charCodeAt(i + 1));
      i++;
    } else if (meaningfulBmp[c]) out.push(c);
  }
  return out;
}

const meaningful = (text: string) => {
  const codes = meaningfulCodes(text);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
};
const PAUSES = /[。,，;；:：、!！?？\s|]+/g;

/**
 * The distinct bigrams of the meaningful characters, each as its two UTF-16 code units
 * in one 32-bit integer: a small integer to V8, where c1 * 0x10000 + c2 (above 2^31 for
 * CJK) was a heap number to allocate and hash, bigrams' whole cost.
 */
function bigrams(text: string): Int32Array {
  const s = meaningfulCodes(text);
  const grams = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) grams.add((s[i]! << 16) | s[i + 1]!);
  return Int32Array.from(grams);
}

/** The Dice coefficient of two bigram sets of these sizes sharing `shared` bigrams (0 when either is empty). */
function dice(shared: number, a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : (2 * shared) / (a + b);
}

/** For each bigram, the tasks (their indexes) whose set holds it. */
function postings(sets: readonly Int32Array[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  sets.forEach((set, task) => {
    for (const gram of set) {
      const tasks = index.get(gram);
      if (tasks) tasks.push(task);
      else index.set(gram, [task]);
    }
  });
  return index;
}

/** Into `shared`, how many bigrams of `set` each indexed task holds too. */
function count(set: Int32Array, index: Map<number, number[]>, shared: Int32Array): void {
  shared.fill(0);
  for (const gram of set) for (const task of index.get(gram) ?? []) shared[task]!++;
}

/** A string's UTF-16 code units (compared as numbers, not one-character strings). */
function codes(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Maximal common substrings of at least `min` meaningful characters, longest first, none inside another. */
export function sharedPhrases(a: string, b: string, min = MIN_PHRASE, max = MAX_PHRASES): string[] {
  // A phrase never runs over a pause (。,;:、): each side marks pauses with its own character, so they never match.
  const x = meaningful(a.replace(PAUSES, '\u0001')).replace(/\u0001/g, '①');
  const y = meaningful(b.replace(PAUSES, '\u0001')).replace(/\u0001/g, '②');
  // Longest common suffix lengths, one row at a time; a run ends where the next pair differs.
  // Only the cells where the two characters are equal can be non-zero, and in Chinese text a
  // character recurs a few times in a task, not hundreds: each row visits the positions of
  // its character in y (and clears what it set two rows before), not the whole width.
  const found = new Map<string, number>();
  const xs = codes(x);
  const ys = codes(y);
  const positions = new Map<number, number[]>();
  for (let j = 1; j <= ys.length; j++) {
    const list = positions.get(ys[j - 1]!);
    if (list) list.push(j);
    else positions.set(ys[j - 1]!, [j]);
  }
  let previous = new Uint16Array(ys.length + 1);
  let row = new Uint16Array(ys.length + 1);
  let previousSet: number[] = [];
  let rowSet: number[] = [];
  for (let i = 1; i <= xs.length; i++) {
    for (const j of rowSet) row[j] = 0;
    rowSet.length = 0;
    for (const j of positions.get(xs[i - 1]!) ?? []) {
      const length = (row[j] = previous[j - 1]! + 1);
      rowSet.push(j);
      if (length >= min && !(i < xs.length && j < ys.length && xs[i] === ys[j])) found.set(x.slice(i - length, i), length);
    }
    [previous, row] = [row, previous];
    [previousSet, rowSet] = [rowSet, previousSet];
  }
  const phrases = [...found.keys()].sort((p, q) => q.length - p.length || (p < q ? -1 : 1));
  return phrases.filter((p, k) => !phrases.slice(0, k).some((longer) => longer.includes(p))).slice(0, max);
}

/** A plan's tasks as matching compares them: computed once per plan, whatever the number of pairs it is in. */
interface PlanFeatures {
  tasks: readonly ComparableTask[];
  titles: Int32Array[];
  texts: Int32Array[];
  /** Built the first time the plan is the earlier one of a pair. */
  titleIndex?: Map<number, number[]>;
  textIndex?: Map<number, number[]>;
}

function planFeatures(tasks: readonly ComparableTask[]): PlanFeatures {
  return { tasks, titles: tasks.map((t) => bigrams(t.title)), texts: tasks.map((t) => bigrams(t.text)) };
}

/**
 * Pairs each later task with at most one earlier task and the reverse: the most
 * similar pairs first, each at least MIN_SIMILARITY.
 */
export function matchTasks(earlier: readonly ComparableTask[], later: readonly ComparableTask[], minSimilarity = MIN_SIMILARITY): Continuation[] {
  return matchFeatures(planFeatures(earlier), planFeatures(later), minSimilarity);
}

/**
 * matchTasks for many pairs of plans (`pairs`: [later, earlier] ids of `plans`), in
 * the order of `pairs`. A plan that precedes several (the plans of one issuer and year
 * all follow the same one) has its bigrams and their index computed once.
 */
export function matchPlanPairs(
  plans: ReadonlyMap<string, readonly ComparableTask[]>,
  pairs: ReadonlyArray<readonly [later: string, earlier: string]>,
  minSimilarity = MIN_SIMILARITY,
): Continuation[] {
  // Each plan's features are kept only while a pair still needs them (kept all, a long
  // list of pairs spent a third of its time collecting garbage).
  const uses = new Map<string, number>();
  for (const pair of pairs) for (const id of pair) uses.set(id, (uses.get(id) ?? 0) + 1);
  const features = new Map<string, PlanFeatures>();
  const take = (id: string) => {
    let f = features.get(id);
    if (f === undefined) features.set(id, (f = planFeatures(plans.get(id) ?? [])));
    const left = uses.get(id)! - 1;
    uses.set(id, left);
    if (left === 0) features.delete(id);
    return f;
  };
  return pairs.flatMap(([later, earlier]) => matchFeatures(take(earlier), take(later), minSimilarity));
}

function matchFeatures(before: PlanFeatures, after: PlanFeatures, minSimilarity: number): Continuation[] {
  // The bigrams both tasks of a pair hold, counted through an index of the earlier tasks'
  // bigrams: each later bigram visits only the earlier tasks that hold it, instead of
  // merging every pair's two lists (the same counts, so the same Dice coefficients).
  const titleIndex = (before.titleIndex ??= postings(before.titles));
  const textIndex = (before.textIndex ??= postings(before.texts));
  const sharedTitle = new Int32Array(before.tasks.length);
  const sharedText = new Int32Array(before.tasks.length);
  const candidates: Array<{ from: number; to: number; similarity: number }> = [];
  for (let to = 0; to < after.tasks.length; to++) {
    const title = after.titles[to]!;
    const text = after.texts[to]!;
    count(title, titleIndex, sharedTitle);
    count(text, textIndex, sharedText);
    for (let from = 0; from < before.tasks.length; from++) {
      const similarity = (dice(sharedTitle[from]!, before.titles[from]!.length, title.length) + dice(sharedText[from]!, before.texts[from]!.length, text.length)) / 2;
      if (similarity >= minSimilarity) candidates.push({ from, to, similarity });
    }
  }
  candidates.sort((p, q) => q.similarity - p.similarity || p.to - q.to || p.from - q.from);
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  const pairs: Array<Continuation & { order: number }> = [];
  for (const c of candidates) {
    if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    usedFrom.add(c.from);
    usedTo.add(c.to);
    const a = before.tasks[c.from]!;
    const b = after.tasks[c.to]!;
    const phrases = sharedPhrases(`${a.title}。${a.text}`, `${b.title}。${b.text}`);
    pairs.push({ from: a.id, to: b.id, similarity: Math.round(c.similarity * 1000) / 1000, phrases, order: c.to });
  }
  // In the later plan's reading order.
  return pairs.sort((p, q) => p.order - q.order).map(({ order: _order, ...pair }) => pair);
}
