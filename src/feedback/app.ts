// Feedback on the app's database, with the installation's secret as the key of address hashes.
import "server-only";
import { getAppDb } from "@/db/app";
import { env } from "@/env";
import { installSecret } from "@/auth/install-secret";
import type { Viewer } from "@/auth/permissions";
import { countOpenFeedback, listFeedback, markFeedbackHandled, submitFeedback, type NewFeedback } from "./messages";

async function secret(): Promise<string> {
  return env.PALASET_AUTH_SECRET ?? installSecret(getAppDb());
}

export const feedback = {
  submit: async (message: NewFeedback, address: string) => submitFeedback(getAppDb(), message, { address, secret: await secret() }),
  list: (viewer: Viewer) => listFeedback(getAppDb(), viewer),
  countOpen: (viewer: Viewer) => countOpenFeedback(getAppDb(), viewer),
  markHandled: (viewer: Viewer, id: string) => markFeedbackHandled(getAppDb(), viewer, id),
};
