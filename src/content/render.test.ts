import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluationFrameworksFileSchema } from "@/domain/evaluation-frameworks";
import { dimensionKeys } from "@/domain/model";
import { checkModelDocument, type ModelDocument } from "./document";
import type { KnownKeys } from "./known-keys";
import { modelFolderReader } from "./model-folders";
import { renderModelFiles } from "./render";
import { modelFactsSchema, modelTextSchema } from "./schema";

const known: KnownKeys = {
  taxonomy: {
    themes: new Set(["nature", "culture"]),
    "target-groups": new Set(["adults"]),
    regions: new Set(["satakunta"]),
    "wellbeing-services-counties": new Set(["satakunta"]),
    funders: new Set(["esr"]),
    "development-stages": new Set(["ready"]),
  },
  organisations: new Set(["sokra", "porin-sininauha"]),
  collections: new Set(["palaset"]),
  models: new Set(),
  frameworks: evaluationFrameworksFileSchema.parse(parse(readFileSync("content/evaluation-frameworks.yaml", "utf8"))),
};

/** Every field there is, given out of order where order is not the schema's business. */
const full: ModelDocument = {
  slug: "malli",
  facts: {
    themes: ["nature", "culture"],
    state: "published",
    brief: false,
    createdOn: "2021-01-11",
    lastModifiedOn: new Date("2024-03-22T00:00:00Z"),
    developmentStage: "ready",
    collection: "palaset",
    sourceUrl: "https://example.org/malli",
    evaluatedElsewhere: false,
    coverImage: "/images/malli.jpg",
    targetGroups: ["adults"],
    regions: ["satakunta"],
    wellbeingServicesCounties: ["satakunta"],
    funders: ["esr"],
    developers: ["sokra", "porin-sininauha"],
    inUse: [
      { since: 2021, wellbeingServicesCounty: "satakunta", organisation: "Rauman kaupunki", municipality: "Rauma" },
      { organisation: "Porin Sininauha ry" },
    ],
    references: [{ title: "Kirja: alaotsikko", year: 2014, authors: "Juhila, K." }],
    evaluations: [
      {
        evaluator: "sokra",
        evaluatedOn: "2020-08-12",
        nextReviewOn: "2027-08-12",
        strengthens: ["common-good", "own-life"],
        documents: [{ url: "https://example.org/a.pdf", title: "Arvio", language: "fi", publishedOn: "2020-08-12", sizeBytes: 830464 }],
      },
    ],
  },
  texts: {
    fi: {
      shortDescription: "Lyhyt kuvaus, joka on pidempi kuin yksi rivi tekstiä olisi, jos rivit taitettaisiin kahdeksankymmenen merkin kohdalta.",
      name: "Malli",
      implementationSite: "Hanke (2018–2021)",
      coverImageAlt: "Kuva",
      evaluations: [{ findings: { "common-good": "Kaksi kappaletta.\n\nToinen.", "own-life": "Yksi." }, summary: "Yhteenveto." }],
      sections: { tips: "Vinkit.", "basic-idea": "\nPerusajatus.\n\n### Alaotsikko\n\nLisää.\n", conditions: "  " },
    },
  },
};

describe("renderModelFiles", () => {
  it("writes fields in the schema's order, sets and sections in their fixed order, nothing folded", () => {
    const files = renderModelFiles(full);
    expect(Object.keys(files)).toEqual(["index.yaml", "fi.md"]);
    expect(files["index.yaml"]).toBe(`state: published
sourceLanguage: fi
brief: false
createdOn: 2021-01-11
lastModifiedOn: 2024-03-22
developmentStage: ready
collection: palaset
sourceUrl: https://example.org/malli
evaluatedElsewhere: false
coverImage: /images/malli.jpg
themes: [nature, culture]
targetGroups: [adults]
regions: [satakunta]
wellbeingServicesCounties: [satakunta]
funders: [esr]
developers: [sokra, porin-sininauha]
inUse:
  - organisation: Rauman kaupunki
    municipality: Rauma
    wellbeingServicesCounty: satakunta
    since: 2021
  - organisation: Porin Sininauha ry
references:
  - authors: Juhila, K.
    year: 2014
    title: "Kirja: alaotsikko"
evaluations:
  - evaluator: sokra
    evaluatedOn: 2020-08-12
    nextReviewOn: 2027-08-12
    strengthens: [own-life, common-good]
    documents:
      - title: Arvio
        language: fi
        publishedOn: 2020-08-12
        sizeBytes: 830464
        url: https://example.org/a.pdf
`);
    expect(files["fi.md"]).toBe(`---
name: Malli
shortDescription: ${full.texts.fi?.shortDescription}
implementationSite: Hanke (2018–2021)
coverImageAlt: Kuva
evaluations:
  - summary: Yhteenveto.
    findings:
      own-life: Yksi.
      common-good: |-
        Kaksi kappaletta.

        Toinen.
---

## basic-idea

Perusajatus.

### Alaotsikko

Lisää.

## tips

Vinkit.
`);
    expect(Object.keys(parse(files["index.yaml"]))).toEqual(Object.keys(modelFactsSchema.shape));
  });

  it("writes every field that has a default, lists as [] when empty, and leaves out the rest", () => {
    const files = renderModelFiles({ slug: "lyhyt", facts: {}, texts: { fi: { name: "Lyhyt", shortDescription: "Kuvaus.", sections: {} } } });
    expect(files["index.yaml"]).toBe(
      "state: draft\nsourceLanguage: fi\nbrief: false\nevaluatedElsewhere: false\nthemes: []\ntargetGroups: []\nregions: []\n" +
        "wellbeingServicesCounties: []\nfunders: []\ndevelopers: []\ninUse: []\nreferences: []\nevaluations: []\n",
    );
    expect(files["fi.md"]).toBe("---\nname: Lyhyt\nshortDescription: Kuvaus.\nevaluations: []\n---\n");
    expect(Object.keys(modelTextSchema.shape)).toEqual(["name", "shortDescription", "implementationSite", "coverImageAlt", "evaluations"]);
  });

  it("gives files that the loader reads back as the document's model, sets in their order", async () => {
    const root = await mkdtemp(join(tmpdir(), "palaset-render-"));
    const dir = join(root, "models", full.slug);
    await mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries(renderModelFiles(full))) await writeFile(join(dir, name), text);
    const read = modelFolderReader(root, known)([full.slug]);
    const evaluations = full.facts.evaluations?.map((e) => ({ ...e, strengthens: dimensionKeys.filter((key) => e.strengthens?.includes(key)) }));
    const checked = checkModelDocument({ ...full, facts: { ...full.facts, evaluations } }, known);
    expect(read.errors).toEqual([]);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(read.models[0]?.facts).toEqual(checked.model.facts);
    expect(read.models[0]?.texts).toEqual(checked.model.texts);
  });
});
