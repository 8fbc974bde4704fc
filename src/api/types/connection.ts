// Relay connection types, one pair (XConnection, XEdge) per node type, and the
// function that turns a page read from the graph into one.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { PageRow, PageWindow } from '../../graph/read/rows.js';
import { encodeCursor } from './pagination.js';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionValue<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
}

/** Declares `${name}Connection` and `${name}Edge` for items of type `item`. */
export function connectionType<T extends object>(name: string, item: ClassType<T>, itemDescription?: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => item, { description: itemDescription })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => Int, { description: 'Items in the whole list, not only this page.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [item])
    nodes!: T[];
  }
  return Connection;
}

export function toConnection<T>(page: PageRow<T>, window: PageWindow): ConnectionValue<T> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(window.skip + i), node }));
  return {
    totalCount: page.totalCount,
    edges,
    nodes: page.items,
    pageInfo: {
      hasNextPage: window.skip + page.items.length < page.totalCount,
      hasPreviousPage: window.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
