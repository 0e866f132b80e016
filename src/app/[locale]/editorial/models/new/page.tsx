// A new model: the guided form, empty, with the viewer's organisation as its developer.
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { localeFrom } from "@/i18n/params";
import { ModelForm } from "../_components/ModelForm";
import { formOptions } from "@/editorial/options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "ModelEditor" });
  return { title: t("newTitle") };
}

export default async function NewModelPage({ params }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/models/new");
  if (!may(viewer, "model.edit")) forbidden();
  const t = await getTranslations("ModelEditor");
  const own = viewer.memberships.filter((m) => m.role === "EDITOR" || m.role === "PUBLISHER").map((m) => m.organisationKey);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("newTitle")}</h1>
      <ModelForm
        locale={locale}
        id={null}
        version={0}
        revision={0}
        sourceLocale="fi"
        document={{ slug: "", facts: { developers: own.slice(0, 1) }, texts: {} }}
        lagging={{}}
        aids={{}}
        openThreads={{}}
        options={await formOptions(locale)}
        canSubmit={false}
      />
    </div>
  );
}
