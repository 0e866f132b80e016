import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis and links", () => {
    const html = renderMarkdown("### Otsikko\n\n- *yksi*\n- [linkki](https://thl.fi)\n");
    expect(html).toContain("<h3>Otsikko</h3>");
    expect(html).toContain("<em>yksi</em>");
    expect(html).toContain('<a href="https://thl.fi">linkki</a>');
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", /<script|alert\(1\)/],
    ["an event handler", '<img src="x.png" onerror="alert(1)">', /onerror|<img/],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/],
    ["a javascript: link", "[klikkaa](javascript:alert(1))", /javascript:/i],
    ["an encoded javascript: link", "[klikkaa](jav&#x09;ascript:alert(1))", /javascript|jav\s*ascript/i],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD4=)", /data:text/],
    ["raw html with style", '<div style="position:fixed">x</div>', /<div|style=/],
    ["an image from another host", "![kuva](https://evil.example/x.png)", /evil\.example/],
    ["a protocol-relative image", "![kuva](//evil.example/x.png)", /evil\.example/],
  ])("removes %s", (_name, payload, forbidden) => {
    expect(renderMarkdown(payload)).not.toMatch(forbidden);
  });

  it("keeps an image of this site", () => {
    expect(renderMarkdown("![Kuva](/images/kuva.jpg)")).toContain('<img src="/images/kuva.jpg" alt="Kuva">');
  });

  it("keeps the text of a removed link", () => {
    expect(renderMarkdown("[klikkaa](javascript:alert(1))")).toContain("klikkaa");
  });
});

