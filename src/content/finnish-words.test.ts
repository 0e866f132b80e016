import { describe, expect, it } from "vitest";
import { acceptedWord, wordsOfMarkdown, wordsOfMessages } from "./finnish-words";

describe("the Finnish words of a file", () => {
  it("takes message values, not keys or ICU syntax, with their lines", () => {
    const json = '{\n  "ModelsPage": {\n    "resultCount": "{count, plural, =0 {Ei malleja} one {# malli} other {# mallia}}"\n  }\n}\n';
    expect(wordsOfMessages(json)).toEqual(["Ei", "malleja", "malli", "mallia"].map((word) => ({ word, line: 3 })));
  });

  it("leaves out rich-text tags and a bare scheme", () => {
    const json = '{\n  "LinksPage": {\n    "use": "Malli <link>{name}</link> alkaa https:// tai http://"\n  }\n}\n';
    expect(wordsOfMessages(json).map((w) => w.word)).toEqual(["Malli", "alkaa", "tai"]);
  });

  it("takes front matter values and the body, not keys, section names or addresses", () => {
    const md = "---\nname: Luonto ja osallisuus\n---\n## basic-idea\n\nLue [lisää](https://example.fi/x) sivustolta snsl.fi.\n";
    expect(wordsOfMarkdown(md).map((w) => `${w.line}:${w.word}`)).toEqual(["2:Luonto", "2:ja", "2:osallisuus", "6:Lue", "6:lisää", "6:sivustolta"]);
  });

  it("checks hyphenated compounds part by part and skips a first part cut short", () => {
    expect(wordsOfMarkdown("Palaset-palvelussa sosiaali- ja terveyspalvelut").map((w) => w.word)).toEqual(["Palaset", "palvelussa", "ja", "terveyspalvelut"]);
  });

  it("accepts a listed name with a case ending, and nothing else built on it", () => {
    const accepted = new Set(["sokra", "javascript"]);
    expect(["Sokra", "Sokrassa", "Sokran", "JavaScriptiä"].every((w) => acceptedWord(w, accepted))).toBe(true);
    expect(acceptedWord("Sokrakka", accepted)).toBe(false);
  });
});
