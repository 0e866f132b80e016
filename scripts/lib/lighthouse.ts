// Lighthouse's mobile performance score and total blocking time for a page, as the median of
// three runs (issue 14), in Debian's Chromium as the end-to-end tests use it. Lighthouse now and
// then fails to record a run's trace (NO_NAVSTART); such a run is tried again.
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { percentile } from "./measure";

export type LighthouseFigures = { performance: number; tbt_ms: number };

const chromium = "/usr/bin/chromium";
const runs = 3;
const attempts = 6;

async function once(url: string, port: number): Promise<LighthouseFigures | null> {
  // The default configuration: a mobile phone on a throttled network and CPU.
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const score = result?.lhr.categories.performance?.score;
  const tbt = result?.lhr.audits["total-blocking-time"]?.numericValue;
  if (result?.lhr.runtimeError || score == null || tbt === undefined) return null;
  return { performance: Math.round(score * 100), tbt_ms: Math.round(tbt) };
}

/** The median of three runs of each figure, for each page of `urls` (a name for each address). */
export async function lighthouseMedians<Name extends string>(urls: Record<Name, string>): Promise<Record<Name, LighthouseFigures>> {
  const chrome = await launch({ chromePath: chromium, chromeFlags: ["--headless=new", "--no-sandbox"] });
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  try {
    const medians = {} as Record<Name, LighthouseFigures>;
    for (const [name, url] of Object.entries(urls) as [Name, string][]) {
      const results: LighthouseFigures[] = [];
      for (let attempt = 0; attempt < attempts && results.length < runs; attempt++) {
        const figures = await once(url, chrome.port);
        if (figures) results.push(figures);
      }
      if (results.length < runs) throw new Error(`Lighthouse could not measure ${url} ${runs} times in ${attempts} attempts`);
      medians[name] = { performance: median(results.map((r) => r.performance)), tbt_ms: median(results.map((r) => r.tbt_ms)) };
    }
    return medians;
  } finally {
    chrome.kill();
  }
}
