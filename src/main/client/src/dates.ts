import type { DatePrecision } from './generated/graphql';

/** Days are counted from 1970-01-01 in UTC, so that a `Date` from the API is one whole number. */
const DAY_MS = 86_400_000;

export interface DayRange {
  /** The first day in the range. */
  from: number;
  /** The last day in the range (inclusive). */
  to: number;
}

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the day's week (1970-01-01 was a Thursday). */
export function weekStart(day: number): number {
  return day - ((day + 3) % 7);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDay(day: number): string {
  return dayFormat.format(day * DAY_MS);
}

export function formatShortDay(day: number): string {
  return shortDayFormat.format(day * DAY_MS);
}

export function formatRange(range: DayRange): string {
  return range.from === range.to ? formatDay(range.from) : `${formatDay(range.from)} – ${formatDay(range.to)}`;
}

/** An event's date as precisely as it is known: "10 Sep 2022", "within the week of 10 Sep 2022", "September 2022". */
export function describeDate(date: string | null, precision: DatePrecision): string {
  if (date === null || precision === 'UNKNOWN') {
    return 'date unknown';
  }
  const day = dayNumber(date);
  switch (precision) {
    case 'DAY':
      return formatDay(day);
    case 'WEEK':
      return `within the week of ${formatDay(day)}`;
    case 'MONTH':
      return monthFormat.format(day * DAY_MS);
  }
}

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  DAY: 'known to the day',
  WEEK: 'known to the week',
  MONTH: 'known to the month',
  UNKNOWN: 'not known',
};
