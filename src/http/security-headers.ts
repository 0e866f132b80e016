// The security headers every response carries. Pages get a Content-Security-Policy with a
// nonce made for the request (src/proxy.ts): Next.js reads the nonce from the policy on the
// request and puts it on its own scripts, so no inline script runs without it. Everything
// else (API answers, files, feeds) gets a policy that allows nothing to run at all.

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

type PolicyOptions = {
  /** React's development build evaluates code for its error overlay; the build never does. */
  development: boolean;
  /** Hosts images may come from besides the site itself (none today). */
  imageHosts?: readonly string[];
};

/** The policy of an HTML page: scripts only with the nonce, nothing framed, forms only to us. */
export function pagePolicy(nonce: string, { development, imageHosts = [] }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Next.js and React put style attributes and <style> elements of their own on pages
    // (the route announcer, error overlays) that carry no nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...imageHosts].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of everything that is not a page: nothing in it may load or run anything. */
export const resourcePolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The headers that do not depend on the request, for every response (next.config.ts). */
export const commonSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
] as const;

/** HSTS: only when readers come over https, or browsers would be told to expect it in vain. */
export function transportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https:") ? "max-age=31536000; includeSubDomains" : null;
}
