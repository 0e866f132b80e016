// The people the end-to-end tests sign in as, one for each role, made anew in the main
// server's database before it starts (setup-accounts.ts); everyone at @e2e.example is removed
// first, invited people too. Organisations are the fixture catalogue's.
export const password = "e2e-salasana-pitka";

export const accounts = {
  admin: { email: "admin@e2e.example", name: "Aino Admin", nationalRole: "ADMIN" },
  coordinator: { email: "coordinator@e2e.example", name: "Kalle Koordinaattori", nationalRole: "COORDINATOR" },
  editor: { email: "editor@e2e.example", name: "Eeva Editori", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  publisher: { email: "publisher@e2e.example", name: "Paavo Julkaisija", membership: { organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" } },
  orgAdmin: { email: "orgadmin@e2e.example", name: "Oona Organisaatio", membership: { organisationKey: "rauman-kohtaamo", role: "ORG_ADMIN" } },
  throttled: { email: "throttled@e2e.example", name: "Tiina Toistaja", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  deactivated: { email: "left@e2e.example", name: "Lauri Lähtenyt", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  resetter: { email: "resetter@e2e.example", name: "Riikka Muistamaton", membership: { organisationKey: "porin-tukiyhdistys", role: "EDITOR" } },
  raumanEditor: { email: "rauma-editor@e2e.example", name: "Rauno Raumalainen", membership: { organisationKey: "rauman-kohtaamo", role: "EDITOR" } },
} as const;
