import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import { classifyLine, metadataField } from '../../src/extract/debris.js';
import { labelOf, parseStructure, titleOf, type DocumentStructure } from '../../src/extract/structure.js';

const parse = (raw: string) => {
  const text = normalizeText(raw);
  return { text, ...parseStructure(text) };
};
const paths = (s: DocumentStructure) => s.tasks.map((t) => t.path.join('/'));

/** Every span must slice out exactly the text it claims. */
function expectConsistentSpans(s: DocumentStructure & { text: string }) {
  for (const t of s.tasks) expect(s.text.slice(t.span.start, t.span.end)).toBe(t.text);
  for (const sec of s.sections) expect(s.text.slice(sec.span.start, sec.span.start + 1)).toBe(s.text[sec.span.start]);
}

describe('page debris', () => {
  it('tells debris and cover-sheet fields from body lines', () => {
    const kinds = (lines: string[]) => lines.map((l) => classifyLine(normalizeText(l)));
    expect(kinds(['当前位置:首页>政务公开>通知公告', '【字体:大 中 小】【打印】【关闭】', '分享到:微信 微博 QQ空间', '时间:2022-07-18 17:35', '我要收藏', '公共资源调用站点', '文章分享', '扫一扫在手机上查看当前页面', '附件下载', '相关解读', '打印本页', '关闭窗口', '浏览次数:1234', '0', '(责任编辑:张三)'])).toEqual(Array(15).fill('DEBRIS'));
    expect(kinds(['• 索 引 号:XM00110-05-01-2022-001', '• 备注/文号:厦民〔2022〕16号', '发布机构:厦门市民政局', '公文生成日期:2022-07-18', '发布日期: 2024-03-27 17:10', '来源: 中国社会报', '文章来源:市民政局'])).toEqual(Array(7).fill('METADATA'));
    // A site footer (held-out 济南 page): else it ends up in the last task.
    expect(kinds(['主办单位:济南市民政局 地址:历下区 邮编:250099', '网站标识码:3701000036 鲁ICP备05001938号', '鲁公网安备 37010202000815号', '技术支持:某某科技有限公司', '版权所有:某市民政局', '网站地图 | 联系我们'])).toEqual(Array(6).fill('DEBRIS'));
    expect(kinds(['1.完善体系。', '分享经验做法,推动工作。', '打印机采购管理'])).toEqual(['BODY', 'BODY', 'BODY']);
    expect(metadataField('• 备注/文号:厦民〔2022〕16号')).toEqual(['文号', '厦民〔2022〕16号']);
  });
});

describe('labels', () => {
  it('accepts the label styles of real documents, normalized', () => {
    expect(labelOf('1.完善')?.number).toBe('1.');
    expect(labelOf('12、完善')?.number).toBe('12.');
    expect(labelOf(normalizeText('１．完善'))?.number).toBe('1.');
    expect(labelOf(normalizeText('（二十八）健全'))?.number).toBe('(二十八)');
    expect(labelOf('(3)建立')?.number).toBe('(3)');
    expect(labelOf('3)建立')?.number).toBe('3)');
    expect(labelOf('②建立')?.number).toBe('②');
  });

  it('rejects numbers that are not labels', () => {
    for (const line of ['1.2万人次享受服务', '49.207公里陆丰陆河线', '2022.3.1起施行', '2024年底前完成', '5G网络', '“6.19”开放日'])
      expect(labelOf(line), line).toBeNull();
  });

  it('takes the title up to the first 。 without an annotation', () => {
    expect(titleOf('完善体系。加强统筹。')).toBe('完善体系');
    expect(titleOf('实施公益慈善事业促进行动')).toBe('实施公益慈善事业促进行动');
    expect(titleOf('加强地名管理{牵头科室:区划地名科}')).toBe('加强地名管理');
    expect(titleOf('主要目标:')).toBe('主要目标');
  });
});

describe('numbered documents', () => {
  const plan = `某市民政局关于印发2023年工作要点的通知
现将《2023年工作要点》印发给你们。
2023年工作要点
2023年,全市民政系统要坚持稳中求进。1.2万名困难群众得到救助。
一、健全社会救助体系。统筹推进。
1.完善救助体系。加强统筹,惠及1.2万人。
2、强化动态监测。一是建立台账。二是定期走访(一)次。
二、提升养老服务
(1)推进设施建设。
①新增床位500张。
②建设助餐点。
(2)加强人才培训。
附件下载
扫一扫在手机上查看当前页面`;

  it('finds chapters, tasks, depths and paths', () => {
    const s = parse(plan);
    expect(s.sections.map((x) => [x.number, x.title, x.order])).toEqual([
      ['一', '健全社会救助体系', 0],
      ['二', '提升养老服务', 1],
    ]);
    expect(paths(s)).toEqual(['一/1.', '一/2.', '二/(1)', '二/(1)/①', '二/(1)/②', '二/(2)']);
    expect(s.tasks.map((t) => t.depth)).toEqual([1, 1, 1, 2, 2, 1]);
    expect(s.tasks.map((t) => t.parent)).toEqual([null, null, null, 2, 2, null]);
    expect(s.tasks.map((t) => t.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(s.numbered).toBe(true);
    expect(s.bodyStart).toBe(s.text.indexOf('一、健全'));
    expectConsistentSpans(s);
  });

  it('keeps 一是…二是… and sentence-internal labels inside their task', () => {
    const s = parse(plan);
    expect(s.tasks[1]!.text).toBe('2、强化动态监测。一是建立台账。二是定期走访(一)次。');
    expect(s.tasks[1]!.title).toBe('强化动态监测');
  });

  it('excludes sub-tasks from a parent and page debris from the last task', () => {
    const s = parse(plan);
    expect(s.tasks[2]!.text).toBe('(1)推进设施建设。');
    expect(s.tasks[5]!.text).toBe('(2)加强人才培训。');
    expect(s.sections[1]!.span.end).toBe(s.tasks[5]!.span.end);
  });

  it('marks a parent with nothing but its heading', () => {
    const s = parse('一、总体\n(一)实施公益慈善事业促进行动\n1.慈善公益助力。推动落实。\n2.巩固成果。\n(二)另一项工作\n开展活动。');
    expect(s.tasks.map((t) => [t.number, t.headingOnly])).toEqual([
      ['(一)', true],
      ['1.', false],
      ['2.', false],
      ['(二)', false],
    ]);
    // A heading on its own line owns the body on the next line.
    expect(s.tasks[3]!.text).toBe('(二)另一项工作\n开展活动。');
    expect(s.tasks[3]!.title).toBe('另一项工作');
  });

  it('a parent with a body or an annotation of its own is not heading-only', () => {
    expect(parse('一、总体\n(一)提升组织生活质量。夯实基层组织建设。\n1.筑牢堡垒。').tasks[0]!.headingOnly).toBe(false);
    expect(parse('一、总体\n(一)提升组织生活质量{牵头科室:办公室}\n1.筑牢堡垒。').tasks[0]!.headingOnly).toBe(false);
    expect(parse('一、总体\n(一)提升组织生活质量。\n1.筑牢堡垒。').tasks[0]!.headingOnly).toBe(true);
  });

  it('decides the hierarchy by the order label styles appear in', () => {
    const s = parse('一、甲\n1.第一项。\n(一)细项。\n(二)细项。\n2.第二项。\n二、乙\n(一)第三项。\n1.细项。');
    expect(paths(s)).toEqual(['一/1.', '一/1./(一)', '一/1./(二)', '一/2.', '二/(一)', '二/(一)/1.']);
  });

  it('numbers across chapters as printed', () => {
    const s = parse('一、甲\n(一)一。\n(二)二。\n二、乙\n(三)三。');
    expect(paths(s)).toEqual(['一/(一)', '一/(二)', '二/(三)']);
  });

  it('uses the next line as title when a label stands alone', () => {
    const s = parse('一、甲\n(一)\n加强管理。具体内容。');
    expect(s.tasks[0]!.title).toBe('加强管理');
  });

  it('without chapters, labelled items are top-level tasks and the front matter is not', () => {
    const s = parse('关于做好救助工作的通知\n各区民政局:\n1.做好排查。\n2.落实保障。\n抄送:市政府办公厅。');
    expect(s.sections).toEqual([]);
    expect(paths(s)).toEqual(['1.', '2.']);
    expect(s.tasks[1]!.text).toBe('2.落实保障。');
  });

  it('stops at an attachment list and trims a trailing signature', () => {
    const s = parse('一、甲\n1.做好排查。\n2.落实保障。\n某某市民政局\n2023年3月1日\n附件:1.任务分工表\n1.附表内容');
    expect(paths(s)).toEqual(['一/1.', '一/2.']);
    expect(s.tasks[1]!.text).toBe('2.落实保障。');
  });
});

describe('narrative documents', () => {
  it('turns 一是/二是 paragraphs of 一、 sections into tasks, skipping the section lead', () => {
    const s = parse('标题\n今年以来,我局扎实推进工作。\n一、突出政治建设\n坚持政治引领。\n一是突出以上率下。带头讲党课。\n二是创新载体形式。评选活动。\n补充说明一段。\n二、强化基础\n三是不会出现。');
    expect(s.numbered).toBe(false);
    expect(paths(s)).toEqual(['一/一是', '一/二是', '二/三是']);
    expect(s.tasks[1]!.text).toBe('二是创新载体形式。评选活动。\n补充说明一段。');
    expect(s.tasks[0]!.title).toBe('突出以上率下');
    expectConsistentSpans(s);
  });

  it('takes sections from unnumbered headings and paragraphs as ¶ tasks', () => {
    const s = parse(`当前位置:首页> 动态要闻
弘扬特区精神 在学思践悟中彰显民政担当
发布日期: 2024-03-27 17:10
某某局长 张三
习近平总书记关于民政工作的重要论述,是党的创新理论在民政领域的具体体现。
在深学细悟中把握正确方向
近年来,厦门民政坚持不懈凝心铸魂。
下一步,我们将全面兴起学习热潮。
在履职尽责中彰显使命担当
在兜底保障方面,践行重要指示。
扫一扫在手机上查看当前页面`);
    expect(s.sections.map((x) => [x.number, x.title])).toEqual([
      ['1', '在深学细悟中把握正确方向'],
      ['2', '在履职尽责中彰显使命担当'],
    ]);
    expect(paths(s)).toEqual(['1/¶1', '1/¶2', '2/¶1']);
    expect(s.tasks[2]!.title).toBe('在兜底保障方面,践行重要指示');
    expect(s.bodyStart).toBe(s.text.indexOf('习近平总书记'));
    expectConsistentSpans(s);
  });

  it('without headings every paragraph is a task', () => {
    const s = parse('一段标题\n第一段内容。\n第二段内容。');
    expect(s.sections).toEqual([]);
    expect(paths(s)).toEqual(['¶1', '¶2']);
  });
});
