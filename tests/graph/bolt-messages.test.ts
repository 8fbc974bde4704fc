// Large answers arrive as Bolt messages in many pieces; connection.ts joins them
// before the driver decodes (joinBoltMessagePieces). These read such answers back
// from the real Neo4j, with characters split between chunks, and check every value.
// Requests go out whole (writeBoltMessagesWhole): one socket write for a statement of
// a few KB, and large parameters still arrive intact.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { BOLT_WRITE_BUFFER, joinBoltMessagePieces, writeBoltMessagesWhole } from '../../src/graph/connection.js';
import { closeTestDriver, testDriver, testInfo } from '../setup/db.js';

afterAll(closeTestDriver);

const read = (cypher: string, params: Record<string, unknown> = {}) =>
  testDriver().executeQuery(cypher, params, { database: testInfo().database, routing: 'READ' });

describe('Bolt messages in several pieces', () => {
  it('are joined by the patch this driver version accepts', () => {
    // False would mean a driver upgrade moved the Dechunker: large answers would still
    // be right, only slower (bench:api Q2).
    expect(joinBoltMessagePieces()).toBe(true);
  });

  it('decode a 600 KB string whose three-byte characters straddle chunk boundaries', async () => {
    const text = `${'民政'.repeat(100_000)}a${'养老服务'.repeat(1_000)}`;
    const { records } = await read('RETURN $text AS text, size($text) AS length', { text });
    expect(records[0]!.get('length').toNumber()).toBe(204_001);
    expect(records[0]!.get('text')).toBe(text);
  });

  it('decode a record of 10,000 maps (about 500 KB) and the records after it', async () => {
    const { records } = await read(
      `UNWIND range(0, 9999) AS i
       WITH collect({id: 'dept_' + toString(i), name: '某某市民政局社会事务科' + toString(i), taskCount: i}) AS items
       UNWIND [items, items[0..2]] AS part
       RETURN part`,
    );
    const [whole, head] = records.map((r) => r.get('part') as { id: string; name: string; taskCount: { toNumber(): number } }[]);
    expect(whole).toHaveLength(10_000);
    expect(whole![9_999]!.id).toBe('dept_9999');
    expect(whole![9_999]!.name).toBe('某某市民政局社会事务科9999');
    expect(whole!.every((d, i) => d.name === `某某市民政局社会事务科${i}` && d.taskCount.toNumber() === i)).toBe(true);
    expect(head!.map((d) => d.id)).toEqual(['dept_0', 'dept_1']);
  });

  it('go out in one socket write for a request of a few KB, and a large parameter arrives intact', async () => {
    expect(writeBoltMessagesWhole()).toBe(true);
    const port = Number(new URL(testInfo().uri).port);
    const write = net.Socket.prototype.write;
    let writes = 0;
    net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) {
      if (this.remotePort === port) writes++;
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as typeof write;
    const session = testDriver().session({ database: testInfo().database });
    try {
      await session.run('RETURN 1');
      // A 3 KB statement (the longest of cypher/read are 2–3 KB): RUN and PULL in one write, where 1,400-byte buffers took three.
      const long = `RETURN size($text) AS length // ${'注释'.repeat(500)}`;
      writes = 0;
      const one = await session.run(long, { text: 'x' });
      expect([writes, one.records[0]!.get('length').toNumber()]).toEqual([1, 1]);
      // A parameter of 300 KB (three-byte characters across the buffers' edges) goes out in buffers of BOLT_WRITE_BUFFER.
      const text = `${'民政'.repeat(50_000)}a${'养老服务'.repeat(500)}`;
      writes = 0;
      const big = await session.run('RETURN $text = $expected AS same, size($text) AS length', { text, expected: text });
      expect([big.records[0]!.get('same'), big.records[0]!.get('length').toNumber()]).toEqual([true, 102_001]);
      expect(writes).toBe(Math.ceil((2 * Buffer.byteLength(text)) / (BOLT_WRITE_BUFFER - 2)));
    } finally {
      net.Socket.prototype.write = write;
      await session.close();
    }
  });
});
