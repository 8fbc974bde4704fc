// The corpus the load-equivalence tests share (ingest-batch, bulk-import): the seeds, 40
// generated plans (issuers and years repeat, so departments, regulations, populations and
// plan-to-plan links are shared), and two small plans where an outside body is named
// before the plan it issues. And a dump of a whole graph to compare loads by.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isInt } from 'neo4j-driver';
import { generateDocument, loadMaterial } from '../../bench/corpus.js';
import type { Graph } from '../../src/graph/connection.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

export function sampleCorpus(): Array<{ name: string; bytes: Uint8Array }> {
  const material = loadMaterial(SEEDS);
  const files: Array<{ name: string; bytes: Uint8Array }> = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) }));
  for (let i = 0; i < 40; i++) {
    const g = generateDocument(material, i);
    files.push({ name: g.fileName, bytes: g.bytes });
  }
  // An outside body named before the plan it issues: the batch writes every issuer before any body.
  files.push(
    { name: 'shenzhen-division.txt', bytes: Buffer.from('深圳市民政局关于印发2025年养老服务工作任务分工的通知\n一、养老服务\n1.推进居家养老服务。(牵头单位:广州市民政局、深圳市卫生健康委员会;配合单位:社会救助科)\n') },
    { name: 'guangzhou-plan.txt', bytes: Buffer.from('广州市民政局2025年工作要点\n一、社会救助\n1.完善救助,贯彻《社会救助暂行办法》。{牵头科室:社会救助科}\n') },
  );
  return files;
}

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

/** A value with its properties in name order: Neo4j returns them in the order it stored them, which says nothing about the graph. */
const canonical = (value: unknown): unknown => {
  if (isInt(value)) return { int: value.toString() };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
};

/** Every node and relationship as sorted text, integers told from floats. */
export async function dumpGraph(graph: Graph): Promise<GraphDump> {
  const run = async (cypher: string) =>
    (await graph.driver.executeQuery(cypher, {}, { database: graph.database, routing: 'READ' })).records.map((r) => {
      const row = r.toObject();
      if (Array.isArray(row.labels)) row.labels = [...row.labels].sort();
      return JSON.stringify(canonical(row));
    }).sort();
  return {
    nodes: await run('MATCH (n) RETURN labels(n) AS labels, n.id AS id, properties(n) AS props'),
    relationships: await run('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props'),
  };
}

/** How many nodes of a label, relationships of a type, a dump holds. */
export const labelled = (dump: GraphDump, label: string) => dump.nodes.filter((n) => (JSON.parse(n) as { labels: string[] }).labels.includes(label)).length;
export const typed = (dump: GraphDump, type: string) => dump.relationships.filter((r) => (JSON.parse(r) as { type: string }).type === type).length;
