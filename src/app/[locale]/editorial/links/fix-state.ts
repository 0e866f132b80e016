// What the fix form's action (./actions.ts) answers when it refused the new address: why, and
// the address as typed, so that nothing is lost. Everything else ends in a redirect.
export type FixLinkState = { problem: "invalidAddress" | "sameAddress" | null; value: string };

export const emptyFixLinkState: FixLinkState = { problem: null, value: "" };
