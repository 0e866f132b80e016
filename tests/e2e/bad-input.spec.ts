// Anything a browser or a script can send gives a normal page or, from the API, a 400 with a
// message: never a 500.
import { expect, test } from "@playwright/test";

const nasty = [
  "", " ", "'", "\"", "\\", "''''", "\\\\'", "a & b | !c", "a <-> b", "foo:*", "(((", ")))", "!", "&", "|", "<->",
  "'; DROP TABLE \"PracticeModel\"; --", "1 OR 1=1", "%", "_", "%%", "\u0000", "\u0002x\u0003", "🙂", "👩‍👩‍👧‍👦 sirkus",
  "مرحبا بالعالم", "שלום", "\u202eevil", "x".repeat(5000), "ä".repeat(300), "<script>alert(1)</script>", "${7*7}", "{{7*7}}",
  "null", "undefined", "NaN", "-1", "0", "9".repeat(40), "vankila*", "\"unclosed phrase", "or", "and", "not", "-sirkus",
];
const params = ["q", "theme", "group", "county", "inuse", "stage", "collection", "evaluated", "dimension", "funder", "lang", "sort", "page", "locale", "zzz"];

function cases(): string[] {
  const out: string[] = [];
  for (const value of nasty) for (const param of params) out.push(`${param}=${encodeURIComponent(value)}`);
  out.push("page=0", "page=-1", "page=abc", "page=999999", "page=1&page=2", "q=a&q=b", "theme=nature&theme=nature", "sort=name&sort=updated");
  return out;
}

test("the catalogue page never fails on odd parameters", async ({ request }) => {
  test.setTimeout(240_000);
  const all = cases();
  expect(all.length).toBeGreaterThan(300);
  // A sample in the page (each is a full render); every case through the API below.
  for (const query of all.filter((_, i) => i % 3 === 0)) {
    const response = await request.get(`/fi/mallit?${query}`);
    expect(response.status(), query).toBe(200);
  }
});

test("the API answers 200 or a readable 400, never a 500", async ({ request }) => {
  test.setTimeout(240_000);
  for (const query of cases()) {
    const response = await request.get(`/api/models?${query}`);
    expect([200, 400], query).toContain(response.status());
    const body = await response.json();
    if (response.status() === 400) expect(body.error, query).toMatch(/^Invalid parameters: /);
    else expect(Array.isArray(body.results), query).toBe(true);
  }
});

test("the evaluations CSV answers 200 or a readable 400, never a 500", async ({ request }) => {
  test.setTimeout(240_000);
  for (const value of nasty.filter((_, i) => i % 3 === 0)) {
    for (const param of ["locale", "collection", "county", "from", "to", "lang"]) {
      const query = `${param}=${encodeURIComponent(value)}`;
      const response = await request.get(`/api/evaluations/csv?${query}`);
      expect([200, 400], query).toContain(response.status());
      if (response.status() === 400) expect((await response.json()).error, query).toMatch(/^Invalid parameters: /);
    }
  }
});

test("the API reports unknown filter values and ignores them", async ({ request }) => {
  const response = await request.get("/api/models?theme=no-such-theme&locale=sv");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.unknownValues).toEqual([{ param: "theme", value: "no-such-theme" }]);
  expect(body.total).toBe(9);
  expect(body.results[0].url).toMatch(/^\/sv\/modeller\//);
});
