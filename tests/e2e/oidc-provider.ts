// A real OpenID Connect provider for the end-to-end tests (oidc-provider, started by
// playwright.config.ts): it stands for an organisation's Entra ID. Its development login page
// takes any login name; the person's e-mail is <login>@sso.e2e.example.
import Provider from "oidc-provider";

export const issuer = "http://127.0.0.1:2527";
export const client = { id: "palaset-e2e", secret: "e2e-client-secret-1234567890" };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: client.id,
      client_secret: client.secret,
      redirect_uris: ["http://localhost:3210/api/auth/callback/sso"],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  findAccount: async (_context, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, email: `${id}@sso.e2e.example`, email_verified: true, name: `SSO ${id}` }),
  }),
  cookies: { keys: ["e2e-only-cookie-key-1234567890"] },
  features: { devInteractions: { enabled: true } },
});
provider.listen(2527);
