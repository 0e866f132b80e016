// GET /api/health: 200 with the catalogue's revision and the database round trip, or 503 when
// the database does not answer. For load balancers and uptime checks; it checks afresh on
// every call rather than reporting the proxy's last check.
import { catalogue } from "@/catalogue";

export async function GET() {
  const health = await catalogue().checkDatabase();
  const headers = { "Cache-Control": "no-store" };
  if (!health.up) {
    return Response.json({ status: "unavailable", checkedAt: health.checkedAt }, { status: 503, headers: { ...headers, "Retry-After": "5" } });
  }
  return Response.json(
    { status: "ok", revision: health.revision.toString(), databaseRoundTripMs: health.roundTripMs, checkedAt: health.checkedAt },
    { headers },
  );
}
