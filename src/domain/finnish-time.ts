// The catalogue's days are Finnish days: a date typed or stamped here is the date in Helsinki,
// whatever the server's own time zone. Times are stored in UTC and typed and shown in Finnish time.
import { TZDate } from "@date-fns/tz";

/** Today in Helsinki, as YYYY-MM-DD. */
export const finnishToday = (now = new Date()) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(now);

const helsinki = "Europe/Helsinki";

/**
 * The moment a Finnish wall-clock time names: "2027-03-28T09:30" (seconds optional) -> a Date
 * in UTC. @date-fns/tz knows the daylight-saving rules: a time skipped when clocks go forward
 * moves on by the gap; an hour that repeats when they go back is taken the first time.
 */
export function fromFinnishTime(value: string): Date | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((n) => Number(parts[n] ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const moment = new TZDate(year, month - 1, day, hour, minute, second, helsinki);
  // 31 February rolls over into March: refuse it rather than schedule the wrong day.
  if (moment.getDate() !== day) return null;
  return new Date(moment.getTime());
}

/** The Finnish wall-clock time of a moment, as a datetime-local input takes it: "2027-03-28T09:30". */
export function toFinnishTime(moment: Date): string {
  const local = new TZDate(moment.getTime(), helsinki);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())}T${two(local.getHours())}:${two(local.getMinutes())}`;
}
