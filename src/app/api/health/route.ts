// GET /api/health: 200 with the catalogue's revision and the database round trip, or 503 when
// the database does not answer. For load balancers and uptime checks; it checks afresh on
// every call rather than reporting the gate's last check. With a read replica it reports the
// replica too: its revision, how far its replay is behind, or that it does not answer (public
// reads then go to the primary, so the service stays up).
import { catalogueFor, checkAppReplica } from "@/catalogue";

export async function GET() {
  const [health, replica] = await Promise.all([catalogueFor(true).checkDatabase(), checkAppReplica()]);
  const headers = { "Cache-Control": "no-store" };
  if (!health.up) {
    return Response.json({ status: "unavailable", checkedAt: health.checkedAt }, { status: 503, headers: { ...headers, "Retry-After": "5" } });
  }
  return Response.json(
    {
      status: "ok",
      revision: health.revision.toString(),
      databaseRoundTripMs: health.roundTripMs,
      checkedAt: health.checkedAt,
      ...(replica && {
        replica: replica.up ? { status: "ok", revision: replica.revision.toString(), lagMs: replica.lagMs } : { status: "unavailable" },
      }),
    },
    { headers },
  );
}
