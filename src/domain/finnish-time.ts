// The catalogue's days are Finnish days: a date typed or stamped here is the date in Helsinki,
// whatever the server's own time zone.

/** Today in Helsinki, as YYYY-MM-DD. */
export const finnishToday = (now = new Date()) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(now);
