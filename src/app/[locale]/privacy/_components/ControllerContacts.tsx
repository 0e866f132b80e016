// Who is responsible for the personal data, and how to reach them and the data protection
// officer: configuration of the installation (PALASET_CONTROLLER_*, PALASET_DPO_EMAIL).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type Controller = { name?: string; email?: string; address?: string };

function Email({ address }: { address: string }) {
  return (
    <a href={`mailto:${address}`} className="text-brand underline">
      {address}
    </a>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ControllerContacts({ controller, dpoEmail }: { controller: Controller; dpoEmail?: string }) {
  const t = useTranslations("PrivacyPage");
  const missing = <span className="italic">{t("notConfigured")}</span>;
  return (
    <section aria-labelledby="controller-title" className="max-w-3xl rounded-lg border border-slate-300 p-4">
      <h2 id="controller-title" className="text-xl font-bold">
        {t("controllerTitle")}
      </h2>
      <dl className="mt-2 divide-y divide-slate-200">
        <Row label={t("controller")}>{controller.name ?? missing}</Row>
        <Row label={t("contact")}>
          {controller.email || controller.address ? (
            <>
              {controller.email && <Email address={controller.email} />}
              {controller.address && <span className="block">{controller.address}</span>}
            </>
          ) : (
            missing
          )}
        </Row>
        <Row label={t("dpo")}>{dpoEmail ? <Email address={dpoEmail} /> : missing}</Row>
      </dl>
      {!(controller.name && (controller.email || controller.address) && dpoEmail) && <p className="mt-2 text-sm">{t("notConfiguredNote")}</p>}
    </section>
  );
}
