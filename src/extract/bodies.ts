// Government bodies by the grammar of their names, not by a list.
//
// A body's name is built as [level or place] + stem + body word: 市 + 发展改革 + 委,
// 辽宁省 + 卫生健康 + 委, 政策法规 + 司, 各县(市、区) + 人民政府. A collective opens
// with 各 (各区、县级市, 各有关单位) or names a set (联席会议成员单位) and is kept whole.
// Tables (./data) hold only what grammar cannot know: the bureau's own units as
// the seeds print them, standard short forms (发改委) and traditional characters.
//
// Canonical names: a body with a level prefix is named in full against the
// document (市民政局 in a 广州市 plan → 广州市民政局; 省卫生健康委 in a 辽宁省 plan
// → 辽宁省卫生健康委员会), short forms expanded, so one body is one name across
// documents. Units of the issuer (科, 处, 司, 室) keep their own name: the graph
// scopes them to their bureau.
import type { DepartmentKind } from './types.js';
import { BODY_ABBREVIATIONS, SIMPLIFIED } from './data/bodies.js';
import { DEPARTMENTS } from './data/departments.js';

export interface Body {
  name: string;
  kind: DepartmentKind;
}

/** Where a document stands: its region (广州市, 辽宁省, 天河区) names the level prefixes 市/省/区. */
export interface BodyContext {
  region: string | null;
}

/** Full-width punctuation that text not passed through normalizeText may still hold. */
const PUNCTUATION = new Map(Object.entries({ '：': ':', '；': ';', '，': ',', '（': '(', '）': ')' }));
/** Code unit → its simplified (or ASCII) twin; 0 where the character stays. */
const TO_SIMPLIFIED = new Uint16Array(0x10000);
for (const [from, to] of [...SIMPLIFIED, ...PUNCTUATION]) TO_SIMPLIFIED[from.charCodeAt(0)] = to.charCodeAt(0);

/** The text read as simplified characters and ASCII punctuation, one character for one (offsets hold). */
export function simplified(text: string): string {
  // Most documents are simplified already: one pass finds nothing to replace and copies nothing.
  let i = 0;
  while (i < text.length && TO_SIMPLIFIED[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    units[k] = TO_SIMPLIFIED[c] || c;
  }
  let out = '';
  // fromCharCode in chunks: one call with a whole long document would overflow the stack.
  for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.subarray(k, k + 8192));
  return out;
}

// Body words, longest first so 委员会 wins over 会 and 办公室 over 室.
const BODY_WORDS = [
  '人民政府', '政府', '党委', '党组', '党工委', '管委会', '委员会', '办公厅', '办公室', '办事处',
  '联合会', '总工会', '工会', '妇联', '残联', '科协', '侨联', '文联', '工商联', '团委', '红十字会', '慈善总会', '总会',
  '协会', '学会', '法院', '检察院', '纪委监委', '监委', '局', '委', '厅', '办', '部', '司', '处', '科', '室', '股',
  '中心', '院', '站', '所', '馆', '队', '分行', '支行', '分局', '领导小组', '小组', '指挥部', '专班', '集团', '公司', '银行', '单位', '部门', '机关', '机构', '街道', '乡镇', '海关',
  '中央', '社', '电视台', '广播电台', '党校', '学校', '大学',
].sort((a, b) => b.length - a.length);
const BODY_END = new RegExp(`(?:${BODY_WORDS.join('|')})$`);

/** Words no body name contains: verbs, particles, the vocabulary of the work itself. */
const NOT_A_NAME =
  /[的要将把对了着是在向从以于其之需均须含等为]|应(?!急)|各项|培育|队伍|按照|通过|加强|推进|推动|做好|开展|建立|健全|完善|发挥|落实|负责|配合|牵头|实施|统筹|指导|督促|确保|全面|积极|进一步|持续|深入|抓好|提升|加快|组织实施|体系|机制|制度|项目|活动|任务/;

/** Administrative divisions that continue a collective: 各区、县级市 / 各区、市政府. */
const DIVISION = /^(?:县级市|市|区|县|州|旗|乡镇|乡|镇|街道|园区|开发区|功能区)(?:\([^()]*\))?(?:人民政府|政府|党委和政府|党委|民政局|民政部门)?$/;

/** A level prefix that the document's region names (市 → 广州市); not the 市 of 市场, the 区 of 区划. */
const LEVEL_PREFIX = /^(自治区|省|市|区|县|州)(?!级|场|政工程|政公用|政设施|划|域)/;
/** 省级有关部门, 市级各部门: the level names the set. */
const LEVEL_WORD = /^(?:自治区|省|市|区|县|州)级/;
const PLACE_PREFIX = /^[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|自治州|州|盟|县|区|旗)(?=[\u4e00-\u9fff])/;

const TABLE = new Map<string, Body>();
for (const d of DEPARTMENTS) for (const a of d.aliases) TABLE.set(a, { name: d.name, kind: d.kind });
/** Short forms of agencies' names, longest first. */
const ABBREVIATIONS = Object.entries(BODY_ABBREVIATIONS).sort((a, b) => b[0].length - a[0].length);

/** Text that can be a body's name on its own (grammar only, no context). */
export function looksLikeBody(name: string): boolean {
  const s = simplified(name);
  if (s.length < 2 || s.length > 30) return false;
  if (!/^[\u4e00-\u9fff][\u4e00-\u9fff()、]*$/.test(s)) return false;
  // 、 only inside balanced parentheses: 各县(市、区).
  if (/[、()]/.test(s.replace(/\([^()]*\)/g, ''))) return false;
  if (TABLE.has(s)) return true;
  if (NOT_A_NAME.test(s.replace(/\([^()]*\)/g, ''))) return false;
  // A name may carry its other name in parentheses: 市委组织部(市委人才办).
  const bare = s.replace(/\([^()]*\)$/, '');
  return BODY_END.test(bare) || isCollective(bare) || ABBREVIATIONS.some(([k]) => bare.endsWith(k));
}

/** 各区, 各县(市、区)人民政府, 各有关单位, 联席会议成员单位, 有关部门. */
export function isCollective(s: string): boolean {
  return /^各|各(?:单位|科室|处室|部门|司局)|^(?:有关|相关)|(?:成员单位|有关部门|有关单位|相关部门|相关单位|直属单位|所属单位)$/.test(s);
}

/** A name that may open a list in running text without 由: it carries a level or place, or is a known unit. */
export function anchoredBody(name: string, ctx: BodyContext): boolean {
  const s = simplified(name);
  return (
    TABLE.has(s) ||
    /^(?:[各团]|地方各级)/.test(s) ||
    LEVEL_PREFIX.test(s) ||
    LEVEL_WORD.test(s) ||
    (ctx.region !== null && s.startsWith(ctx.region.replace(/(市|省|区|县)$/, ''))) ||
    (PLACE_PREFIX.test(s) && /(局|委|委员会|厅|政府|党委|办公室|办公厅|联合会)$/.test(s))
  );
}

/** A sector named in general (民政部门, 有关单位): a body in an annotation, a manner of speaking in prose. */
export function genericBody(name: string, ctx: BodyContext): boolean {
  const s = simplified(name);
  const placed = LEVEL_PREFIX.test(s) || LEVEL_WORD.test(s) || PLACE_PREFIX.test(s) || (ctx.region !== null && s.startsWith(ctx.region));
  return /(?:部门|单位|机构|机关)$/.test(s) && !/^各/.test(s) && !TABLE.has(s) && !placed;
}

/** Whether item `next` continues the collective opened by `first` (各区 + 县级市). */
export function continuesCollective(first: string, next: string): boolean {
  return /^各/.test(simplified(first)) && DIVISION.test(simplified(next));
}

/** Canonical name and kind of a body as printed (mention must look like a body). */
export function canonicalBody(mention: string, ctx: BodyContext): Body {
  const s = simplified(mention);
  const known = TABLE.get(s);
  if (known) return known;
  if (isCollective(s)) return { name: s, kind: 'SUBORDINATE' };

  const level = LEVEL_PREFIX.exec(s);
  const region = ctx.region;
  // The bureau's own institutions keep their printed name (市救助管理站, 市社会福利院).
  if (SUBORDINATE_UNIT.test(s)) return { name: s, kind: 'SUBORDINATE' };
  if (level) {
    const rest = expand(s.slice(level[1]!.length));
    const full = regionFor(level[1]!, region);
    return { name: full ? `${full}${rest}` : `${level[1]}${rest}`, kind: 'EXTERNAL' };
  }
  // 团市委 is written with the level inside it.
  const tuan = /^团(市|省|区|县)委$/.exec(s);
  if (tuan) {
    const full = regionFor(tuan[1]!, region);
    return { name: `共青团${full ?? tuan[1]}委员会`, kind: 'EXTERNAL' };
  }
  const place = PLACE_PREFIX.exec(s);
  if (place) return { name: place[0] + expand(s.slice(place[0].length)), kind: 'EXTERNAL' };

  const name = expand(s);
  // A unit of the issuer: its own 科/处/司/室, or its centres and institutes.
  if (/(司|处|科|室|股|办公室|办公厅|办)$/.test(name) && !/(委员会办公室|外事办公室|侨务办公室|台湾事务办公室)$/.test(name)) {
    return { name, kind: 'INTERNAL' };
  }
  if (SUBORDINATE_UNIT.test(name)) return { name, kind: 'SUBORDINATE' };
  // Without a level the printed name is all we know (社会组织管理局 may be the bureau's own).
  return { name, kind: 'EXTERNAL' };
}

/** Centres, institutes and stations: institutions under a bureau, not agencies (courts are). */
const SUBORDINATE_UNIT = /(?:中心|(?<!法|检察)院|站|所|馆)$/;

function expand(rest: string): string {
  for (const [short, long] of ABBREVIATIONS) {
    if (rest.endsWith(short) && !rest.endsWith(long)) return rest.slice(0, rest.length - short.length) + long;
  }
  return rest;
}

/** The region a level prefix stands for in this document, or null when the document is of another level. */
function regionFor(level: string, region: string | null): string | null {
  if (!region) return null;
  if (level === '省' || level === '自治区') return /(省|自治区)$/.test(region) ? region : null;
  if (level === '市' || level === '州') return /(市|州|盟)$/.test(region) ? region : null;
  return region.endsWith(level) ? region : null;
}
