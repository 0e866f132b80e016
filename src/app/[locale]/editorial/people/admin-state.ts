// What the people page's actions answer (./actions.ts): what was done, or why not, with a
// one-time link to show and the typed values to keep when it could not be saved.
export type AdminState = {
  done: "invited" | "inviteLink" | "roleAdded" | "roleChanged" | "deactivated" | "reactivated" | "resetLinkMade" | "pseudonymised" | "secondFactorReset" | null;
  error: "notAllowed" | "lastAdmin" | "invalidInput" | "signedOut" | null;
  link: string | null;
  email: string | null;
  values: Record<string, string>;
};

export const emptyState: AdminState = { done: null, error: null, link: null, email: null, values: {} };
