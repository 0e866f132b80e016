// Every UI string exists in fi, sv and en, none is empty, and none is left unused.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
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
