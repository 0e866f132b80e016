// Locale routing (Next 16 calls middleware "proxy"): redirects / by Accept-Language,
// and maps localized paths to the app's routes.
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
