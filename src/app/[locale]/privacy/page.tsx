// The privacy notice (GDPR article 13): the text from content/pages/privacy, then who the
// controller is and how long each kind of data is kept, both from the operator's configuration.
import type { Metadata } from "next";
import { SitePageView } from "@/components/site-pages/SitePageView";
import { env } from "@/env";
import { sitePage, sitePageMetadata } from "../_components/site-page";
import { ControllerContacts } from "./_components/ControllerContacts";
import { RetentionTable } from "./_components/RetentionTable";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sitePageMetadata(params, "privacy");
}

export default async function PrivacyPage({ params }: Props) {
  const page = await sitePage(params, "privacy");
  return (
    <SitePageView page={page}>
      <ControllerContacts
        controller={{ name: env.PALASET_CONTROLLER_NAME, email: env.PALASET_CONTROLLER_EMAIL, address: env.PALASET_CONTROLLER_ADDRESS }}
        dpoEmail={env.PALASET_DPO_EMAIL}
      />
      <RetentionTable
        serverLogDays={env.PALASET_SERVER_LOG_DAYS}
        sessionIdleHours={env.PALASET_SESSION_IDLE_HOURS}
        auditAddressMonths={env.PALASET_AUDIT_ADDRESS_MONTHS}
      />
    </SitePageView>
  );
}
