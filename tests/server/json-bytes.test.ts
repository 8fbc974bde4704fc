// The response body's encoding (pure: no server, no database): the bytes of
// JSON.stringify, in pieces that never needed one flat string of the whole answer.
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/server/json-bytes.js';
import { EncodedAnswers } from '../../src/server/json-response.js';

const bytesOf = (value: unknown, suffix = '') => Buffer.concat(jsonPieces(value, suffix)).toString('utf8');
const expected = (value: unknown, suffix = '') => (JSON.stringify(value) ?? '') + suffix;
/** V8 allocates a flat string over 128 KB (64 K two-byte characters) in its large-object space. */
const LARGE_OBJECT_BYTES = 128 * 1024;

const NAMES = ['民政局', '财政局', '人力资源和社会保障局', '卫生健康委员会', '残疾人联合会'];
/** bench:api Q2's shape: laws, each with its implementing departments. */
function regulations(count: number, departments: number) {
  return {
    data: {
      regulations: {
        totalCount: count,
        nodes: Array.from({ length: count }, (_, r) => ({
          id: `reg_${r}`,
          title: '中华人民共和国老年人权益保障法',
          kind: 'LAW',
          departments: Array.from({ length: departments }, (_, i) => ({ department: { id: `dept_${r}_${i}`, name: `某某省${i % 50}市${NAMES[i % NAMES.length]}` } })),
        })),
      },
    },
  };
}

/** A small deterministic generator (xorshift), for structures of every shape. */
function randomValue(seed: number) {
  let state = seed || 1;
  const next = () => ((state ^= state << 13), (state ^= state >>> 17), (state ^= state << 5), (state >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const text = () => Array.from({ length: Math.floor(next() * 40) }, () => pick(['民', '政', 'a', '"', '\\', '\n', '\u2028', '\ud800', '😀', ' ', '《', '》'])).join('');
  const value = (depth: number): unknown => {
    const kind = depth > 5 ? pick(['leaf']) : pick(['leaf', 'leaf', 'array', 'object', 'bigArray']);
    if (kind === 'array') return Array.from({ length: Math.floor(next() * 6) }, () => value(depth + 1));
    if (kind === 'bigArray') return Array.from({ length: Math.floor(next() * 3000) }, () => (next() < 0.01 ? value(depth + 1) : { id: text(), n: next() }));
    if (kind === 'object') return Object.fromEntries(Array.from({ length: Math.floor(next() * 6) }, () => [text(), value(depth + 1)]));
    return pick([text(), next() * 1e6, Math.floor(next() * 100), null, true, false, undefined, Number.NaN, Infinity, () => 1, new Date(Date.UTC(2026, 0, 1))]);
  };
  return value(0);
}

describe('jsonPieces', () => {
  it('writes the bytes of JSON.stringify for what JSON.stringify treats specially', () => {
    const values: unknown[] = [
      null, true, 0, -1.5, Number.NaN, Infinity, '民政', 'a"b\\c\n', '\ud800 lone', '😀',
      [], {}, [[]], [{}], { a: [] }, [undefined, () => 1, Symbol('s'), null],
      { a: undefined, b: () => 1, c: 1, [Symbol('s')]: 2 },
      { when: new Date(Date.UTC(2026, 11, 2)) }, new Date(0), Object.assign(Object.create(null), { x: [1, 2] }),
      { toJSON: () => ({ replaced: true }) }, [1, , 3],
    ];
    for (const value of values) expect(bytesOf(value, '\n')).toBe(expected(value, '\n'));
  });

  it('writes an answer of 1,500 departments and one of 5,000 (items larger than a piece) byte for byte', () => {
    for (const [count, departments] of [[5, 300], [5, 1000], [1, 3000]] as const) {
      const answer = regulations(count, departments);
      expect(bytesOf(answer, '\n')).toBe(expected(answer, '\n'));
    }
  });

  it('keeps every piece under V8’s large-object size, unless one string value is larger', () => {
    const answer = regulations(5, 1000);
    const pieces = jsonPieces(answer);
    expect(pieces.length).toBeGreaterThan(4);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(LARGE_OBJECT_BYTES);
    // Small items, then one item alone larger than a piece, then small ones again: the run of items shrinks and grows back.
    const mixed = [...regulations(1, 10).data.regulations.nodes, ...regulations(1, 2000).data.regulations.nodes, ...regulations(30, 10).data.regulations.nodes];
    expect(bytesOf(mixed)).toBe(expected(mixed));
    expect(Math.max(...jsonPieces(mixed).map((p) => p.length))).toBeLessThan(LARGE_OBJECT_BYTES);
    const text = '民'.repeat(100_000);
    expect(bytesOf({ text })).toBe(expected({ text }));
  });

  it('agrees with JSON.stringify on 300 random structures', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomValue(seed);
      expect(bytesOf(value, '\n'), `seed ${seed}`).toBe(expected(value, '\n'));
    }
  });
});

describe('EncodedAnswers', () => {
  it('gives Apollo a ticket for the bytes and the handler the bytes, once', () => {
    const answers = new EncodedAnswers();
    const answer = regulations(2, 3);
    const ticket = answers.stringify(answer);
    expect(ticket.length).toBeLessThan(20);
    expect(Buffer.concat(answers.take(ticket)).toString('utf8')).toBe(JSON.stringify(answer) + '\n');
    // A ticket is exchanged once; what is not a ticket is the body itself.
    expect(Buffer.concat(answers.take(ticket)).toString('utf8')).toBe(ticket);
    expect(Buffer.concat(answers.take('{"data":{}}\n')).toString('utf8')).toBe('{"data":{}}\n');
  });
});
