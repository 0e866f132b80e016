// The people the end-to-end tests sign in as, one for each role, made anew in the main
// server's database before it starts (setup-accounts.ts); everyone at @e2e.example is removed
// first, invited people too. Organisations are the fixture catalogue's.
export const password = "e2e-salasana-pitka";

/** Where setup-accounts.ts leaves the TOTP secrets of the accounts that have a second factor. */
export const totpSecretsFile = ".data/e2e-totp.json";

export const accounts = {
  admin: { email: "admin@e2e.example", name: "Aino Admin", nationalRole: "ADMIN" },
  coordinator: { email: "coordinator@e2e.example", name: "Kalle Koordinaattori", nationalRole: "COORDINATOR" },
  editor: { email: "editor@e2e.example", name: "Eeva Editori", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  publisher: { email: "publisher@e2e.example", name: "Paavo Julkaisija", membership: { organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" } },
  orgAdmin: { email: "orgadmin@e2e.example", name: "Oona Organisaatio", membership: { organisationKey: "rauman-kohtaamo", role: "ORG_ADMIN" } },
  throttled: { email: "throttled@e2e.example", name: "Tiina Toistaja", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  deactivated: { email: "left@e2e.example", name: "Lauri Lähtenyt", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  resetter: { email: "resetter@e2e.example", name: "Riikka Muistamaton", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  /** A publisher who has not set up a second factor yet: the enrolment test does it. */
  newPublisher: { email: "new-publisher@e2e.example", name: "Noora Uusi", membership: { organisationKey: "rauman-kohtaamo", role: "PUBLISHER" }, enrolLater: true },
  changer: { email: "changer@e2e.example", name: "Ville Vaihtaja", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  raumanEditor: { email: "rauma-editor@e2e.example", name: "Rauno Raumalainen", membership: { organisationKey: "rauman-kohtaamo", role: "EDITOR" } },
} as const;
