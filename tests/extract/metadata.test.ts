import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMetadata, namedCity, parseDate, regionOf } from '../../src/extract/metadata.js';
import { normalizeText } from '../../src/extract/normalize.js';
import { parseStructure } from '../../src/extract/structure.js';

const metaOf = (raw: string) => {
  const text = normalizeText(raw);
  return extractMetadata(text, parseStructure(text));
};
const seed = (file: string) => metaOf(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'));

describe('metadata of the seeds', () => {
  it('厦门 2022: cover-letter page with 索引号/文号/发布机构 and a signing date', () => {
    const { meta, warnings } = seed('xiamen-2022-work-plan.txt');
    expect(meta).toEqual({
      title: '2022年全市民政工作要点',
      titleDerived: false,
      issuer: '厦门市民政局',
      issuerSource: 'FIELD',
      issuerEvidence: { start: 58, end: 64, sentence: '• 发布机构:厦门市民政局', sentenceStart: 51 },
      docNumber: '厦民〔2022〕16号',
      publishedAt: '2022-02-23',
      year: 2022,
      region: '厦门市',
      kind: 'WORK_PLAN',
    });
    expect(warnings).toEqual([]);
  });

  it('汕尾 2024: no title line, so one is derived from the bureau the text names', () => {
    const { meta, warnings } = seed('shanwei-2024-work-plan.txt');
    expect(meta).toMatchObject({ title: '汕尾市民政局2024年工作要点', titleDerived: true, issuer: '汕尾市民政局', year: 2024, region: '汕尾市', kind: 'WORK_PLAN', docNumber: null });
    expect(warnings.join()).toContain('derived title');
    // No line names the issuer: composed from the city, and pointed at where the text prints that name.
    expect(meta.issuerSource).toBe('INFERRED');
    expect(meta.issuerEvidence).toMatchObject({ start: 805, end: 811, sentenceStart: 787 });
    expect(meta.issuerEvidence!.sentence).toContain('《中共汕尾市民政局党组关于落实“第一议题”学习制度》');
  });

  it('钦州 2022: title quoted by the cover letter, issuer from the signature', () => {
    const { meta } = seed('qinzhou-2022-work-plan.txt');
    expect(meta).toMatchObject({ title: '2022年钦州民政工作要点', issuer: '钦州市民政局', issuerSource: 'SIGNATURE', publishedAt: '2022-02-09', year: 2022, region: '钦州市', kind: 'WORK_PLAN' });
    expect(meta.issuerEvidence).toEqual({ start: 96, end: 102, sentence: '钦州市民政局', sentenceStart: 96 });
  });

  it('002 article: headline, 发布日期, bureau from the byline', () => {
    const { meta } = seed('xiamen-2024-director-article.txt');
    expect(meta).toMatchObject({ title: '弘扬特区精神 在学思践悟中彰显民政担当', issuer: '厦门市民政局', publishedAt: '2024-03-27', year: 2024, region: '厦门市', kind: 'ARTICLE' });
  });

  it('003 福州: 市民政局 plus the city the text names; no year anywhere', () => {
    const { meta } = seed('fuzhou-party-building-report.txt');
    expect(meta).toMatchObject({ issuer: '福州市民政局', issuerSource: 'INFERRED', issuerEvidence: null, region: '福州市', year: null, publishedAt: null, kind: 'ARTICLE' });
    expect(meta.title).toMatch(/^市民政局:念好“新、牢、实、严”四字诀/);
  });

  it('agrees with seeds/manifest.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../seeds/manifest.json', import.meta.url), 'utf8')) as { file: string; issuer: string; year: number | null; kind: string }[];
    for (const entry of manifest) {
      const { meta } = seed(entry.file);
      expect({ issuer: meta.issuer, year: meta.year, kind: meta.kind }, entry.file).toEqual({ issuer: entry.issuer, year: entry.year, kind: entry.kind });
    }
  });
});

describe('metadata pieces', () => {
  it('parses printed dates', () => {
    expect(parseDate('2022年2月23日')).toBe('2022-02-23');
    expect(parseDate('2022-07-18 17:35')).toBe('2022-07-18');
    expect(parseDate('二〇二二年二月二十三日')).toBe('2022-02-23');
    expect(parseDate('2022年13月1日')).toBeNull();
  });

  it('derives the region from an organ name', () => {
    expect(regionOf('厦门市民政局')).toBe('厦门市');
    expect(regionOf('福建省厦门市民政局')).toBe('厦门市');
    expect(regionOf('广西壮族自治区民政厅')).toBe('广西壮族自治区');
    expect(regionOf('市民政局')).toBeNull();
    expect(regionOf('中共广州市委办公室')).toBe('广州市');
    expect(regionOf('广州市人民政府办公厅')).toBe('广州市');
  });

  it('finds the city a text is about', () => {
    expect(namedCity('中共汕尾市民政局党组。推动汕尾民政事业发展。全市民政系统。')).toBe('汕尾');
    expect(namedCity('福建省厦门市民政局党组书记。厦门民政积极打造。')).toBe('厦门');
    expect(namedCity('全市民政系统要坚持。各市民政局。')).toBeNull();
    // The year before a title's city is not part of its name.
    expect(namedCity('2024年测试市民政工作要点。测试市民政局牵头。')).toBe('测试');
    expect(namedCity('二〇二四年十堰市民政工作要点。')).toBe('十堰');
  });

  it('reads the 文号 field or a number in the front matter, with other brackets', () => {
    expect(metaOf('穗民[2023]5号\n关于印发2023年工作要点的通知\n一、甲\n1.做好工作。').meta.docNumber).toBe('穗民[2023]5号');
    // A number cited in the body is not the document's own.
    expect(metaOf('2023年工作要点\n一、甲\n1.落实厦民〔2022〕16号文件。').meta.docNumber).toBeNull();
  });

  it('takes a plan-like caption before the first chapter as the title', () => {
    const { meta } = metaOf('某某县民政局\n2023年某某县民政工作计划\n一、甲\n1.做好工作。');
    expect(meta).toMatchObject({ title: '2023年某某县民政工作计划', titleDerived: false, year: 2023, kind: 'WORK_PLAN' });
  });

  it('a plan without numbered tasks is an article', () => {
    expect(metaOf('2023年工作要点\n全年要做好工作。').meta.kind).toBe('ARTICLE');
  });
});

describe('where the issuer is read from (issuerSource, issuerEvidence)', () => {
  /** The issuer, its source and the exact slice its evidence points at. */
  const issuerOf = (raw: string) => {
    const text = normalizeText(raw);
    const { meta } = extractMetadata(text, parseStructure(text));
    const ev = meta.issuerEvidence;
    return {
      issuer: meta.issuer,
      source: meta.issuerSource,
      printed: ev ? text.slice(ev.start, ev.end) : null,
      sentence: ev?.sentence ?? null,
      region: meta.region,
    };
  };
  const body = '\n一、总体要求\n1.做好工作。\n';

  it('a government office in a notice title: 广州市人民政府办公厅关于印发…的通知', () => {
    expect(issuerOf(`广州市人民政府办公厅关于印发广州市2024年民生实事分解落实方案的通知\n各区人民政府,市政府各部门:\n现将《广州市2024年民生实事分解落实方案》印发给你们,请认真组织实施。${body}`)).toEqual({
      issuer: '广州市人民政府办公厅',
      source: 'TITLE',
      printed: '广州市人民政府办公厅',
      sentence: '广州市人民政府办公厅关于印发广州市2024年民生实事分解落实方案的通知',
      region: '广州市',
    });
  });

  it('a county government, a ministry office and a party committee office in the title', () => {
    expect(issuerOf(`某某县人民政府关于印发某某县养老服务体系建设实施方案的通知${body}`)).toMatchObject({ issuer: '某某县人民政府', source: 'TITLE', printed: '某某县人民政府', region: '某某县' });
    expect(issuerOf(`民政部办公厅关于印发《2024年民政工作要点》的通知${body}`)).toMatchObject({ issuer: '民政部办公厅', source: 'TITLE', printed: '民政部办公厅', region: null });
    expect(issuerOf(`中共某某市委办公室关于印发某某市社会救助工作任务分工的通知${body}`)).toMatchObject({ issuer: '中共某某市委办公室', source: 'TITLE', printed: '中共某某市委办公室', region: '某某市' });
    // Joint issuers: the first one.
    expect(issuerOf(`中共某某市委办公室 某某市人民政府办公室关于印发某某市实施方案的通知${body}`)).toMatchObject({ issuer: '中共某某市委办公室', source: 'TITLE' });
  });

  it('a bureau opening a plan title: 汕尾市民政局2024年工作要点', () => {
    expect(issuerOf(`汕尾市民政局2024年工作要点${body}`)).toEqual({
      issuer: '汕尾市民政局',
      source: 'TITLE',
      printed: '汕尾市民政局',
      sentence: '汕尾市民政局2024年工作要点',
      region: '汕尾市',
    });
  });

  it('a 发文机关 metadata line, before the title', () => {
    expect(issuerOf(`发文机关:广州市人民政府办公厅\n广州市民政局关于印发2024年工作要点的通知${body}`)).toEqual({
      issuer: '广州市人民政府办公厅',
      source: 'FIELD',
      printed: '广州市人民政府办公厅',
      sentence: '发文机关:广州市人民政府办公厅',
      region: '广州市',
    });
  });

  it('a signature (organ above a date), before the title', () => {
    expect(issuerOf(`关于印发2024年工作要点的通知\n现将《2024年工作要点》印发给你们。\n某某县人民政府办公室\n2024年1月5日\n2024年工作要点${body}`)).toMatchObject({
      issuer: '某某县人民政府办公室',
      source: 'SIGNATURE',
      printed: '某某县人民政府办公室',
    });
  });

  it("the cover letter's header (…文件) when neither title nor signature names the issuer", () => {
    expect(issuerOf(`广州市民政局文件\n穗民〔2024〕3号\n关于印发2024年工作要点的通知${body}`)).toEqual({
      issuer: '广州市民政局',
      source: 'COVER_LETTER',
      printed: '广州市民政局',
      sentence: '广州市民政局文件',
      region: '广州市',
    });
  });

  it('an issuer composed from the city the text names says so, with no evidence when the name is not printed', () => {
    expect(issuerOf('2024年工作要点\n一、总体要求\n1.推动汕尾民政高质量发展,汕尾市各级民政部门要落实。\n')).toEqual({
      issuer: '汕尾市民政局',
      source: 'INFERRED',
      printed: null,
      sentence: null,
      region: '汕尾市',
    });
    expect(issuerOf('2024年工作要点\n一、总体要求\n1.做好工作。\n')).toMatchObject({ issuer: null, source: null, printed: null });
  });
});

describe('a document in traditional characters', () => {
  it('is read as simplified, its title, issuer and 文号 kept as printed', () => {
    const { meta } = metaOf(
      [
        '珠海市人民政府辦公室關於印發珠海市公共服務提升工作方案的通知',
        '珠府辦函〔2024〕56號',
        '一、主要任務',
        '1.完善服務。（牽頭單位：市民政局）',
        '珠海市人民政府辦公室',
        '2024年7月12日',
      ].join('\n'),
    );
    expect(meta.issuer).toBe('珠海市人民政府辦公室');
    expect(meta.issuerSource).toBe('SIGNATURE');
    expect(meta.region).toBe('珠海市');
    expect(meta.docNumber).toBe('珠府辦函〔2024〕56號');
    expect(meta.publishedAt).toBe('2024-07-12');
    expect(meta.year).toBe(2024);
  });
});
