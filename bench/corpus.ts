// A generator of realistic work plans for scale tests and benchmarks: it recombines
// the chapters and task paragraphs of the seed work plans under other bureaus and
// years, with the label styles, annotation brackets and punctuation that real
// documents vary in. Deterministic for a given seed number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { normalizeText } from '../src/extract/normalize.js';

/** The 发文字 of each block of 9,999 generated documents (see generateDocument). */
const DOCUMENT_SERIES = ['民', '民发', '民函', '民办', '民字'];

const CITIES: Array<[city: string, abbreviation: string]> = [
  ['厦门市', '厦'], ['汕尾市', '汕'], ['钦州市', '钦'], ['福州市', '榕'], ['泉州市', '泉'], ['漳州市', '漳'],
  ['莆田市', '莆'], ['三明市', '明'], ['南平市', '南'], ['龙岩市', '岩'], ['宁德市', '宁'], ['广州市', '穗'],
  ['深圳市', '深'], ['珠海市', '珠'], ['汕头市', '汕头'], ['佛山市', '佛'], ['惠州市', '惠'], ['梅州市', '梅'],
  ['河源市', '河'], ['阳江市', '阳'], ['湛江市', '湛'], ['茂名市', '茂'], ['南宁市', '南'], ['柳州市', '柳'],
  ['桂林市', '桂'], ['北海市', '北'], ['防城港市', '防'], ['玉林市', '玉'], ['百色市', '百'], ['河池市', '河'],
];

const LEAD_KEYS = ['牵头科室', '牵头单位', '牵头处室'];
const SUPPORT_KEYS = ['责任科室(单位)', '责任单位', '配合单位', '责任处室'];
const INTERNAL_UNITS = [
  '局办公室', '社会救助科', '社会福利科', '社会事务科', '区划地名科', '社会组织管理科', '计划财务科',
  '局机关党办', '慈善事业促进和社会工作科', '基层政权建设和社区治理科', '养老服务科', '儿童福利科',
];
const SUBORDINATE_UNITS = ['各县(市、区)民政局', '市局各科室及直属单位', '市福利彩票发行中心', '市社会福利中心'];

/** Text material taken from the seed work plans: chapter titles and task paragraphs (annotations removed). */
interface Material {
  chapters: string[];
  tasks: string[];
}

const TASK_LABEL = /^(?:\d+[.、]|\([一二三四五六七八九十]+\))/;
const CHAPTER_LABEL = /^[一二三四五六七八九十]+、/;

export function loadMaterial(seedsDir: string): Material {
  const chapters = new Set<string>();
  const tasks = new Set<string>();
  for (const file of ['xiamen-2022-work-plan.txt', 'shanwei-2024-work-plan.txt', 'qinzhou-2022-work-plan.txt']) {
    const lines = normalizeText(readFileSync(join(seedsDir, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (CHAPTER_LABEL.test(line)) chapters.add(line.replace(CHAPTER_LABEL, ''));
      else if (TASK_LABEL.test(line)) {
        // 汕尾's headings stand alone and the body follows on the next line.
        const body = line.includes('。') ? line : `${line.replace(TASK_LABEL, '')}。${lines[i + 1] ?? ''}`;
        const text = body.replace(TASK_LABEL, '').replace(/\{+[^}]*\}/g, '').trim();
        if (text.length > 20 && !TASK_LABEL.test(text)) tasks.add(text);
      }
    });
  }
  return { chapters: [...chapters], tasks: [...tasks] };
}

/** A small deterministic PRNG (mulberry32), so a corpus can be regenerated exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_NUMBERS[n - 1]!;
  if (n < 20) return `十${CHINESE_NUMBERS[n - 11]!}`;
  const tens = CHINESE_NUMBERS[Math.floor(n / 10) - 1]!;
  return n % 10 === 0 ? `${tens}十` : `${tens}十${CHINESE_NUMBERS[(n % 10) - 1]!}`;
}

const toFullWidth = (text: string) =>
  text.replace(/[,:;()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

export interface GeneratedDocument {
  fileName: string;
  bytes: Uint8Array;
}

export function generateDocument(material: Material, index: number, seed = 1): GeneratedDocument {
  const rnd = random(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const [city, abbreviation] = pick(CITIES);
  const bureau = `${city}民政局`;
  const year = 2019 + Math.floor(rnd() * 8);
  const title = `${year}年${city.replace(/市$/, '')}民政工作要点`;
  const labelStyle = pick(['arabic-dot', 'arabic-comma', 'paren'] as const);
  const numberAcrossChapters = rnd() < 0.5;
  const fullWidth = rnd() < 0.5;
  const brackets = pick([['{', '}'], ['【', '】'], ['(', ')']] as const);

  const lines: string[] = [
    `${bureau}关于印发${title}的通知`,
    // A document's id is its issuer and 文号: the number is the index's own, so every
    // generated document is one of its own. A 文号 has at most four digits (extract/
    // metadata.ts), so each block of 9,999 documents has its own 发文字 (民, 民发, 民函 …):
    // past 9,999 the numbers were not read and plans of one city and year became versions
    // of one document. The draw that chose the number before stays, so the rest of each
    // document is what it was.
    `${abbreviation}${DOCUMENT_SERIES[Math.floor(index / 9999)] ?? `民${Math.floor(index / 9999)}`}〔${year}〕${(rnd(), (index % 9999) + 1)}号`,
    '各县(市、区)民政局,局机关各科室、局属各单位:',
    `现将《${title}》印发给你们,请结合实际,认真抓好贯彻落实。`,
    bureau,
    `${year}年${1 + Math.floor(rnd() * 3)}月${1 + Math.floor(rnd() * 28)}日`,
    title,
    `${year}年,全市民政系统要坚持以人民为中心的发展思想,推动民政事业高质量发展。`,
  ];
  const chapterCount = 4 + Math.floor(rnd() * 7);
  let taskNumber = 0;
  for (let c = 1; c <= chapterCount; c++) {
    lines.push(`${chineseNumber(c)}、${pick(material.chapters)}`);
    if (!numberAcrossChapters) taskNumber = 0;
    const taskCount = 2 + Math.floor(rnd() * 5);
    for (let k = 0; k < taskCount; k++) {
      taskNumber++;
      const label =
        labelStyle === 'paren' ? `(${chineseNumber(taskNumber)})` : `${taskNumber}${labelStyle === 'arabic-dot' ? '.' : '、'}`;
      const leads = [pick(INTERNAL_UNITS)];
      if (rnd() < 0.2) leads.push(pick(INTERNAL_UNITS.filter((u) => u !== leads[0])));
      const supports = [pick(SUBORDINATE_UNITS)];
      if (rnd() < 0.5) supports.unshift(pick(INTERNAL_UNITS.filter((u) => !leads.includes(u))));
      const annotation =
        rnd() < 0.8
          ? `${brackets[0]}${pick(LEAD_KEYS)}:${leads.join('、')};${pick(SUPPORT_KEYS)}:${supports.join(',')}${brackets[1]}`
          : '';
      lines.push(`${label}${pick(material.tasks)}${annotation}`);
    }
  }
  let text = lines.join('\n');
  if (fullWidth) text = toFullWidth(text);
  // One document in ten is saved as GB18030, as many real ones are.
  const bytes = rnd() < 0.1 ? iconv.encode(text, 'gb18030') : new TextEncoder().encode(text);
  return { fileName: `generated-${String(index).padStart(5, '0')}.txt`, bytes };
}
