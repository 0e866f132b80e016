// Every UI string exists in fi, sv and en, none is empty, and none is left unused; every
// plural message renders with one, two and many, and English verbs agree with the count.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl";
import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import fi from "../messages/fi.json";
import sv from "../messages/sv.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path.includes("generated")) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

const messages = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };
const source = sourceFiles("src").map((file) => readFileSync(file, "utf8")).join("\n");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("messages", () => {
  it.each(["sv", "en"] as const)("%s has exactly the Finnish keys", (locale) => {
    expect([...messages[locale].keys()].sort()).toEqual([...messages.fi.keys()].sort());
  });

  it.each(["fi", "sv", "en"] as const)("%s has no empty string", (locale) => {
    expect([...messages[locale]].filter(([, value]) => value.trim() === "")).toEqual([]);
  });

  it("uses every key: its namespace is loaded and its last part is named in the code", () => {
    const unused = [...messages.fi.keys()].filter((path) => {
      const parts = path.split(".");
      const namespace = parts[0] ?? "";
      const leaf = parts.at(-1) ?? "";
      const loaded = new RegExp(`(?:useTranslations|getTranslations)\\(\\s*["'\`]${escape(namespace)}|namespace: "${escape(namespace)}`).test(source);
      const named = new RegExp(`["'\`.]${escape(leaf)}["'\`]`).test(source);
      return !(loaded && named);
    });
    expect(unused).toEqual([]);
  });
});

const pluralPaths = (locale: keyof typeof messages) => [...messages[locale]].filter(([, text]) => /,\s*plural\s*,/.test(text)).map(([path]) => path);

/** Values for every argument of a message: `count` for plural ones, a word for the rest. */
function argumentsOf(text: string, count: number): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [, name] of text.matchAll(/\{\s*(\w+)\s*,\s*plural/g)) values[name ?? ""] = count;
  for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (name && !(name in values)) values[name] = "sirkus";
  return values;
}

function render(locale: keyof typeof messages, path: string, count: number): string {
  // The formatter next-intl itself uses (use-intl depends on it), given the message text.
  const text = messages[locale].get(path) ?? "";
  return String(new IntlMessageFormat(text, locale).format(argumentsOf(text, count)));
}

describe("plural messages", () => {
  it("exist (the check below has something to check)", () => {
    expect(pluralPaths("en").length).toBeGreaterThan(5);
  });

  for (const locale of ["fi", "sv", "en"] as const) {
    it.each(pluralPaths(locale))(`${locale}: %s renders with 1, 2 and 5`, (path) => {
      for (const count of [1, 2, 5]) {
        const text = render(locale, path, count);
        expect(text, `${path} with ${count}`).not.toMatch(/[{}#]/);
        expect(text.trim(), `${path} with ${count}`).not.toBe("");
      }
      // Two and five read alike apart from the number: no language here has a separate "few".
      expect(render(locale, path, 5)).toBe(render(locale, path, 2).replaceAll("2", "5"));
    });
  }

  it.each(pluralPaths("en"))("en: %s keeps the verb after the counted noun in agreement", (path) => {
    const wordAfterNoun = (text: string, count: number) => new RegExp(`\\b${count} \\p{L}+ (\\p{L}+)`, "u").exec(text)?.[1];
    expect(["match", "are", "were", "have"]).not.toContain(wordAfterNoun(render("en", path, 1), 1));
    for (const count of [2, 5]) expect(["matches", "is", "was", "has"]).not.toContain(wordAfterNoun(render("en", path, count), count));
  });

  it("en: the result count for a search agrees in every branch", () => {
    const t = createTranslator({ locale: "en", messages: en });
    expect(t("ModelsPage.resultCountFor", { count: 0, query: "circus" })).toBe("No models match “circus”");
    expect(t("ModelsPage.resultCountFor", { count: 1, query: "circus" })).toBe("1 model matches “circus”");
    expect(t("ModelsPage.resultCountFor", { count: 2, query: "circus" })).toBe("2 models match “circus”");
  });
});
