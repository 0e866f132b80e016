"use server";
// The people page's actions: invite, change a role, deactivate or reactivate, make a reset
// link. Each reads the session anew, parses its form with zod, and leaves the permission check
// and the audit entry to the service (src/auth/people-admin.ts). A session that ended while the
// form was open gets the typed values back with a request to sign in again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { accountLinks } from "@/auth/account-links";
import { accounts, accountSecurity } from "@/auth/app";
import { LastAdminError, NotAllowedError } from "@/auth/people-admin";
import { requestAddress } from "@/auth/request-address";
import { currentViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { emptyState, type AdminState } from "./admin-state";


const organisationRoles = ["EDITOR", "PUBLISHER", "ORG_ADMIN"] as const;
const inviteSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  role: z.enum([...organisationRoles, "COORDINATOR", "ADMIN"]),
  organisationId: z.uuid().optional().or(z.literal("").transform(() => undefined)),
  locale: z.enum(locales),
});

const personSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("change-role"), userId: z.string().min(1), organisationId: z.uuid(), role: z.enum([...organisationRoles, "NONE"]) }),
  z.object({ intent: z.literal("deactivate"), userId: z.string().min(1) }),
  z.object({ intent: z.literal("reactivate"), userId: z.string().min(1) }),
  z.object({ intent: z.literal("reset-link"), userId: z.string().min(1), locale: z.enum(locales) }),
  z.object({ intent: z.literal("pseudonymise"), userId: z.string().min(1) }),
  z.object({ intent: z.literal("reset-second-factor"), userId: z.string().min(1) }),
]);

const values = (form: FormData) => Object.fromEntries([...form].flatMap(([k, v]) => (typeof v === "string" && !k.startsWith("$") ? [[k, v]] : [])));

/** Runs `act` for the signed-in viewer, turning the services' refusals into messages. */
async function asViewer(form: FormData, act: (viewer: NonNullable<Awaited<ReturnType<typeof currentViewer>>>) => Promise<Partial<AdminState>>): Promise<AdminState> {
  const viewer = await currentViewer();
  if (!viewer) return { ...emptyState, error: "signedOut", values: values(form) };
  try {
    const result = await act(viewer);
    revalidatePath("/", "layout");
    return { ...emptyState, ...result };
  } catch (error) {
    if (error instanceof NotAllowedError) return { ...emptyState, error: "notAllowed", values: values(form) };
    if (error instanceof LastAdminError) return { ...emptyState, error: "lastAdmin", values: values(form) };
    throw error;
  }
}

export async function inviteAction(_state: AdminState, form: FormData): Promise<AdminState> {
  const parsed = inviteSchema.safeParse(Object.fromEntries(form));
  const national = parsed.success && (parsed.data.role === "ADMIN" || parsed.data.role === "COORDINATOR");
  if (!parsed.success || (!national && !parsed.data.organisationId)) return { ...emptyState, error: "invalidInput", values: values(form) };
  const { email, name, role, organisationId, locale } = parsed.data;
  return asViewer(form, async (viewer) => {
    const invitation =
      role === "ADMIN" || role === "COORDINATOR" ? { email, name, nationalRole: role } : { email, name, role, organisationId: organisationId ?? "" };
    const { link, mailed } = await accountLinks.invite(viewer, invitation, locale, await requestAddress());
    return { done: link === null ? "roleAdded" : mailed ? "invited" : "inviteLink", link: mailed ? null : link, email };
  });
}

export async function personAction(_state: AdminState, form: FormData): Promise<AdminState> {
  const parsed = personSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ...emptyState, error: "invalidInput", values: values(form) };
  const input = parsed.data;
  return asViewer(form, async (viewer) => {
    const address = await requestAddress();
    switch (input.intent) {
      case "change-role":
        await accounts.changeRole(viewer, { userId: input.userId, organisationId: input.organisationId, role: input.role === "NONE" ? null : input.role }, address);
        return { done: "roleChanged" };
      case "deactivate":
        await accounts.deactivate(viewer, input.userId, address);
        return { done: "deactivated" };
      case "reactivate":
        await accounts.reactivate(viewer, input.userId, address);
        return { done: "reactivated" };
      case "reset-link":
        return { done: "resetLinkMade", link: await accountLinks.resetLinkFor(viewer, input.userId, input.locale, address) };
      case "reset-second-factor":
        await accountSecurity.reset(viewer, input.userId, address);
        return { done: "secondFactorReset" };
      case "pseudonymise":
        await accounts.pseudonymise(viewer, input.userId, address);
        return { done: "pseudonymised" };
    }
  });
}
