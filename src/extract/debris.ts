// Page debris: what a web page wraps around a document (navigation, share widgets,
// download links, font-size switches, view counters).
//
// Decision: debris is NOT removed from the text. ExtractedDocument.text is exactly
// normalizeText(decoded) and every offset points into it; instead the parsers ask
// classifyLine() and skip what is not body: structure.ts never starts a section or
// task on a debris/metadata line and trims such lines off the end of a task's span,
// metadata.ts reads the METADATA lines (索引号, 文号, 发布机构, 发布日期, 来源 …) and
// ignores the DEBRIS ones. One text, one offset space, nothing rewritten.

export type LineKind = 'DEBRIS' | 'METADATA' | 'BODY';

// Whole-line widgets and links.
const DEBRIS_LINE = new RegExp(
  '^(?:' +
    [
      '我要收藏', '加入收藏', '公共资源调用站点', '文章分享', '分享到[::]?.*', '分享[::].*', '扫一扫.*', '手机扫.*', '微信扫.*',
      '附件下载[::]?', '文件下载[::]?', '关联文件[::]?.*', '相关文件[::]?', '相关链接[::]?', '相关阅读[::]?',
      '相关解读', '(?:文字|图片|视频|访谈|图文|政策)解读', '媒体报道', '打印本页', '打印', '关闭窗口', '关闭',
      '返回顶部', '返回列表', '[(\\[【]?责任编辑[::].*', '上一篇[::]?.*', '下一篇[::]?.*', '编辑[::].*',
      '(?:浏览|阅读|访问|点击)(?:次数|量|数)?[::]\\s*\\d*.*', '当前位置[::].*', '您(?:现在)?的位置[::].*',
      '首页\\s*>.*', '\\d{1,7}', '(?:微信|微博|QQ空间|QQ|朋友圈)(?:\\s*(?:微信|微博|QQ空间|QQ|朋友圈))*',
      '时间[::]\\s*\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}.*',
      // Site footer: after the last task of a page, it would otherwise end up in that task's text.
      '(?:主办|承办|协办|主管)单位[::].*', '技术支持[::].*', '网站标识码.*', '版权所有.*', '(?:Copyright|©).*',
      '.{0,20}(?:ICP备|ICP证|公网安备).*', '网站地图.*', '联系我们.*',
    ].join('|') +
    ')$',
);

// A line made only of bracketed widgets: 【字体:大 中 小】【打印】【关闭】
const WIDGET_LINE = /^(?:\s*[【\[](?:字体|字号|打印|关闭|收藏|分享|大|中|小|背景色|默认)[^】\]]*[】\]]\s*)+$/;
const FONT_SWITCH = /字[体号][::]?\s*\[?大\]?\s*\[?中\]?\s*\[?小\]?/;

// Cover-sheet fields of a government page; metadata.ts reads them. Bullets like "•" may precede.
export const METADATA_LINE =
  /^[•·●▪■\-*]?\s*(索\s*引\s*号|(?:备注\s*\/\s*)?文\s*号|发文字号|发布机构|发文机关|公文生成日期|生成日期|成文日期|发布日期|发布时间|发文日期|(?:文章|信息)?来\s*源|主题分类|公开方式|有效性)\s*[::]\s*(.*)$/;

export function classifyLine(line: string): LineKind {
  const s = line.trim();
  if (METADATA_LINE.test(s)) return 'METADATA';
  if (s.length <= 80 && (DEBRIS_LINE.test(s) || WIDGET_LINE.test(s) || (FONT_SWITCH.test(s) && s.length <= 40))) return 'DEBRIS';
  return 'BODY';
}

/** `[field, value]` of a metadata line (`发布机构:厦门市民政局` → ['发布机构', '厦门市民政局']), field with spaces removed. */
export function metadataField(line: string): [string, string] | null {
  const m = METADATA_LINE.exec(line.trim());
  return m ? [m[1]!.replace(/\s+/g, '').replace(/^备注\//, ''), m[2]!.trim()] : null;
}
