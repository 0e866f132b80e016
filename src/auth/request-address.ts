// The client address of the current request, as our server stamped it (scripts/serve.ts).
import "server-only";
import { headers } from "next/headers";
import { clientAddressHeader } from "@/domain/client-address";

export async function requestAddress(): Promise<string> {
  return (await headers()).get(clientAddressHeader) ?? "unknown";
}
