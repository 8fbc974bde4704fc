// Which Cypher a system sends for one request, and what it costs the database:
// a driver wrapper records every statement run through it while recording is on,
// and PROFILE gives each statement's database hits (repeatable, unlike time).
import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan, type Session, type Transaction } from 'neo4j-driver';

export interface Statement {
  query: string;
  params: Record<string, unknown>;
}

export interface RecordingDriver {
  driver: Driver;
  /** Records the statements run until the returned function is called, which gives them back. */
  record(): () => Statement[];
}

type Runner = { run(query: string, params?: Record<string, unknown>): unknown };

/** Wraps executeQuery and every session/transaction `run`; everything else passes through. */
export function recordingDriver(inner: Driver): RecordingDriver {
  let sink: Statement[] | null = null;
  const note = (query: unknown, params: unknown) => {
    if (sink && typeof query === 'string') sink.push({ query, params: (params ?? {}) as Record<string, unknown> });
  };
  const wrapRunner = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, key, receiver) {
        const value = Reflect.get(t, key, receiver);
        if (key === 'run') return (query: string, params?: Record<string, unknown>, ...rest: unknown[]) => (note(query, params), (t as unknown as Runner).run.call(t, query, params, ...(rest as [])));
        return typeof value === 'function' ? value.bind(t) : value;
      },
    });
  const wrapWork =
    (work: (tx: ManagedTransaction) => unknown) =>
    (tx: ManagedTransaction) =>
      work(wrapRunner(tx));
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(s, key, receiver) {
        const value = Reflect.get(s, key, receiver);
        if (key === 'run') return (query: string, params?: Record<string, unknown>, ...rest: unknown[]) => (note(query, params), s.run(query, params, ...(rest as [])));
        if (key === 'executeRead' || key === 'executeWrite' || key === 'readTransaction' || key === 'writeTransaction') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => (value as Function).call(s, wrapWork(work), config);
        }
        if (key === 'beginTransaction') return (config?: unknown) => wrapRunner(s.beginTransaction(config as never) as Transaction);
        return typeof value === 'function' ? value.bind(s) : value;
      },
    });
  const driver = new Proxy(inner, {
    get(d, key, receiver) {
      const value = Reflect.get(d, key, receiver);
      if (key === 'executeQuery') {
        return (query: string, params?: Record<string, unknown>, config?: unknown) => (note(query, params), d.executeQuery(query, params, config as never));
      }
      if (key === 'session') return (config?: unknown) => wrapSession(d.session(config as never));
      return typeof value === 'function' ? value.bind(d) : value;
    },
  });
  return {
    driver,
    record() {
      const statements: Statement[] = [];
      sink = statements;
      return () => {
        sink = null;
        return statements;
      };
    },
  };
}

/** Database hits of one statement, from PROFILE (the statement's own CYPHER options kept in front). */
export async function profileDbHits(driver: Driver, database: string, statement: Statement): Promise<number> {
  const options = /^\s*(CYPHER\b[^\n]*\n)/i.exec(statement.query);
  const query = options ? `${options[1]}PROFILE ${statement.query.slice(options[0].length)}` : `PROFILE ${statement.query}`;
  const { summary } = await driver.executeQuery(query, statement.params, { database, routing: neo4j.routing.READ });
  const sum = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((total, child) => total + sum(child), 0);
  return summary.profile ? sum(summary.profile) : 0;
}
