// Writes an Atom 1.0 feed with the `feed` package. Everything it takes is plain text with
// absolute addresses; the titles and summaries go out as escaped HTML (the package writes
// them as type="html"), so a name like "<b>" or "]]>" reads as itself in every feed reader.
import { Feed } from "feed";

export type AtomEntry = {
  url: string;
  title: string;
  summary: string;
  published: Date;
  updated: Date;
  authors: string[];
  /** Keys (slugs such as "nature"): the package escapes only & and " in attributes. */
  categories: string[];
};

export type AtomFeed = {
  /** The feed's own address (rel="self"), also its id. */
  selfUrl: string;
  /** The page the feed belongs to (rel="alternate"). */
  homeUrl: string;
  title: string;
  subtitle: string;
  author: string;
  iconUrl: string;
  entries: AtomEntry[];
};

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

export function atomXml(feed: AtomFeed): string {
  const atom = new Feed({
    id: feed.selfUrl,
    title: feed.title,
    description: feed.subtitle,
    link: feed.homeUrl,
    feed: feed.selfUrl,
    author: { name: feed.author },
    favicon: feed.iconUrl,
    generator: false,
    // An empty feed was last updated... never; the epoch says so without inventing a date.
    updated: feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0)),
  });
  for (const entry of feed.entries) {
    atom.addItem({
      id: entry.url,
      link: entry.url,
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.summary),
      date: entry.updated,
      published: entry.published,
      author: entry.authors.map((name) => ({ name })),
      category: entry.categories.map((term) => ({ term })),
    });
  }
  return atom.atom1();
}
