// End to end over the five seeds through extractDocument, plus the same documents
// re-encoded (GB18030, UTF-8 BOM) and wrapped in HTML.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ExtractionError, extractDocument } from '../../src/extract/index.js';
import type { Evidence, ExtractedDocument } from '../../src/extract/types.js';

const read = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url));
const SEEDS = ['xiamen-2022-work-plan.txt', 'shanwei-2024-work-plan.txt', 'xiamen-2024-director-article.txt', 'fuzhou-party-building-report.txt', 'qinzhou-2022-work-plan.txt'];
const docs = new Map(SEEDS.map((f) => [f, extractDocument(read(f), f)]));
const doc = (f: string) => docs.get(f)!;
const names = (list: { name: string }[]) => list.map((x) => x.name);
const withoutHash = ({ sha256: _sha, ...rest }: ExtractedDocument) => rest;

describe('厦门 2022 work plan', () => {
  const d = doc('xiamen-2022-work-plan.txt');
  it('has 46 tasks 1.–46. in 10 chapters', () => {
    expect(d.sections.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(d.tasks.map((t) => t.number)).toEqual(Array.from({ length: 46 }, (_, i) => `${i + 1}.`));
    expect(d.tasks.every((t) => t.depth === 1 && t.path.length === 2)).toBe(true);
    expect(d.tasks[6]!.path).toEqual(['二', '7.']);
    expect(d.tasks[0]!.title).toBe('完善分层分类社会救助体系');
  });
  it('reads the cover letter', () => {
    expect(d.document).toMatchObject({ title: '2022年全市民政工作要点', issuer: '厦门市民政局', docNumber: '厦民〔2022〕16号', year: 2022, region: '厦门市', kind: 'WORK_PLAN', publishedAt: '2022-02-23' });
  });
  it('keeps page debris out of the last task', () => {
    expect(d.tasks.at(-1)!.text).toMatch(/新时代专业化民政干部队伍。$/);
  });
});

describe('汕尾 2024 work plan', () => {
  const d = doc('shanwei-2024-work-plan.txt');
  it('has 3 chapters and a derived title', () => {
    expect(d.sections.map((s) => s.number)).toEqual(['一', '二', '三']);
    expect(d.document).toMatchObject({ title: '汕尾市民政局2024年工作要点', titleDerived: true, issuer: '汕尾市民政局', year: 2024, kind: 'WORK_PLAN' });
    expect(d.warnings.join()).toContain('derived title');
  });
  it('二(六) has exactly the sub-tasks 1.–5., each led by 社会事务科 with 各县(市、区)民政局', () => {
    const sub = d.tasks.filter((t) => t.path[0] === '二' && t.path[1] === '(六)' && t.depth === 2);
    expect(sub.map((t) => t.number)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    for (const t of sub) {
      expect(names(t.leads), t.title).toEqual(['社会事务科']);
      expect(names(t.supports), t.title).toEqual(['各县(市、区)民政局']);
      expect(t.leadSource).toBe('EXPLICIT');
    }
  });
  it('sub-tasks sit under 二(五), 二(六), 二(八), whose headings alone have empty lists and are led through them', () => {
    const parents = d.tasks.filter((t) => d.tasks.some((c) => c.depth === 2 && c.path.slice(0, 2).join() === t.path.join()));
    expect(parents.map((t) => t.path.join(''))).toEqual(['二(五)', '二(六)', '二(八)']);
    for (const p of parents) {
      expect(p.text).toBe(`${p.number}${p.title}`);
      // Led through its sub-tasks, whose annotations name the leads; its own lists stay empty.
      expect(p.leadSource).toBe('SUBTASKS');
      for (const list of [p.leads, p.supports, p.agencies, p.regulations, p.populations, p.indicators, p.deadlines, p.initiatives]) expect(list).toEqual([]);
    }
  });
  it('a heading on its own line owns the body on the next line', () => {
    const first = d.tasks[0]!;
    expect(first.path).toEqual(['一', '(一)']);
    expect(first.title).toBe('坚持用习近平新时代中国特色社会主义思想凝心铸魂');
    expect(first.text).toMatch(/^\(一\)坚持用.*凝心铸魂\n建立健全常态化长效化学习机制/);
    expect(first.leads.length).toBeGreaterThan(0);
  });
});

describe('钦州 2022 work plan', () => {
  const d = doc('qinzhou-2022-work-plan.txt');
  it('has 28 tasks (一)–(二十八) numbered across 11 chapters', () => {
    expect(d.tasks).toHaveLength(28);
    expect(d.sections).toHaveLength(11);
    expect(d.tasks[0]!.number).toBe('(一)');
    expect(d.tasks[27]!.number).toBe('(二十八)');
    expect(d.tasks[27]!.path).toEqual(['十一', '(二十八)']);
    expect(d.tasks.find((t) => t.number === '(十二)')!.text).toContain('九是');
    expect(d.document).toMatchObject({ title: '2022年钦州民政工作要点', issuer: '钦州市民政局', year: 2022, kind: 'WORK_PLAN' });
  });
});

describe('narrative documents keep their measures', () => {
  it('002 article: heading sections with paragraph tasks', () => {
    const d = doc('xiamen-2024-director-article.txt');
    expect(d.sections.map((s) => s.title)).toEqual(['在深学细悟中把握正确方向', '在履职尽责中彰显使命担当', '在实干笃行中严格对标对表']);
    expect(d.tasks.map((t) => t.path.join('/'))).toEqual(['1/¶1', '1/¶2', '2/¶1', '2/¶2', '2/¶3', '2/¶4', '2/¶5', '2/¶6', '3/¶1', '3/¶2', '3/¶3', '3/¶4']);
    expect(d.document).toMatchObject({ issuer: '厦门市民政局', year: 2024, kind: 'ARTICLE' });
  });
  it('003 福州: 一是/二是/三是 under each 一、 section', () => {
    const d = doc('fuzhou-party-building-report.txt');
    expect(d.sections).toHaveLength(4);
    expect(d.tasks.map((t) => t.number)).toEqual(Array.from({ length: 4 }, () => ['一是', '二是', '三是']).flat());
    expect(d.document).toMatchObject({ issuer: '福州市民政局', year: null, kind: 'ARTICLE' });
  });
});

describe('every seed', () => {
  it.each(SEEDS)('%s: spans and evidence point into doc.text', (file) => {
    const d = doc(file);
    const inside = (ev: Evidence, span: { start: number; end: number }) => {
      expect(ev.start).toBeGreaterThanOrEqual(span.start);
      expect(ev.end).toBeLessThanOrEqual(span.end);
      expect(d.text.slice(ev.sentenceStart, ev.sentenceStart + ev.sentence.length)).toBe(ev.sentence);
    };
    for (const t of d.tasks) {
      expect(d.text.slice(t.span.start, t.span.end)).toBe(t.text);
      for (const m of [...t.leads, ...t.supports, ...t.agencies, ...t.populations, ...t.initiatives]) {
        expect(d.text.slice(m.evidence.start, m.evidence.end)).toBe(m.mention);
        inside(m.evidence, t.span);
      }
      for (const m of [...t.indicators, ...t.deadlines]) {
        expect(d.text.slice(m.evidence.start, m.evidence.end)).toBe(m.text);
        inside(m.evidence, t.span);
      }
      for (const r of t.regulations) {
        expect(d.text.slice(r.evidence.start, r.evidence.end)).toContain(r.title);
        inside(r.evidence, t.span);
      }
    }
    expect(d.tasks.map((t) => t.order)).toEqual(d.tasks.map((_, i) => i));
  });

  it.each(SEEDS)('%s: GB18030 and UTF-8-BOM copies give the same document', (file) => {
    const utf8 = read(file);
    const original = withoutHash(doc(file));
    const gb = iconv.encode(utf8.toString('utf8'), 'gb18030');
    expect(withoutHash(extractDocument(gb, file))).toEqual(original);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(withoutHash(extractDocument(bom, file))).toEqual(original);
    expect(extractDocument(bom, file).sha256).not.toBe(doc(file).sha256);
  });

  it.each(SEEDS)('%s: an HTML page of it yields the same tasks', (file) => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = read(file)
      .toString('utf8')
      .split('\n')
      .map((l) => `<p>${escape(l)}</p>`)
      .join('\n');
    const html = `<!DOCTYPE html><html><head><meta charset="gb2312"><title>x</title><script>var a = "<p>1.假任务</p>";</script></head>
<body><nav><a href="/">首页</a></nav><div class="article">\n${body}\n</div><footer>主办单位:某某</footer></body></html>`;
    // GB18030, not GBK: 厦门's • (U+2022) has no GBK code. Pages declaring gb2312 are read as GB18030.
    const d = extractDocument(iconv.encode(html, 'gb18030'), file.replace('.txt', '.html'));
    const shape = (x: ExtractedDocument) => x.tasks.map((t) => ({ path: t.path, title: t.title, text: t.text, leads: names(t.leads), populations: names(t.populations) }));
    expect(shape(d)).toEqual(shape(doc(file)));
    expect(d.document).toEqual(doc(file).document);
  });
});

describe('refusals', () => {
  const message = (input: Uint8Array | string, name: string) => {
    try {
      extractDocument(input, name);
    } catch (e) {
      expect(e).toBeInstanceOf(ExtractionError);
      return (e as Error).message;
    }
    return 'no error';
  };
  it('names the file and the reason', () => {
    expect(message(new Uint8Array(), 'a.txt')).toBe('a.txt: empty file');
    expect(message('  \n ', 'b.txt')).toBe('b.txt: empty file (only whitespace)');
    expect(message(Uint8Array.from([0x41, 0, 0x42]), 'xyz.pdf')).toBe('xyz.pdf: binary file (not text): found NUL bytes');
  });
  it('accepts overrides of the metadata', () => {
    const d = extractDocument(read('shanwei-2024-work-plan.txt'), 'x.txt', { title: '2024年汕尾市民政工作要点', titleDerived: false });
    expect(d.document).toMatchObject({ title: '2024年汕尾市民政工作要点', titleDerived: false, issuer: '汕尾市民政局' });
  });
});
