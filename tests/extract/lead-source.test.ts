// Who leads a task when its own text names no lead: its sub-tasks' leads (SUBTASKS),
// else the issuing bureau (ISSUER); and an issuer the caller gives (GIVEN).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const PLAN = [
  '汕尾市民政局2024年工作要点',
  '一、兜底保障',
  '(一)加强社会救助',
  '1.完善低保制度。{牵头科室:社会救助科;责任科室(单位):各县(市、区)民政局}',
  '2.做好临时救助。',
  '(二)推进养老服务',
  '1.建设养老服务网络',
  '(1)发展社区养老。{牵头科室:养老服务科}',
  '(三)做好区划地名工作。',
  '',
].join('\n');

describe('leadSource', () => {
  const doc = extractDocument(PLAN, 'plan.txt');
  const byPath = new Map(doc.tasks.map((t) => [t.path.join(''), t]));

  it('EXPLICIT for own leads, SUBTASKS for a parent whose sub-tasks (any depth) lead, ISSUER otherwise', () => {
    expect(doc.tasks.map((t) => [t.path.join(''), t.leadSource, t.leads.map((l) => l.name)])).toEqual([
      ['一(一)', 'SUBTASKS', []],
      ['一(一)1.', 'EXPLICIT', ['社会救助科']],
      ['一(一)2.', 'ISSUER', []],
      ['一(二)', 'SUBTASKS', []],
      ['一(二)1.', 'SUBTASKS', []],
      ['一(二)1.(1)', 'EXPLICIT', ['养老服务科']],
      ['一(三)', 'ISSUER', []],
    ]);
  });

  it("a parent's own lists stay its own text's (the contract)", () => {
    const parent = byPath.get('一(一)')!;
    expect([parent.leads, parent.supports, parent.agencies]).toEqual([[], [], []]);
  });

  it('the issuer read from the title line, with its evidence', () => {
    const { issuer, issuerSource, issuerEvidence } = doc.document;
    expect({ issuer, issuerSource }).toEqual({ issuer: '汕尾市民政局', issuerSource: 'TITLE' });
    expect(doc.text.slice(issuerEvidence!.start, issuerEvidence!.end)).toBe('汕尾市民政局');
    expect(issuerEvidence!.sentence).toBe('汕尾市民政局2024年工作要点');
  });

  it('an issuer given by the caller is GIVEN, without evidence; other overrides keep the source', () => {
    const given = extractDocument(PLAN, 'plan.txt', { issuer: '广州市民政局' }).document;
    expect([given.issuer, given.issuerSource, given.issuerEvidence]).toEqual(['广州市民政局', 'GIVEN', null]);
    const same = extractDocument(PLAN, 'plan.txt', { issuer: '汕尾市民政局', year: 2025 }).document;
    expect([same.issuer, same.issuerSource, same.year]).toEqual(['汕尾市民政局', 'TITLE', 2025]);
  });
});
