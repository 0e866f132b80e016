import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "./JsonLd";

const payload = { "@type": "CreativeWork", name: "Malli</script><script>alert(1)</script><!--", description: "a < b && c > d" };

describe("JsonLd", () => {
  it("cannot be closed early by a </script> in the data, and parses back to the same data", () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: payload }));
    // One script element: the only "</script" is its own end tag.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain("<!--");
    const body = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(html)?.[1];
    expect(body).toBeDefined();
    expect(JSON.parse(body ?? "")).toEqual(payload);
  });

  it("passes a nonce on", () => {
    expect(renderToStaticMarkup(createElement(JsonLd, { data: {}, nonce: "abc" }))).toContain('nonce="abc"');
  });
});
