// The permission matrix: every role, in its own organisation and in another one, and nobody
// signed in, against every action. The expectations are written out here, not derived from
// the rules, so that a change to the rules must change this table too.
import { describe, expect, it } from "vitest";
import { actions, may, organisationsWhere, rolesNeedSecondFactor, type Action, type Viewer } from "./permissions";

const own = "11111111-1111-1111-1111-111111111111";
const other = "22222222-2222-2222-2222-222222222222";

function viewer(role: string): Viewer {
  const base = { id: role, email: `${role}@example.fi`, name: role, nationalRole: null, twoFactorEnabled: false, memberships: [] };
  const member = (r: Viewer["memberships"][number]["role"]) => [{ organisationId: own, organisationKey: "own", organisationName: "Own", role: r }];
  if (role === "editor") return { ...base, memberships: member("EDITOR") };
  if (role === "publisher") return { ...base, memberships: member("PUBLISHER") };
  if (role === "org-admin") return { ...base, memberships: member("ORG_ADMIN") };
  if (role === "coordinator") return { ...base, nationalRole: "COORDINATOR" };
  return { ...base, nationalRole: "ADMIN" };
}

// y: allowed on a record of the own organisation, and of another; - : refused.
//                                  editor  publisher org-admin coordinator admin
const matrix: Record<Action, Record<"own" | "other", string>> = {
  "working-area.enter": { own: "y y y y y", other: "- - - y y" },
  "model.read-drafts": { own: "y y y y y", other: "- - - y y" },
  "model.edit": { own: "y y - - y", other: "- - - - y" },
  "model.publish": { own: "- y - - y", other: "- - - - y" },
  "publication.check": { own: "- y y - y", other: "- - - - y" },
  "preview-link.manage": { own: "y y - - y", other: "- - - - y" },
  "model.transfer": { own: "- - - - y", other: "- - - - y" },
  "evaluation.edit": { own: "- - - y y", other: "- - - y y" },
  "evaluation.publish": { own: "- - - y y", other: "- - - y y" },
  "editorial.comment": { own: "y y y y y", other: "- - - y y" },
  "people.manage": { own: "- - y - y", other: "- - - - y" },
  "people.manage-national-roles": { own: "- - - - y", other: "- - - - y" },
  "audit.read": { own: "- - - - y", other: "- - - - y" },
  "feedback.read": { own: "- - - - y", other: "- - - - y" },
  "links.fix": { own: "- - - y y", other: "- - - y y" },
  "revision.purge": { own: "- - - - y", other: "- - - - y" },
};
const roles = ["editor", "publisher", "org-admin", "coordinator", "admin"] as const;

describe("the permission map", () => {
  it("covers every action", () => {
    expect(Object.keys(matrix).sort()).toEqual([...actions].sort());
  });

  for (const action of actions) {
    for (const where of ["own", "other"] as const) {
      it(`${action} on a record of ${where === "own" ? "the own" : "another"} organisation`, () => {
        const got = roles.map((role) => (may(viewer(role), action, { organisationIds: [where === "own" ? own : other] }) ? "y" : "-")).join(" ");
        expect(got).toBe(matrix[action][where]);
        expect(may(null, action, { organisationIds: [own] })).toBe(false);
      });
    }
  }

  it("enters the working area with any role, and nobody without one", () => {
    for (const role of roles) expect(may(viewer(role), "working-area.enter")).toBe(true);
    expect(may({ ...viewer("editor"), memberships: [] }, "working-area.enter")).toBe(false);
    expect(may(null, "working-area.enter")).toBe(false);
  });

  it("a record of several organisations is open to the people of each", () => {
    expect(may(viewer("publisher"), "model.publish", { organisationIds: [other, own] })).toBe(true);
  });

  it("asks a second factor of everyone who publishes, manages people or works nationally", () => {
    expect(roles.map((role) => rolesNeedSecondFactor(viewer(role)))).toEqual([false, true, true, true, true]);
  });

  it("lists where a person may act: all for a national role, else their organisations", () => {
    expect(organisationsWhere(viewer("admin"), "people.manage")).toBe("all");
    expect(organisationsWhere(viewer("org-admin"), "people.manage")).toEqual([own]);
    expect(organisationsWhere(viewer("editor"), "people.manage")).toEqual([]);
  });
});
