// Reads of promises: indicators and deadlines across the graph (the `deadlines` and
// `indicators` queries, a supervisor's timeline) and the source of one fetched alone.
import type { IndicatorKind } from '../model.js';
import type { GraphReader } from '../reader.js';
import { listRead } from './batch.js';
import { regionForms } from './name.js';
import { readPage } from './page.js';
import type { DeadlineRow, EvidenceRow, IndicatorRow, PageWindow, TaskRow } from './rows.js';

/** Where a deadline stands on a given day (督查督办's traffic light). */
export const DEADLINE_STATUSES = ['OPEN', 'DUE_SOON', 'OVERDUE', 'UNDATED'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** How many days after the day asked about count as DUE_SOON, unless a request says. */
export const DEFAULT_DUE_SOON_DAYS = 30;
/** The widest DUE_SOON window a request may ask for: a year. */
export const MAX_DUE_SOON_DAYS = 366;

/** Today in a time zone, as yyyy-mm-dd (default China's: the plans' own calendar). */
export function todayIn(timeZone = 'Asia/Shanghai', now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A day as the graph stores dates: yyyy-mm-dd. */
export const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** The day `days` after `day` (both yyyy-mm-dd). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The status of a deadline dated `date` on day `asOf`: DUE_SOON within `soonDays` days (both ends included). The page's Cypher applies the same rule. */
export function deadlineStatus(date: string | null, asOf: string, soonDays: number): DeadlineStatus {
  if (date === null) return 'UNDATED';
  if (date < asOf) return 'OVERDUE';
  return date <= addDays(asOf, soonDays) ? 'DUE_SOON' : 'OPEN';
}

/** Filters shared by both timelines: where the promising task sits. Department and organization: id or name. */
type PromiseScope = {
  documentId?: string | null;
  region?: string | null;
  year?: number | null;
  department?: string | null;
  organization?: string | null;
};

export type DeadlineQuery = PromiseScope & {
  dueBefore?: string | null;
  dueAfter?: string | null;
  status?: DeadlineStatus | null;
  /** The day statuses are relative to, and how many days ahead count as DUE_SOON. */
  asOf: string;
  soonDays: number;
};

export type IndicatorQuery = PromiseScope & {
  kind?: IndicatorKind | null;
  unit?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
};

const scope = (q: PromiseScope) => ({
  documentId: q.documentId ?? null,
  regions: q.region == null ? null : regionForms(q.region),
  year: q.year ?? null,
  department: q.department ?? null,
  organization: q.organization ?? null,
});

export const promiseReads = {
  /** Deadlines on a timeline: dated by date, then the undated. */
  deadlines: (reader: GraphReader, q: DeadlineQuery, w: PageWindow) =>
    readPage<DeadlineRow>(
      reader,
      'read/deadline/page',
      {
        ...scope(q),
        dueBefore: q.dueBefore ?? null,
        dueAfter: q.dueAfter ?? null,
        status: q.status ?? null,
        asOf: q.asOf,
        soonUntil: addDays(q.asOf, q.soonDays),
      },
      w,
    ),
  /** Indicators by document, then reading order. */
  indicators: (reader: GraphReader, q: IndicatorQuery, w: PageWindow) =>
    readPage<IndicatorRow>(
      reader,
      'read/indicator/page',
      { ...scope(q), kind: q.kind ?? null, unit: q.unit ?? null, minValue: q.minValue ?? null, maxValue: q.maxValue ?? null },
      w,
    ),
  /** The task that makes the promise and the evidence of its HAS_INDICATOR / HAS_DEADLINE. */
  source: listRead<{ task: TaskRow; evidence: EvidenceRow }>('read/promise/source'),
};
