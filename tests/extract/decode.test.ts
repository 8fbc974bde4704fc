import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import { decodeDocument, decodeText, ExtractionError, htmlToText, looksLikeHtml } from '../../src/extract/decode.js';

const SAMPLE = '2022年全市民政工作要点\n一、健全社会救助体系\n1.完善分层分类社会救助体系。加强社会救助资源统筹。\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function failure(fn: () => unknown): ExtractionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExtractionError) return e;
    throw e;
  }
  throw new Error('expected an ExtractionError');
}

describe('decodeDocument: encodings', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeDocument(utf8(SAMPLE), 'a.txt')).toBe(SAMPLE);
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], utf8(SAMPLE)), 'a.txt')).toBe(SAMPLE);
  });

  it('reads UTF-16 with a BOM, little and big endian', () => {
    expect(decodeDocument(bytes([0xff, 0xfe], iconv.encode(SAMPLE, 'utf16le')), 'a.txt')).toBe(SAMPLE);
    expect(decodeDocument(bytes([0xfe, 0xff], iconv.encode(SAMPLE, 'utf16be')), 'a.txt')).toBe(SAMPLE);
  });

  it('detects GB18030 and GBK when the bytes are not UTF-8', () => {
    expect(decodeDocument(iconv.encode(SAMPLE, 'gb18030'), 'a.txt')).toBe(SAMPLE);
    expect(decodeDocument(iconv.encode(SAMPLE, 'gbk'), 'a.txt')).toBe(SAMPLE);
    const punctuation = '（一）做好孤儿、事实无人抚养儿童保障工作：确保“应保尽保”。①《条例》';
    expect(decodeDocument(iconv.encode(punctuation, 'gb18030'), 'a.txt')).toBe(punctuation);
  });

  it('refuses bytes that are neither UTF-8 nor plausible GB18030', () => {
    expect(failure(() => decodeDocument(bytes([0x41, 0x80, 0x42, 0xff, 0x43]), 'odd.txt')).message).toBe(
      'odd.txt: undecodable text: neither UTF-8 nor GB18030/GBK',
    );
  });
});

describe('decodeDocument: refusals', () => {
  it('names the file and says what is wrong', () => {
    expect(failure(() => decodeDocument(new Uint8Array(), 'empty.txt')).message).toBe('empty.txt: empty file');
    expect(failure(() => decodeDocument(utf8(' \n\t\u3000\n'), 'blank.txt')).message).toBe('blank.txt: empty file (only whitespace)');
    expect(failure(() => decodeDocument(bytes(utf8('abc'), [0, 1, 2], utf8('def')), 'xyz.pdf')).message).toBe(
      'xyz.pdf: binary file (not text): found NUL bytes',
    );
    expect(failure(() => decodeDocument(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'plan.pdf')).message).toBe(
      'plan.pdf: binary file (not text): looks like a PDF document',
    );
    expect(failure(() => decodeDocument(bytes([0x50, 0x4b, 0x03, 0x04, 0x14]), 'plan.docx')).message).toMatch(/^plan\.docx: binary file \(not text\): looks like a ZIP/);
    const controls = bytes(...Array.from({ length: 50 }, () => [0x41, 0x01, 0x02, 0x41]));
    expect(failure(() => decodeDocument(controls, 'c.bin')).message).toMatch(/^c\.bin: binary file \(not text\): \d+% control characters$/);
  });

  it('refuses files above the size limit, which is configurable', () => {
    const e = failure(() => decodeDocument(utf8('一'.repeat(1000)), 'big.txt', { maxBytes: 1000 }));
    expect(e.message).toBe('big.txt: too large: 2.9 KB (limit 1000 bytes)');
    expect(e.file).toBe('big.txt');
    expect(decodeDocument(utf8('一'.repeat(1000)), 'big.txt', { maxBytes: 3000 })).toHaveLength(1000);
  });

  it('applies the emptiness checks to strings too', () => {
    expect(failure(() => decodeText('', 's.txt')).message).toBe('s.txt: empty file');
    expect(failure(() => decodeText('\u00a0 \n', 's.txt')).message).toBe('s.txt: empty file (only whitespace)');
    expect(failure(() => decodeText('<html><body><script>x()</script></body></html>', 'p.html')).message).toBe(
      'p.html: no text content (HTML page without text)',
    );
  });
});

describe('HTML pages', () => {
  const page = `<!DOCTYPE html>
<html><head><meta charset="gbk"><title>页面标题</title><style>p { color: red }</style></head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/x">通知公告</a></nav>
<header><div class="logo">某某市民政局</div></header>
<div class="content">
<h1>2022年全市民政工作要点</h1>
<p>一、健全社会救助体系</p>
<p>1.完善分层分类
社会救助体系。落实《福建省实施<中华人民共和国未成年人保护法>办法》&amp;《条例》。</p>
<div>2.提升&nbsp;水平&#12288;(二)&#x4E00;是<br>第二行</div>
<table><tr><td>单元格一</td><td>单元格二</td></tr></table>
<script>var s = "<p>不是正文</p>";</script>
</div>
<footer>版权所有</footer>
</body></html>`;

  it('recognises a page and keeps only its text, one block per line', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml(SAMPLE)).toBe(false);
    expect(looksLikeHtml('落实《福建省实施<中华人民共和国未成年人保护法>办法》')).toBe(false);
    const lines = normalizeText(htmlToText(page)).split('\n');
    expect(lines).toEqual([
      '2022年全市民政工作要点',
      '一、健全社会救助体系',
      '1.完善分层分类 社会救助体系。落实《福建省实施<中华人民共和国未成年人保护法>办法》&《条例》。',
      '2.提升 水平 (二)一是',
      '第二行',
      '单元格一 单元格二',
    ]);
  });

  it('honours <meta charset> and decodes a GBK page', () => {
    const decoded = decodeDocument(iconv.encode(page, 'gbk'), 'page.html');
    expect(decoded).toContain('2022年全市民政工作要点');
    expect(decoded).not.toContain('首页');
    expect(decoded).not.toContain('不是正文');
    expect(decoded).not.toContain('版权所有');
  });
});
