/**
 * Calendar buckets of the analysis timeline: an article's publication day,
 * and the day, ISO 8601 week (Monday first, week 1 holds the year's first
 * Thursday: "2026-W01") or month it falls in; and every bucket between two
 * days, so that empty ones are shown as zeros rather than skipped. Dates are
 * ISO strings read as calendar days (UTC), never as local time.
 */

import type { TimeInterval } from './analysis-types';
import { AppFailure } from './result';

/** Most buckets one timeline shows (27 years of weeks, 13 of days). */
export const MAX_BUCKETS = 5000;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/u;

/** A bucket: its key ("2026-03-02", "2026-W10", "2026-03") and its first day. */
export interface BucketKey {
  key: string;
  start: string;
}

/** The publication day (YYYY-MM-DD) of an article date ("" or malformed: null, the article is undated). */
export function dayOf(date: string): string | null {
  const m = ISO_DAY.exec(date);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(time) || isoDay(time) !== m[0] ? null : m[0];
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
const timeOf = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO week of `day`: its key and its Monday. */
function isoWeek(day: string): BucketKey {
  const time = timeOf(day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = time - weekday * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { key: `${year}-W${pad(week)}`, start: isoDay(monday) };
}

/** The bucket of `interval` that day `day` (YYYY-MM-DD) falls in. */
export function bucketOf(day: string, interval: TimeInterval): BucketKey {
  if (interval === 'day') return { key: day, start: day };
  if (interval === 'week') return isoWeek(day);
  return { key: day.slice(0, 7), start: `${day.slice(0, 7)}-01` };
}

/** The start of the bucket after the one starting on `start` (a day, a week or a month on). */
function nextStart(start: string, interval: TimeInterval): string {
  const time = timeOf(start);
  if (interval === 'day') return isoDay(time + DAY_MS);
  if (interval === 'week') return isoDay(time + 7 * DAY_MS);
  const d = new Date(time);
  return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/**
 * Every bucket from the one holding `first` to the one holding `last` (days,
 * first ≤ last), in order. Throws AppFailure('out-of-range') past MAX_BUCKETS.
 */
export function bucketRange(first: string, last: string, interval: TimeInterval): BucketKey[] {
  const out: BucketKey[] = [];
  const end = bucketOf(last, interval).start;
  for (let start = bucketOf(first, interval).start; start <= end; start = nextStart(start, interval)) {
    if (out.length >= MAX_BUCKETS) {
      throw new AppFailure(
        'out-of-range',
        `More than ${MAX_BUCKETS} ${interval}s: choose a longer interval`,
        {
          field: 'interval',
        },
      );
    }
    out.push(bucketOf(start, interval));
  }
  return out;
}
