import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomXml, type AtomFeed } from "./atom";

const feed: AtomFeed = {
  selfUrl: "https://palaset.example/fi/feed.xml",
  homeUrl: "https://palaset.example/fi/mallit",
  title: "Palaset: uudet ja päivitetyt mallit",
  subtitle: "Osallisuutta vahvistavat toimintamallit",
  author: "Palaset",
  iconUrl: "https://palaset.example/icon.svg",
  entries: [
    {
      url: "https://palaset.example/fi/mallit/a?x=1&y=2",
      title: "Tarinat & pelit <b>]]> ja ]]> taas</b>",
      summary: "Kuvaus </script><script>alert(1)</script>",
      published: new Date("2024-01-02T03:04:05Z"),
      updated: new Date("2025-06-07T08:09:10Z"),
      authors: ["Porin Tukiyhdistys ry", "Rauman Kohtaamo ry"],
      categories: ["nature", "participation"],
    },
    {
      url: "https://palaset.example/fi/mallit/b",
      title: "Toinen",
      summary: "",
      published: new Date("2023-01-01T00:00:00Z"),
      updated: new Date("2023-02-01T00:00:00Z"),
      authors: ["Palaset"],
      categories: [],
    },
  ],
};

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "author", "category", "link"].includes(name) }).parse(xml);

describe("atomXml", () => {
  it("writes a feed whose entries read back as the plain text they were given", () => {
    const { feed: atom } = parse(atomXml(feed));
    expect(atom["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(atom.id).toBe(feed.selfUrl);
    expect(atom.updated).toBe("2025-06-07T08:09:10.000Z");
    const [first] = atom.entry;
    // type="html": the reader unescapes once more, and sees the name as written.
    const html = (text: string) => text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
    expect(first.title["@_type"]).toBe("html");
    expect(html(first.title["#text"])).toBe(feed.entries[0]?.title);
    expect(html(first.summary["#text"])).toBe(feed.entries[0]?.summary);
    expect(first.link[0]["@_href"]).toBe("https://palaset.example/fi/mallit/a?x=1&y=2");
    expect(first.author.map((a: { name: string }) => a.name)).toEqual(["Porin Tukiyhdistys ry", "Rauman Kohtaamo ry"]);
    expect(first.category.map((c: Record<string, string>) => c["@_term"])).toEqual(["nature", "participation"]);
    expect(first.published).toBe("2024-01-02T03:04:05.000Z");
    expect(atom.entry).toHaveLength(2);
  });

  it("keeps markup in a name out of the XML structure", () => {
    const xml = atomXml(feed);
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("<script>");
  });
});
