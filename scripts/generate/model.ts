// One synthetic practice model in Finnish, Swedish and English, built from the phrase banks in
// ./phrases.ts so that full-text search meets real inflected words. Deterministic: the same
// random source gives the same model. The files are written by ./catalogue.ts.
import type { Catalogue } from "@/content/load";
import { locales } from "@/domain/locale";
import { dimensionKeys, type DimensionKey, type SectionKey } from "@/domain/model";
import { mulberry32, int, chance, pick, shuffled, some, cap, type Rng } from "./random";
import { targets, activities, adjectives, places, partners, frequencies, projectNames, sectionSentences, genericSentences, subheadings, listIntro, listItems, shortFirst, shortSecond, summaries, findings, references } from "./phrases";
import type { Tri, Words, Sentence } from "./phrases";
import { tailWordsPerText, zipfSampler, type Vocabulary } from "./vocabulary";

/** The keys a generated model may name, all taken from a real content folder. */
export type GeneratorKeys = {
  themes: string[];
  targetGroups: string[];
  regions: string[];
  counties: string[];
  funders: string[];
  stages: string[];
  organisations: string[];
  collections: string[];
  /** Real words for each text's long tail (./vocabulary.ts); without it, the phrase banks alone. */
  vocabulary?: Vocabulary;
};

export type GeneratedModel = { slug: string; files: { name: "index.yaml" | "fi.md" | "sv.md" | "en.md"; content: string }[] };

const localeIndex = { fi: 0, sv: 1, en: 2 } as const;
/** A Tri built per language index, so one expression serves all three texts. */
const tri = (f: (i: 0 | 1 | 2) => string): Tri => [f(0), f(1), f(2)];
/** YAML double-quoted scalars accept JSON string escapes, so JSON.stringify quotes safely and fast. */
const q = (s: string) => JSON.stringify(s);
const list = (keys: readonly string[]) => `[${keys.join(", ")}]`;

const dayMs = 86_400_000;
const firstDay = Date.UTC(2015, 0, 1) / dayMs;
const lastDay = Date.UTC(2026, 11, 31) / dayMs;
const isoDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

export function slugify(text: string): string {
  const ascii = text.toLowerCase().replace(/[äå]/g, "a").replace(/ö/g, "o").normalize("NFKD").replace(/[^a-z0-9]+/g, "-");
  const trimmed = ascii.replace(/^-+|-+$/g, "");
  // Long names are cut at a word boundary, so slugs do not end in half a word.
  return trimmed.length <= 60 ? trimmed : trimmed.slice(0, 61).replace(/-[^-]*$/, "");
}

function modelName(rng: Rng, w: Words): Tri {
  const a = pick(rng, adjectives);
  const svAdj = w.act.svNeuter ? a.svNeuter : a.sv;
  return [cap(`${a.fi} ${w.act.nom} ${w.tg.all}`), cap(`${svAdj} ${w.act.sv} för ${w.tg.sv}`), cap(`${a.en} ${w.act.en} for ${w.tg.en}`)];
}

/** The Markdown body of one section in all three languages, paragraphs drawn from a shuffled deck. */
function section(rng: Rng, key: SectionKey, base: Words, maxParagraphs: number): Tri {
  const deck = [...shuffled(rng, sectionSentences[key]), ...shuffled(rng, genericSentences)];
  let next = 0;
  const out: [string[], string[], string[]] = [[], [], []];
  const add = (t: Tri) => {
    out[0].push(t[0]);
    out[1].push(t[1]);
    out[2].push(t[2]);
  };
  const paragraphs = int(rng, 1, maxParagraphs);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && chance(rng, 0.2)) {
      const h = pick(rng, subheadings);
      add([`### ${h[0]}`, `### ${h[1]}`, `### ${h[2]}`]);
    }
    const sentences: Tri[] = [];
    for (let s = int(rng, 2, 5); s > 0; s--) {
      const sentence = deck[next++ % deck.length] as Sentence;
      sentences.push(sentence({ ...base, partner: pick(rng, partners), freq: pick(rng, frequencies), n: int(rng, 4, 12) }));
    }
    add(tri((i) => sentences.map((t) => t[i]).join(" ")));
    if ((key === "conditions" || key === "tips") && chance(rng, 0.25)) {
      const items = some(rng, listItems, int(rng, 3, 5));
      add(tri((i) => `${listIntro[i]}:\n\n${items.map((t) => `- ${t[i]}`).join("\n")}`));
    }
  }
  return [out[0].join("\n\n"), out[1].join("\n\n"), out[2].join("\n\n")];
}

type Evaluation = { evaluator: string; evaluatedOn: number; nextReviewOn?: number; strengthens: DimensionKey[]; publishedOn: number; sizeBytes: number };

function indexYaml(slug: string, f: {
  state: string; brief: boolean; createdOn: number; lastModifiedOn: number; stage: string; collection?: string;
  sourceUrl?: string; evaluatedElsewhere: boolean; themes: string[]; targetGroups: string[]; regions: string[];
  counties: string[]; funders: string[]; developers: string[]; references: typeof references; evaluation?: Evaluation; fiName: string;
}): string {
  const lines = [
    `state: ${f.state}`,
    `brief: ${f.brief}`,
    `createdOn: ${isoDay(f.createdOn)}`,
    `lastModifiedOn: ${isoDay(f.lastModifiedOn)}`,
    `developmentStage: ${f.stage}`,
    ...(f.collection ? [`collection: ${f.collection}`] : []),
    ...(f.sourceUrl ? [`sourceUrl: ${f.sourceUrl}`] : []),
    `evaluatedElsewhere: ${f.evaluatedElsewhere}`,
    `themes: ${list(f.themes)}`,
    `targetGroups: ${list(f.targetGroups)}`,
    `regions: ${list(f.regions)}`,
    `wellbeingServicesCounties: ${list(f.counties)}`,
    `funders: ${list(f.funders)}`,
    `developers: ${list(f.developers)}`,
  ];
  if (f.references.length > 0) {
    lines.push("references:");
    for (const r of f.references) {
      lines.push(r.authors ? `  - authors: ${q(r.authors)}\n    year: ${r.year}` : `  - year: ${r.year}`);
      lines.push(`    title: ${q(r.title)}`, ...(r.publisher ? [`    publisher: ${q(r.publisher)}`] : []));
    }
  }
  const e = f.evaluation;
  if (e) {
    lines.push(
      "evaluations:",
      `  - evaluator: ${e.evaluator}`,
      `    evaluatedOn: ${isoDay(e.evaluatedOn)}`,
      ...(e.nextReviewOn ? [`    nextReviewOn: ${isoDay(e.nextReviewOn)}`] : []),
      `    strengthens: ${list(e.strengthens)}`,
      "    documents:",
      `      - title: ${q(`Arvio toimintamallista ${f.fiName}`)}`,
      "        language: fi",
      `        publishedOn: ${isoDay(e.publishedOn)}`,
      `        sizeBytes: ${e.sizeBytes}`,
      `        url: https://example.org/reports/${slug}.pdf`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function localeMarkdown(front: { name: string; shortDescription: string; implementationSite?: string; summary?: string; findings?: [DimensionKey, string][] }, sections: [SectionKey, string][]): string {
  const lines = ["---", `name: ${q(front.name)}`, `shortDescription: ${q(front.shortDescription)}`];
  if (front.implementationSite) lines.push(`implementationSite: ${q(front.implementationSite)}`);
  if (front.summary) {
    lines.push("evaluations:", `  - summary: ${q(front.summary)}`, "    findings:");
    for (const [key, text] of front.findings ?? []) lines.push(`      ${key}: ${q(text)}`);
  }
  lines.push("---");
  for (const [key, body] of sections) lines.push(`## ${key}`, "", body, "");
  return `${lines.join("\n")}`;
}

/** A text's long tail: a few words of its language, drawn Zipf-like from the vocabulary. */
type Tail = (rng: Rng, locale: (typeof locales)[number]) => string;

function tailOf(vocabulary: Vocabulary): Tail {
  const samplers = Object.fromEntries(locales.map((locale) => [locale, zipfSampler(vocabulary[locale].length)]));
  return (rng, locale) => {
    const draw = samplers[locale];
    const words = Array.from({ length: tailWordsPerText }, () => (draw ? vocabulary[locale][draw(rng)] : undefined)).filter(Boolean);
    return words.length > 0 ? `\n\n${cap(words.join(", "))}.` : "";
  };
}

function generateModel(rng: Rng, number: number, digits: number, keys: GeneratorKeys, tail?: Tail): GeneratedModel {
  const y1 = int(rng, 2015, 2023);
  const base: Words = {
    tg: pick(rng, targets), act: pick(rng, activities), place: pick(rng, places),
    partner: pick(rng, partners), freq: pick(rng, frequencies), n: int(rng, 4, 12), y1, y2: y1 + int(rng, 1, 3),
  };
  const names = modelName(rng, base);
  const slug = `malli-${String(number).padStart(digits, "0")}-${slugify(names[0])}`;
  const brief = chance(rng, 0.2);
  const createdOn = int(rng, firstDay, lastDay);
  const lastModifiedOn = int(rng, createdOn, lastDay);
  const evaluatedElsewhere = chance(rng, 0.1);
  // Brief entries describe the basics only, so they carry no collection, evaluation or project;
  // the full ones get proportionally more so that the catalogue-wide shares stay ~30% and ~40%.
  const inCollection = !brief && keys.collections.includes("osallisuuden-palaset") && chance(rng, 0.375);
  const evaluated = !brief && keys.organisations.length > 0 && chance(rng, 0.5);
  const evaluatedOn = int(rng, createdOn, lastModifiedOn);
  const strengthened = some(rng, dimensionKeys, int(rng, 1, 3));
  const evaluation: Evaluation | undefined = evaluated
    ? {
        evaluator: pick(rng, keys.organisations),
        evaluatedOn,
        nextReviewOn: chance(rng, 0.3) ? evaluatedOn + 3 * 365 : undefined,
        strengthens: dimensionKeys.filter((d) => strengthened.includes(d)),
        publishedOn: Math.min(evaluatedOn + int(rng, 0, 60), lastDay),
        sizeBytes: int(rng, 120_000, 3_500_000),
      }
    : undefined;
  const known = (list: string[], key: string) => (list.includes(key) ? key : pick(rng, list));

  const index = indexYaml(slug, {
    state: chance(rng, 0.95) ? "published" : "draft",
    brief, createdOn, lastModifiedOn, evaluatedElsewhere, evaluation, fiName: names[0],
    stage: pick(rng, keys.stages),
    collection: inCollection ? "osallisuuden-palaset" : undefined,
    sourceUrl: evaluatedElsewhere || chance(rng, 0.3) ? `https://example.org/models/${slug}` : undefined,
    themes: some(rng, keys.themes, int(rng, 1, 3), base.act.theme),
    targetGroups: some(rng, keys.targetGroups, int(rng, 1, 3), base.tg.key),
    regions: [known(keys.regions, base.place.region)],
    counties: [known(keys.counties, base.place.county)],
    funders: some(rng, keys.funders, int(rng, 0, 2)),
    developers: some(rng, keys.organisations, int(rng, 0, 2)),
    references: !brief && chance(rng, 0.4) ? some(rng, references, int(rng, 1, 3)) : [],
  });

  const short = pick(rng, shortFirst)(base);
  const second = chance(rng, 0.6) ? pick(rng, shortSecond)(base) : undefined;
  const project = pick(rng, projectNames);
  const site: Tri | undefined = !brief && chance(rng, 0.6)
    ? [`${project} -hanke (${base.y1}–${base.y2}), ${base.place.nom}`, `Projektet ${project} (${base.y1}–${base.y2}), ${base.place.sv}`, `${project} project (${base.y1}–${base.y2}), ${base.place.en}`]
    : undefined;
  const summary = evaluation && pick(rng, summaries)(base);
  const found = evaluation?.strengthens.map((d) => [d, pick(rng, findings[d])] as const) ?? [];
  const keysOfSections: SectionKey[] = brief ? ["basic-idea", "target-group"] : ["basic-idea", "operating-environment", "target-group", "conditions", "tips"];
  const bodies = keysOfSections.map((key) => [key, section(rng, key, base, brief ? 2 : 4)] as const);

  const files = locales.map((locale) => {
    const i = localeIndex[locale];
    const markdown = localeMarkdown(
      {
        name: names[i],
        shortDescription: second ? `${short[i]} ${second[i]}` : short[i],
        implementationSite: site?.[i],
        summary: summary?.[i],
        findings: found.map(([d, t]) => [d, t[i]]),
      },
      // The long tail closes the last section.
      bodies.map(([key, t], n) => [key, n === bodies.length - 1 && tail ? t[i] + tail(rng, locale) : t[i]]),
    );
    return { name: `${locale}.md` as const, content: markdown };
  });
  return { slug, files: [{ name: "index.yaml", content: index }, ...files] };
}

/** The models of a synthetic catalogue, one at a time so that 100,000 need not sit in memory. */
export function* generateModels(options: { count: number; seed: number; keys: GeneratorKeys }): Generator<GeneratedModel> {
  const rng = mulberry32(options.seed);
  const digits = Math.max(5, String(options.count).length);
  const tail = options.keys.vocabulary && tailOf(options.keys.vocabulary);
  for (let n = 1; n <= options.count; n++) yield generateModel(rng, n, digits, options.keys, tail);
}

export function keysOf(catalogue: Catalogue): GeneratorKeys {
  const kind = (k: string) => catalogue.taxonomies.find((t) => t.kind === k)?.entries.map((e) => e.key) ?? [];
  return {
    themes: kind("themes"), targetGroups: kind("target-groups"), regions: kind("regions"),
    counties: kind("wellbeing-services-counties"), funders: kind("funders"), stages: kind("development-stages"),
    organisations: catalogue.organisations.entries.map((o) => o.key),
    collections: catalogue.collections.map((c) => c.slug),
  };
}
