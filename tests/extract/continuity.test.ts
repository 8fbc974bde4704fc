import { describe, expect, it } from 'vitest';
import { matchPlanPairs, matchTasks, sharedPhrases } from '../../src/extract/continuity.js';

describe('sharedPhrases', () => {
  it('gives the maximal phrases both print, longest first, quotes and brackets ignored', () => {
    expect(sharedPhrases('新增普惠型养老床位500张以上,加快推动翔安区高端养老项目落地', '加快推动翔安区养老项目,新增普惠型养老床位800张')).toEqual(['新增普惠型养老床位', '加快推动翔安区', '养老项目']);
    expect(sharedPhrases('推进“近邻+养老”服务', '推进近邻养老服务')).toEqual(['推进近邻养老服务']);
    // A phrase stops at a pause (。,;:、).
    expect(sharedPhrases('加强管理。提升服务水平', '加强管理提升服务水平')).toEqual(['提升服务水平', '加强管理']);
    expect(sharedPhrases('婚姻登记', '殡葬管理')).toEqual([]);
  });
});

describe('matchTasks', () => {
  const earlier = [
    { id: 'a1', title: '加强养老服务设施建设', text: '新增普惠型养老床位500张,建设8个养老服务照料中心。' },
    { id: 'a2', title: '规范婚姻登记管理', text: '推进婚姻登记“跨省通办”,开展婚俗改革。' },
    { id: 'a3', title: '做好地名管理', text: '宣传贯彻新修订的《地名管理条例》。' },
  ];
  const later = [
    { id: 'b1', title: '深化婚姻登记管理', text: '巩固婚姻登记“跨省通办”成果,深化婚俗改革。' },
    { id: 'b2', title: '加强养老服务设施建设', text: '新增普惠型养老床位800张,建设10个养老服务照料中心。' },
    { id: 'b3', title: '推进殡葬改革', text: '推进节地生态安葬。' },
  ];

  it('pairs each later task with the earlier one it restates, one to one, in the later order', () => {
    const pairs = matchTasks(earlier, later);
    expect(pairs.map((p) => [p.to, p.from])).toEqual([
      ['b1', 'a2'],
      ['b2', 'a1'],
    ]);
    expect(pairs[1]!.phrases).toEqual(['加强养老服务设施建设', '个养老服务照料中心', '新增普惠型养老床位']);
    expect(pairs[1]!.similarity).toBeGreaterThan(0.8);
  });

  it('leaves new and dropped work unpaired, and never pairs one task twice', () => {
    const pairs = matchTasks(earlier, [...later, { ...later[1]!, id: 'b4' }]);
    expect(pairs.filter((p) => p.from === 'a1')).toHaveLength(1);
    expect(pairs.some((p) => p.to === 'b3' || p.from === 'a3')).toBe(false);
  });

  it('matches many pairs of plans as matchTasks matches each, a plan that several follow read once', () => {
    const alsoLater = [{ id: 'c1', title: '做好地名管理工作', text: '宣传贯彻新修订的《地名管理条例》,规范地名命名。' }];
    const plans = new Map([
      ['A', earlier],
      ['B', later],
      ['C', alsoLater],
    ]);
    const pairs = matchPlanPairs(plans, [
      ['B', 'A'],
      ['C', 'A'],
      ['C', 'B'],
    ]);
    expect(pairs).toEqual([...matchTasks(earlier, later), ...matchTasks(earlier, alsoLater), ...matchTasks(later, alsoLater)]);
    expect(pairs.map((p) => [p.to, p.from])).toEqual([
      ['b1', 'a2'],
      ['b2', 'a1'],
      ['c1', 'a3'],
    ]);
  });
});
