// Structured data (schema.org JSON-LD) in a <script type="application/ld+json"> data block.
// JSON.stringify leaves "<" as it is, so a name containing "</script>" would end the element
// and let the rest run as HTML; written as \u003c it is the same JSON and cannot.
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}

/** `nonce`: a data block is not script a CSP blocks, but a page with a nonce may pass it. */
export function JsonLd({ data, nonce }: { data: object; nonce?: string }) {
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
