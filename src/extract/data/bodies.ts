// What the grammar of a body's name cannot know: the standard short forms of
// agencies' names (发改委 is 发展和改革委员会) and traditional characters. Both
// are data; the grammar itself (level + stem + body word) is in ../bodies.ts.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Short form → full form of the part after the level prefix (市发改委 → 市 + 发展和改革委员会).
 * Matched at the end of a name, longest first, so 市委编办 becomes 市委机构编制委员会办公室.
 */
export const BODY_ABBREVIATIONS: Record<string, string> = {
  发改委: '发展和改革委员会',
  发展改革委: '发展和改革委员会',
  发改局: '发展和改革局',
  发展改革局: '发展和改革局',
  人社局: '人力资源和社会保障局',
  人力资源社会保障局: '人力资源和社会保障局',
  人社厅: '人力资源和社会保障厅',
  人力资源社会保障厅: '人力资源和社会保障厅',
  人力资源社会保障部: '人力资源和社会保障部',
  卫健委: '卫生健康委员会',
  卫生健康委: '卫生健康委员会',
  卫健局: '卫生健康局',
  医保局: '医疗保障局',
  市场监管局: '市场监督管理局',
  市场监管总局: '市场监督管理总局',
  住建局: '住房和城乡建设局',
  住房城乡建设局: '住房和城乡建设局',
  住建厅: '住房和城乡建设厅',
  住房城乡建设厅: '住房和城乡建设厅',
  住建委: '住房和城乡建设委员会',
  住房城乡建设委: '住房和城乡建设委员会',
  住房城乡建设部: '住房和城乡建设部',
  工信局: '工业和信息化局',
  工信厅: '工业和信息化厅',
  科技局: '科学技术局',
  科技厅: '科学技术厅',
  退役军人局: '退役军人事务局',
  退役军人厅: '退役军人事务厅',
  应急局: '应急管理局',
  应急厅: '应急管理厅',
  文旅局: '文化和旅游局',
  文化旅游局: '文化和旅游局',
  文旅厅: '文化和旅游厅',
  文广旅局: '文化广电旅游局',
  交通局: '交通运输局',
  交通厅: '交通运输厅',
  规划资源局: '规划和自然资源局',
  城管局: '城市管理局',
  政数局: '政务服务数据管理局',
  国资委: '国有资产监督管理委员会',
  农业农村委: '农业农村委员会',
  残联: '残疾人联合会',
  妇联: '妇女联合会',
  科协: '科学技术协会',
  侨联: '归国华侨联合会',
  文联: '文学艺术界联合会',
  工商联: '工商业联合会',
  编办: '机构编制委员会办公室',
  网信办: '网络安全和信息化委员会办公室',
  政法委: '政法委员会',
  外办: '外事办公室',
  侨办: '侨务办公室',
  台办: '台湾事务办公室',
  信访办: '信访局',
};

/**
 * Traditional → simplified, one character for one (牽頭單位 is 牵头单位), from OpenCC's
 * character tables (opencc-js): matching runs on the simplified shadow, so offsets hold
 * and mentions are sliced from the text as printed. Regional variants (衞, 羣) are first
 * read as their standard traditional form. Only BMP pairs: a pair that would change the
 * text's length in UTF-16 is left out.
 */
export const SIMPLIFIED = new Map<string, string>();
const pairs = (dict: string) =>
  dict.split('|').map((entry) => entry.split(' ') as [string, string]).filter(([from, to]) => from.length === 1 && to?.length === 1);
const standard = new Map([...pairs(TWVariantsRev), ...pairs(HKVariantsRev)]);
const toSimplified = new Map(pairs(TSCharacters));
// Characters simplified writing uses as they are (显著, 乾坤, 慰藉, 瞭望) stay.
const ALSO_SIMPLIFIED = new Set('著乾藉瞭');
for (const [from, to] of toSimplified) if (from !== to && !ALSO_SIMPLIFIED.has(from)) SIMPLIFIED.set(from, to);
for (const [variant, traditional] of standard) {
  const to = toSimplified.get(traditional) ?? traditional;
  if (variant !== to && !SIMPLIFIED.has(variant) && !ALSO_SIMPLIFIED.has(variant)) SIMPLIFIED.set(variant, to);
}
