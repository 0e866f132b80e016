// better-auth's own routes (session, sign-out, and the second factor and single sign-on to
// come). Signing in with a password goes through /api/sign-in instead (src/auth/auth.ts).
import { toNextJsHandler } from "better-auth/next-js";
import { appAuth } from "@/auth/app";
import { apiRoute } from "@/http/api-route";

const handlers = toNextJsHandler(async (request: Request) => (await appAuth()).handler(request));

export const GET = apiRoute(null, handlers.GET);
export const POST = apiRoute(null, handlers.POST);
