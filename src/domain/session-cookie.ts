// The cookies of someone signed in (or signing in): better-auth's, with the prefix src/auth/auth.ts
// gives them. Pages for such a reader are never kept by a cache (src/http/proxy.ts) and read the
// primary database, never a replica (src/catalogue.ts), so their own writes show at once.
export const isSessionCookie = (name: string) => name.startsWith("palaset.") || name.startsWith("__Secure-palaset.");
