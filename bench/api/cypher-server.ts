// The baseline: the five questions as hand-written Cypher (cypher/q*.cypher) behind
// the thinnest HTTP endpoint that does the same plumbing as a GraphQL server —
// read a JSON body, run one read, write JSON. POST /q1 … /q5 with the question's
// parameters as the body. The read goes the way our API's reads go (runRead: an
// auto-commit statement in a READ session, one Bolt write), so that the ratio
// measures our GraphQL layer and its extra statements, not a cheaper driver call.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { compactCypher } from '../../src/graph/cypher.js';
import { QUESTION_IDS, type QuestionId, type QuestionParameters } from './questions.js';

export const CYPHER_QUESTIONS: Record<QuestionId, string> = Object.fromEntries(
  QUESTION_IDS.map((q) => [q, compactCypher(readFileSync(join(import.meta.dirname, 'cypher', `${q}.cypher`), 'utf8'))]),
) as Record<QuestionId, string>;

/** The query parameters of a question: the same values the GraphQL systems get, integers as Cypher integers. */
export function cypherParameters(p: QuestionParameters): Record<string, unknown> {
  return { ...p, first: neo4j.int(p.first), limit: neo4j.int(p.limit), phrase: `"${p.text}"` };
}

export async function startCypherServer(driver: Driver, database: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const question = req.url?.slice(1) as QuestionId;
    if (req.method !== 'POST' || !QUESTION_IDS.includes(question)) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        const params = JSON.parse(Buffer.concat(chunks).toString('utf8')) as QuestionParameters;
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        const { records } = await session.run(CYPHER_QUESTIONS[question], cypherParameters(params)).finally(() => session.close());
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ answer: records[0]?.get('answer') ?? null }));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
