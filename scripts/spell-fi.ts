// npm run spell:fi: the Finnish spelling check. Voikko (through Enchant's command-line tool)
// knows Finnish inflection and compounds, which a word list cannot. Words it does not know
// and that are not in content/words-fi.txt are listed as file:line: word; exit 1 if any.
// Needs the Debian packages enchant-2, libenchant-2-voikko and voikko-fi (.ci/run installs them).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { acceptedWord, acceptedWords, wordsOfMarkdown, wordsOfMessages, type WordAt } from "@/content/finnish-words";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function unknownToVoikko(words: string[]): Set<string> {
  try {
    const out = execFileSync("enchant-2", ["-d", "fi", "-l"], { input: words.join("\n"), encoding: "utf8" });
    return new Set(out.split("\n").filter(Boolean));
  } catch (error) {
    console.error("The Finnish spelling check needs Enchant with Voikko: apt-get install enchant-2 libenchant-2-voikko voikko-fi");
    throw error;
  }
}

const accepted = acceptedWords(readFileSync("content/words-fi.txt", "utf8"));
const found: { file: string; at: WordAt }[] = [
  ...files("content").filter((path) => path.endsWith("/fi.md")).flatMap((file) => wordsOfMarkdown(readFileSync(file, "utf8")).map((at) => ({ file, at }))),
  ...wordsOfMessages(readFileSync("messages/fi.json", "utf8")).map((at) => ({ file: "messages/fi.json", at })),
];
const candidates = [...new Set(found.map((f) => f.at.word))].filter((w) => !acceptedWord(w, accepted));
const unknown = unknownToVoikko(candidates);
const problems = found.filter((f) => unknown.has(f.at.word));
for (const { file, at } of problems) console.error(`${file}:${at.line}: ${at.word}`);
if (problems.length > 0) {
  console.error(`${problems.length} word(s) Voikko does not know: correct them, or add names and terms to content/words-fi.txt`);
  process.exitCode = 1;
} else {
  console.log(`Finnish spelling ok: ${found.length} words in ${new Set(found.map((f) => f.file)).size} files`);
}
