// Who can lead or support a task: the bureau's own units (with their short
// forms) and the outside agencies a civil-affairs plan names. Maintained by hand;
// add an alias here rather than a special case in responsibility.ts.
import type { DepartmentKind } from '../types.js';

export interface DepartmentEntry {
  /** Canonical name (within the issuing bureau for INTERNAL/SUBORDINATE units). */
  name: string;
  kind: DepartmentKind;
  /** Spellings that name the unit on their own, wherever they appear. */
  aliases: string[];
  /**
   * Bare sector words (医保, 公安, 人社) that name an agency only inside a list
   * ending in 部门: "联合公安、城管等部门". Too common to match anywhere.
   */
  short?: string[];
}

/** The bureau's own 科室 and its subordinate groups and units. */
export const DEPARTMENTS: DepartmentEntry[] = [
  { name: '局办公室', kind: 'INTERNAL', aliases: ['局办公室', '办公室'] },
  { name: '局机关党办', kind: 'INTERNAL', aliases: ['局机关党办', '机关党办'] },
  { name: '局机关党委', kind: 'INTERNAL', aliases: ['局机关党委', '机关党委'] },
  { name: '计划财务科', kind: 'INTERNAL', aliases: ['计划财务科', '计财科'] },
  { name: '社会救助科', kind: 'INTERNAL', aliases: ['社会救助科'] },
  { name: '社会福利科', kind: 'INTERNAL', aliases: ['社会福利科'] },
  { name: '社会事务科', kind: 'INTERNAL', aliases: ['社会事务科'] },
  { name: '社会组织管理科', kind: 'INTERNAL', aliases: ['社会组织管理科', '社管科'] },
  { name: '区划地名科', kind: 'INTERNAL', aliases: ['区划地名科'] },
  { name: '养老服务科', kind: 'INTERNAL', aliases: ['养老服务科'] },
  { name: '儿童福利科', kind: 'INTERNAL', aliases: ['儿童福利科'] },
  { name: '政策法规科', kind: 'INTERNAL', aliases: ['政策法规科', '法规科'] },
  { name: '人事科', kind: 'INTERNAL', aliases: ['人事科'] },
  {
    name: '慈善事业促进和社会工作科',
    kind: 'INTERNAL',
    aliases: ['慈善事业促进和社会工作科', '慈善和社工科', '慈善社工科'],
  },
  {
    name: '基层政权建设和社区治理科',
    kind: 'INTERNAL',
    aliases: ['基层政权建设和社区治理科', '基层政权和社区治理科'],
  },
  {
    name: '各县(市、区)民政局',
    kind: 'SUBORDINATE',
    aliases: ['各县(市、区)民政局', '各县(市、区)民政部门'],
  },
  { name: '各县(区)民政局', kind: 'SUBORDINATE', aliases: ['各县(区)民政局', '各县(区)民政部门'] },
  { name: '各区民政局', kind: 'SUBORDINATE', aliases: ['各区民政局'] },
  {
    // 汕尾 writes it both with and without 市局; it is the same group.
    name: '市局各科室及直属单位',
    kind: 'SUBORDINATE',
    aliases: ['市局各科室及直属单位', '各科室及直属单位'],
  },
  { name: '市局各相关科室及直属单位', kind: 'SUBORDINATE', aliases: ['市局各相关科室及直属单位'] },
  {
    name: '市福利彩票发行中心',
    kind: 'SUBORDINATE',
    aliases: ['市福利彩票发行中心', '福利彩票发行中心', '市福彩中心'],
  },
];

/** Agencies of other bureaus and mass organizations: INVOLVES, or a lead/support when an annotation names them. */
export const AGENCIES: DepartmentEntry[] = [
  { name: '医保部门', kind: 'EXTERNAL', aliases: ['医保部门', '医疗保障部门', '医保局', '医疗保障局'], short: ['医保', '医疗保障'] },
  { name: '教育部门', kind: 'EXTERNAL', aliases: ['教育部门', '教育局'], short: ['教育'] },
  {
    name: '住建部门',
    kind: 'EXTERNAL',
    aliases: ['住建部门', '住房城乡建设部门', '住房和城乡建设部门', '住建局'],
    short: ['住建', '住房', '住房城乡建设'],
  },
  {
    name: '人社部门',
    kind: 'EXTERNAL',
    aliases: ['人社部门', '人力资源社会保障部门', '人力资源和社会保障部门', '人社局'],
    short: ['人社', '人力资源社会保障'],
  },
  { name: '应急管理部门', kind: 'EXTERNAL', aliases: ['应急管理部门', '应急管理局'], short: ['应急管理', '应急'] },
  { name: '公安部门', kind: 'EXTERNAL', aliases: ['公安部门', '公安机关', '公安局'], short: ['公安'] },
  { name: '司法行政部门', kind: 'EXTERNAL', aliases: ['司法行政部门', '司法局'], short: ['司法行政', '司法'] },
  {
    name: '卫健部门',
    kind: 'EXTERNAL',
    aliases: ['卫健部门', '卫生健康部门', '卫健委', '卫生健康委', '卫健局'],
    short: ['卫健', '卫生健康', '医疗'],
  },
  { name: '财政部门', kind: 'EXTERNAL', aliases: ['财政部门', '财政局'], short: ['财政'] },
  { name: '税务部门', kind: 'EXTERNAL', aliases: ['税务部门', '税务局'], short: ['税务'] },
  { name: '城管部门', kind: 'EXTERNAL', aliases: ['城管部门', '城市管理部门', '城管局'], short: ['城管', '城市管理'] },
  { name: '环卫部门', kind: 'EXTERNAL', aliases: ['环卫部门'], short: ['环卫'] },
  { name: '林业部门', kind: 'EXTERNAL', aliases: ['林业部门', '林业局'], short: ['林业'] },
  { name: '自然资源部门', kind: 'EXTERNAL', aliases: ['自然资源部门', '自然资源局'], short: ['自然资源'] },
  { name: '政法部门', kind: 'EXTERNAL', aliases: ['政法部门', '政法委'], short: ['政法'] },
  {
    name: '市场监管部门',
    kind: 'EXTERNAL',
    aliases: ['市场监管部门', '市场监督管理部门', '市场监管局'],
    short: ['市场监管'],
  },
  { name: '发展改革部门', kind: 'EXTERNAL', aliases: ['发展改革部门', '发改部门', '发改委'], short: ['发改', '发展改革'] },
  { name: '农业农村部门', kind: 'EXTERNAL', aliases: ['农业农村部门', '农业农村局'], short: ['农业农村'] },
  { name: '乡村振兴部门', kind: 'EXTERNAL', aliases: ['乡村振兴部门', '乡村振兴局'], short: ['乡村振兴'] },
  {
    name: '退役军人事务部门',
    kind: 'EXTERNAL',
    aliases: ['退役军人事务部门', '退役军人事务局'],
    short: ['退役军人事务'],
  },
  { name: '统计部门', kind: 'EXTERNAL', aliases: ['统计部门', '统计局'], short: ['统计'] },
  // Fire inspections of care homes: the fire and rescue service is not a 局 but a 支队/大队.
  {
    name: '消防救援部门',
    kind: 'EXTERNAL',
    aliases: ['消防救援部门', '消防救援机构', '消防救援支队', '消防救援大队'],
    short: ['消防救援', '消防'],
  },
  // 组织部 alone is not listed: it hides inside 党组织部署.
  { name: '市委组织部', kind: 'EXTERNAL', aliases: ['市委组织部', '组织部门'] },
  { name: '市委宣传部', kind: 'EXTERNAL', aliases: ['市委宣传部', '宣传部门'] },
  { name: '残联', kind: 'EXTERNAL', aliases: ['残联', '残疾人联合会'] },
  { name: '妇联', kind: 'EXTERNAL', aliases: ['妇联', '妇女联合会'] },
  // 团委 alone hides inside 集团委托; 工会 inside 职工会议.
  { name: '团委', kind: 'EXTERNAL', aliases: ['团市委', '团区委', '共青团'], short: ['团委'] },
  { name: '工会', kind: 'EXTERNAL', aliases: ['总工会'], short: ['工会'] },
  { name: '慈善总会', kind: 'EXTERNAL', aliases: ['慈善总会'] },
  { name: '红十字会', kind: 'EXTERNAL', aliases: ['红十字会'] },
  { name: '派驻纪检监察组', kind: 'EXTERNAL', aliases: ['派驻纪检监察组'] },
];
