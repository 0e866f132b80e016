// Phrase banks of the synthetic catalogue (./model.ts): slot words with their
// Finnish case forms, and sentences given in fi, sv and en so the three texts of a generated
// model stay translations of each other.
import type { DimensionKey, SectionKey } from "@/domain/model";
import { cap } from "./random";

// ---------------------------------------------------------------------------------------------
// Slot words. Finnish needs case forms (genitive, allative, partitive, locative); Swedish and
// English mostly do not. Optional taxonomy keys let the facts agree with the text.

export type Tri = readonly [fi: string, sv: string, en: string];
export type TargetWord = { nom: string; gen: string; all: string; par: string; sv: string; en: string; key: string };
export type ActivityWord = { nom: string; gen: string; sv: string; svDef: string; svNeuter: boolean; en: string; theme?: string };
export type PlaceWord = { nom: string; gen: string; loc: string; sv: string; en: string; region: string; county: string };
export type PartnerWord = { nom: string; gen: string; sv: string; en: string };
export type AdjectiveWord = { fi: string; sv: string; svNeuter: string; en: string };

export const tg = (nom: string, gen: string, all: string, par: string, sv: string, en: string, key: string): TargetWord => ({ nom, gen, all, par, sv, en, key });
export const targets: TargetWord[] = [
  tg("nuoret aikuiset", "nuorten aikuisten", "nuorille aikuisille", "nuoria aikuisia", "unga vuxna", "young adults", "young-people"),
  tg("pitkäaikaistyöttömät", "pitkäaikaistyöttömien", "pitkäaikaistyöttömille", "pitkäaikaistyöttömiä", "långtidsarbetslösa", "long-term unemployed people", "unemployed"),
  tg("ikääntyneet", "ikääntyneiden", "ikääntyneille", "ikääntyneitä", "äldre personer", "older people", "adults"),
  tg("maahan muuttaneet", "maahan muuttaneiden", "maahan muuttaneille", "maahan muuttaneita", "invandrare", "immigrants", "people-in-vulnerable-situations"),
  tg("vankilasta vapautuvat", "vankilasta vapautuvien", "vankilasta vapautuville", "vankilasta vapautuvia", "personer som friges från fängelse", "people released from prison", "people-with-prison-background"),
  tg("päihdekuntoutujat", "päihdekuntoutujien", "päihdekuntoutujille", "päihdekuntoutujia", "personer i missbruksrehabilitering", "people recovering from substance use", "mental-health-and-substance-use-clients"),
  tg("mielenterveyskuntoutujat", "mielenterveyskuntoutujien", "mielenterveyskuntoutujille", "mielenterveyskuntoutujia", "personer i psykiatrisk rehabilitering", "mental health rehabilitees", "mental-health-and-substance-use-clients"),
  tg("lapsiperheet", "lapsiperheiden", "lapsiperheille", "lapsiperheitä", "barnfamiljer", "families with children", "adults"),
  tg("koulunsa keskeyttäneet nuoret", "koulunsa keskeyttäneiden nuorten", "koulunsa keskeyttäneille nuorille", "koulunsa keskeyttäneitä nuoria", "unga som har avbrutit sin utbildning", "young people who have left school early", "young-people"),
  tg("yksinäiset ikäihmiset", "yksinäisten ikäihmisten", "yksinäisille ikäihmisille", "yksinäisiä ikäihmisiä", "ensamma äldre", "lonely older people", "people-in-vulnerable-situations"),
  tg("asunnottomat", "asunnottomien", "asunnottomille", "asunnottomia", "bostadslösa", "people experiencing homelessness", "people-in-vulnerable-situations"),
  tg("vammaiset henkilöt", "vammaisten henkilöiden", "vammaisille henkilöille", "vammaisia henkilöitä", "personer med funktionsnedsättning", "people with disabilities", "people-in-vulnerable-situations"),
  tg("omaishoitajat", "omaishoitajien", "omaishoitajille", "omaishoitajia", "närståendevårdare", "family carers", "adults"),
  tg("sosiaalisen kuntoutuksen asiakkaat", "sosiaalisen kuntoutuksen asiakkaiden", "sosiaalisen kuntoutuksen asiakkaille", "sosiaalisen kuntoutuksen asiakkaita", "klienter inom social rehabilitering", "social rehabilitation clients", "social-rehabilitation-clients"),
  tg("osatyökykyiset", "osatyökykyisten", "osatyökykyisille", "osatyökykyisiä", "personer med partiell arbetsförmåga", "people with partial work ability", "unemployed"),
  tg("sosiaalialan ammattilaiset", "sosiaalialan ammattilaisten", "sosiaalialan ammattilaisille", "sosiaalialan ammattilaisia", "yrkesverksamma inom det sociala området", "social care professionals", "professionals"),
];

export const act = (nom: string, gen: string, sv: string, svDef: string, svNeuter: boolean, en: string, theme?: string): ActivityWord => ({ nom, gen, sv, svDef, svNeuter, en, theme });
export const activities: ActivityWord[] = [
  act("ryhmätoiminta", "ryhmätoiminnan", "gruppverksamhet", "gruppverksamheten", false, "group activities", "participation"),
  act("vertaistuki", "vertaistuen", "kamratstöd", "kamratstödet", true, "peer support", "participation"),
  act("pajatoiminta", "pajatoiminnan", "verkstadsverksamhet", "verkstadsverksamheten", false, "workshop activities", "social-rehabilitation"),
  act("luontotoiminta", "luontotoiminnan", "naturverksamhet", "naturverksamheten", false, "nature-based activities", "nature"),
  act("kohtaamispaikka", "kohtaamispaikan", "mötesplats", "mötesplatsen", false, "meeting place", "participation"),
  act("jalkautuva ohjaus", "jalkautuvan ohjauksen", "uppsökande handledning", "den uppsökande handledningen", false, "outreach guidance", "social-rehabilitation"),
  act("työvalmennus", "työvalmennuksen", "jobbcoachning", "jobbcoachningen", false, "job coaching", "social-rehabilitation"),
  act("kulttuuritoiminta", "kulttuuritoiminnan", "kulturverksamhet", "kulturverksamheten", false, "cultural activities", "culture"),
  act("pelitoiminta", "pelitoiminnan", "spelverksamhet", "spelverksamheten", false, "gaming activities", "games"),
  act("tarinatyöskentely", "tarinatyöskentelyn", "berättararbete", "berättararbetet", true, "storytelling work", "storytelling"),
  act("kokemusasiantuntijatoiminta", "kokemusasiantuntijatoiminnan", "erfarenhetsexpertverksamhet", "erfarenhetsexpertverksamheten", false, "expert-by-experience work", "co-development"),
  act("arjen tuki", "arjen tuen", "vardagsstöd", "vardagsstödet", true, "everyday support", "social-rehabilitation"),
  act("liikuntaryhmä", "liikuntaryhmän", "motionsgrupp", "motionsgruppen", false, "exercise group"),
  act("yhteiskehittäminen", "yhteiskehittämisen", "samutveckling", "samutvecklingen", false, "co-development", "co-development"),
  act("sirkustoiminta", "sirkustoiminnan", "cirkusverksamhet", "cirkusverksamheten", false, "circus activities", "creative-methods"),
  act("puutarhatoiminta", "puutarhatoiminnan", "trädgårdsverksamhet", "trädgårdsverksamheten", false, "gardening activities", "nature"),
  act("digituki", "digituen", "digistöd", "digistödet", true, "digital support"),
  act("musiikkiryhmä", "musiikkiryhmän", "musikgrupp", "musikgruppen", false, "music group", "creative-methods"),
  act("kuvataidepaja", "kuvataidepajan", "bildkonstverkstad", "bildkonstverkstaden", false, "visual arts workshop", "creative-methods"),
  act("retkitoiminta", "retkitoiminnan", "utflyktsverksamhet", "utflyktsverksamheten", false, "outdoor excursions", "nature"),
];

export const adj = (fi: string, sv: string, svNeuter: string, en: string): AdjectiveWord => ({ fi, sv, svNeuter, en });
export const adjectives: AdjectiveWord[] = [
  adj("yhteisöllinen", "gemenskaplig", "gemenskapligt", "community-based"),
  adj("luova", "kreativ", "kreativt", "creative"),
  adj("toiminnallinen", "aktivitetsbaserad", "aktivitetsbaserat", "activity-based"),
  adj("dialoginen", "dialogisk", "dialogiskt", "dialogical"),
  adj("osallistava", "delaktiggörande", "delaktiggörande", "participatory"),
  adj("liikkuva", "mobil", "mobilt", "mobile"),
  adj("kokemuksellinen", "upplevelsebaserad", "upplevelsebaserat", "experiential"),
  adj("joustava", "flexibel", "flexibelt", "flexible"),
  adj("voimavaralähtöinen", "resursorienterad", "resursorienterat", "strengths-based"),
  adj("monialainen", "sektorsövergripande", "sektorsövergripande", "multi-professional"),
  adj("paikallinen", "lokal", "lokalt", "local"),
  adj("ratkaisukeskeinen", "lösningsfokuserad", "lösningsfokuserat", "solution-focused"),
  adj("kulttuurisensitiivinen", "kultursensitiv", "kultursensitivt", "culturally sensitive"),
  adj("ohjattu", "handledd", "handlett", "guided"),
  adj("perhekeskeinen", "familjecentrerad", "familjecentrerat", "family-centred"),
  adj("kuntouttava", "rehabiliterande", "rehabiliterande", "rehabilitative"),
  adj("maksuton", "avgiftsfri", "avgiftsfritt", "free"),
  adj("pitkäjänteinen", "långsiktig", "långsiktigt", "long-term"),
];

export const place = (nom: string, gen: string, loc: string, sv: string, en: string, region: string, county: string): PlaceWord => ({ nom, gen, loc, sv, en, region, county });
export const places: PlaceWord[] = [
  place("Helsinki", "Helsingin", "Helsingissä", "Helsingfors", "Helsinki", "uusimaa", "helsinki"),
  place("Vantaa", "Vantaan", "Vantaalla", "Vanda", "Vantaa", "uusimaa", "vantaa-kerava"),
  place("Espoo", "Espoon", "Espoossa", "Esbo", "Espoo", "uusimaa", "lansi-uusimaa"),
  place("Porvoo", "Porvoon", "Porvoossa", "Borgå", "Porvoo", "uusimaa", "ita-uusimaa"),
  place("Hyvinkää", "Hyvinkään", "Hyvinkäällä", "Hyvinge", "Hyvinkää", "uusimaa", "keski-uusimaa"),
  place("Turku", "Turun", "Turussa", "Åbo", "Turku", "varsinais-suomi", "varsinais-suomi"),
  place("Pori", "Porin", "Porissa", "Björneborg", "Pori", "satakunta", "satakunta"),
  place("Rauma", "Rauman", "Raumalla", "Raumo", "Rauma", "satakunta", "satakunta"),
  place("Hämeenlinna", "Hämeenlinnan", "Hämeenlinnassa", "Tavastehus", "Hämeenlinna", "kanta-hame", "kanta-hame"),
  place("Tampere", "Tampereen", "Tampereella", "Tammerfors", "Tampere", "pirkanmaa", "pirkanmaa"),
  place("Lahti", "Lahden", "Lahdessa", "Lahtis", "Lahti", "paijat-hame", "paijat-hame"),
  place("Kotka", "Kotkan", "Kotkassa", "Kotka", "Kotka", "kymenlaakso", "kymenlaakso"),
  place("Lappeenranta", "Lappeenrannan", "Lappeenrannassa", "Villmanstrand", "Lappeenranta", "etela-karjala", "etela-karjala"),
  place("Mikkeli", "Mikkelin", "Mikkelissä", "S:t Michel", "Mikkeli", "etela-savo", "etela-savo"),
  place("Kuopio", "Kuopion", "Kuopiossa", "Kuopio", "Kuopio", "pohjois-savo", "pohjois-savo"),
  place("Joensuu", "Joensuun", "Joensuussa", "Joensuu", "Joensuu", "pohjois-karjala", "pohjois-karjala"),
  place("Jyväskylä", "Jyväskylän", "Jyväskylässä", "Jyväskylä", "Jyväskylä", "keski-suomi", "keski-suomi"),
  place("Seinäjoki", "Seinäjoen", "Seinäjoella", "Seinäjoki", "Seinäjoki", "etela-pohjanmaa", "etela-pohjanmaa"),
  place("Vaasa", "Vaasan", "Vaasassa", "Vasa", "Vaasa", "pohjanmaa", "pohjanmaa"),
  place("Kokkola", "Kokkolan", "Kokkolassa", "Karleby", "Kokkola", "keski-pohjanmaa", "keski-pohjanmaa"),
  place("Oulu", "Oulun", "Oulussa", "Uleåborg", "Oulu", "pohjois-pohjanmaa", "pohjois-pohjanmaa"),
  place("Kajaani", "Kajaanin", "Kajaanissa", "Kajana", "Kajaani", "kainuu", "kainuu"),
  place("Rovaniemi", "Rovaniemen", "Rovaniemellä", "Rovaniemi", "Rovaniemi", "lappi", "lappi"),
];

export const partner = (nom: string, gen: string, sv: string, en: string): PartnerWord => ({ nom, gen, sv, en });
export const partners: PartnerWord[] = [
  partner("kunnan nuorisopalvelut", "kunnan nuorisopalvelujen", "kommunens ungdomstjänster", "the municipal youth services"),
  partner("hyvinvointialueen aikuissosiaalityö", "hyvinvointialueen aikuissosiaalityön", "välfärdsområdets vuxensocialarbete", "adult social work in the wellbeing services county"),
  partner("työllisyyspalvelut", "työllisyyspalvelujen", "sysselsättningstjänsterna", "the employment services"),
  partner("seurakunta", "seurakunnan", "församlingen", "the local parish"),
  partner("kansalaisopisto", "kansalaisopiston", "medborgarinstitutet", "the adult education centre"),
  partner("kaupunginkirjasto", "kaupunginkirjaston", "stadsbiblioteket", "the city library"),
  partner("paikallinen urheiluseura", "paikallisen urheiluseuran", "den lokala idrottsföreningen", "the local sports club"),
  partner("Rikosseuraamuslaitos", "Rikosseuraamuslaitoksen", "Brottspåföljdsmyndigheten", "the Criminal Sanctions Agency"),
  partner("mielenterveysyhdistys", "mielenterveysyhdistyksen", "mentalvårdsföreningen", "the mental health association"),
  partner("ammattiopisto", "ammattiopiston", "yrkesinstitutet", "the vocational college"),
  partner("taidemuseo", "taidemuseon", "konstmuseet", "the art museum"),
  partner("Metsähallitus", "Metsähallituksen", "Forststyrelsen", "Metsähallitus"),
  partner("Kela", "Kelan", "FPA", "Kela, the Social Insurance Institution"),
  partner("asukasyhdistys", "asukasyhdistyksen", "invånarföreningen", "the residents' association"),
  partner("perhekeskus", "perhekeskuksen", "familjecentret", "the family centre"),
];

export const frequencies: Tri[] = [
  ["kerran viikossa", "en gång i veckan", "once a week"],
  ["kahdesti viikossa", "två gånger i veckan", "twice a week"],
  ["joka toinen viikko", "varannan vecka", "every other week"],
  ["kerran kuukaudessa", "en gång i månaden", "once a month"],
  ["arkipäivisin", "på vardagar", "on weekdays"],
];

export const projectNames = ["Tuetusti tulevaisuuteen", "Yhdessä eteenpäin", "Polkuja osallisuuteen", "Kohti työelämää", "Osallisena arjessa", "Verkosta voimaa", "Silta", "Askel kerrallaan", "Kaikki mukaan", "Luonnollisesti", "Yhteinen pöytä", "Tekemällä oppii"];

// ---------------------------------------------------------------------------------------------
// Sentence banks. Each entry gives the same sentence in fi, sv and en, so the three texts of a
// model stay translations of each other. The model (not the activity) is the English subject
// wherever verb agreement with a slot word would otherwise go wrong.

export type Words = { tg: TargetWord; act: ActivityWord; place: PlaceWord; partner: PartnerWord; freq: Tri; n: number; y1: number; y2: number };
export type Sentence = (w: Words) => Tri;

export const sectionSentences: Record<SectionKey, Sentence[]> = {
  "basic-idea": [
    (w) => [`Malli tarjoaa ${w.tg.all} turvallisen paikan kokeilla uutta ja tutustua muihin ihmisiin.`, `Modellen ger ${w.tg.sv} en trygg plats att pröva på nytt och lära känna andra människor.`, `The model gives ${w.tg.en} a safe place to try new things and get to know other people.`],
    (w) => [`Toiminnan ytimessä on ${w.act.nom}, jossa jokainen saa osallistua omien voimavarojensa mukaan.`, `Kärnan i verksamheten är ${w.act.svDef}, där var och en får delta utifrån sina egna resurser.`, `The work is built around the ${w.act.en}, where everyone can take part according to their own resources.`],
    () => ["Osallistujat suunnittelevat toimintaa yhdessä ohjaajien kanssa, jolloin heidän äänensä kuuluu alusta asti.", "Deltagarna planerar verksamheten tillsammans med handledarna, så att deras röst hörs från början.", "Participants plan the activities together with the instructors, so their voices are heard from the start."],
    (w) => [`Tavoitteena on vahvistaa ${w.tg.gen} osallisuutta, arjenhallintaa ja luottamusta omiin kykyihin.`, `Målet är att stärka delaktigheten, vardagshanteringen och tilltron till den egna förmågan hos ${w.tg.sv}.`, `The aim is to strengthen the participation, everyday coping skills and self-confidence of ${w.tg.en}.`],
    (w) => [`Malli syntyi ${w.place.loc}, kun työntekijät huomasivat, että perinteiset palvelut eivät tavoittaneet ${w.tg.par}.`, `Modellen kom till i ${w.place.sv} när personalen märkte att de traditionella tjänsterna inte nådde ${w.tg.sv}.`, `The model was created in ${w.place.en} when staff noticed that traditional services were not reaching ${w.tg.en}.`],
    (w) => [`${cap(w.act.nom)} yhdistää sosiaalisen kuntoutuksen ja vapaa-ajan toiminnan tavalla, joka tuntuu osallistujista luontevalta.`, `I ${w.act.svDef} förenas social rehabilitering och fritid på ett sätt som känns naturligt för deltagarna.`, `In the ${w.act.en}, social rehabilitation and leisure come together in a way that feels natural to participants.`],
    () => ["Vertaisten tuki on mallissa keskeistä: kokemukset jaetaan ja niistä opitaan yhdessä.", "Stödet från kamrater är centralt i modellen: erfarenheter delas och man lär sig av dem tillsammans.", "Support from peers is central to the model: experiences are shared and learned from together."],
    () => ["Ammattilainen kulkee asiakkaan rinnalla eikä tee päätöksiä hänen puolestaan.", "Den yrkesverksamma går vid klientens sida och fattar inte beslut åt hen.", "The professional walks alongside the client and does not make decisions on their behalf."],
    () => ["Toiminta perustuu vapaaehtoisuuteen, ja mukaan voi tulla ilman lähetettä tai ajanvarausta.", "Verksamheten bygger på frivillighet, och man kan komma med utan remiss eller tidsbokning.", "Participation is voluntary, and people can join without a referral or an appointment."],
    () => ["Pienet onnistumisen kokemukset kasvattavat itsetuntoa ja rohkaisevat ottamaan seuraavan askeleen kohti opiskelua tai työtä.", "Små framgångar stärker självkänslan och uppmuntrar till nästa steg mot studier eller arbete.", "Small successes build self-esteem and encourage people to take the next step towards studies or work."],
  ],
  "operating-environment": [
    (w) => [`Mallia on toteutettu ${w.place.loc} yhteistyössä ${w.partner.gen} kanssa.`, `Modellen har genomförts i ${w.place.sv} i samarbete med ${w.partner.sv}.`, `The model has been carried out in ${w.place.en} in cooperation with ${w.partner.en}.`],
    (w) => [`Toiminta järjestetään ${w.freq[0]} järjestön omissa tiloissa, joihin on hyvät kulkuyhteydet.`, `Verksamheten ordnas ${w.freq[1]} i organisationens egna lokaler, dit det är lätt att ta sig.`, `The activities take place ${w.freq[2]} on the organisation's own premises, which are easy to reach.`],
    () => ["Osa tapaamisista pidetään luonnossa, esimerkiksi lähimetsässä, rannalla tai kansallispuistossa.", "En del av träffarna hålls ute i naturen, till exempel i närskogen, på stranden eller i en nationalpark.", "Some of the meetings are held outdoors, for example in a nearby forest, on the shore or in a national park."],
    () => ["Hyvinvointialue vastaa palvelujen kokonaisuudesta, ja järjestö tuo mukaan matalan kynnyksen toimintaa.", "Välfärdsområdet ansvarar för helheten av tjänster, och organisationen bidrar med lågtröskelverksamhet.", "The wellbeing services county is responsible for the services as a whole, while the organisation adds low-threshold activities."],
    () => ["Kunnan rooli on vahvistunut erityisesti työllisyyspalveluissa, nuorisotyössä ja kulttuuripalveluissa.", "Kommunens roll har stärkts särskilt inom sysselsättningstjänster, ungdomsarbete och kulturtjänster.", "The municipality's role has grown especially in employment services, youth work and cultural services."],
    () => ["Toimintaympäristönä voi olla myös kirjasto, nuorisotalo, työpaja tai asukastila.", "Verksamheten kan också ordnas i ett bibliotek, en ungdomsgård, en verkstad eller en invånarlokal.", "The activities can also take place in a library, a youth centre, a workshop or a residents' meeting room."],
    (w) => [`Osallistujia ohjautuu toimintaan ${w.partner.gen} kautta, ja yhteistyökumppani osallistuu myös toiminnan kehittämiseen.`, `Deltagarna hänvisas av ${w.partner.sv}, som också deltar i utvecklingen av verksamheten.`, `Participants are referred by ${w.partner.en}, which also takes part in developing the activities.`],
    () => ["Verkkotapaamiset täydentävät lähitoimintaa erityisesti harvaan asutuilla alueilla, joilla matkat ovat pitkiä.", "Möten på nätet kompletterar närverksamheten särskilt i glesbygden, där avstånden är långa.", "Online meetings complement face-to-face activities, especially in sparsely populated areas where distances are long."],
    () => ["Malli on osa laajempaa palveluverkostoa, johon kuuluvat sosiaalityö, terveyspalvelut ja kolmannen sektorin toimijat.", "Modellen är en del av ett bredare servicenätverk som omfattar socialt arbete, hälsotjänster och aktörer inom tredje sektorn.", "The model is part of a wider service network that includes social work, health services and third-sector organisations."],
    () => ["Rahoitus on koottu useista lähteistä, kuten hankerahoituksesta ja kunnan avustuksista.", "Finansieringen har samlats från flera källor, till exempel projektfinansiering och kommunala bidrag.", "Funding has been put together from several sources, such as project grants and municipal subsidies."],
  ],
  "target-group": [
    (w) => [`Malli on suunnattu ${w.tg.all}, joiden arjessa on monenlaisia haasteita.`, `Modellen riktar sig till ${w.tg.sv} som har många slags utmaningar i vardagen.`, `The model is aimed at ${w.tg.en} who face many kinds of challenges in everyday life.`],
    () => ["Monella osallistujalla on kokemuksia yksinäisyydestä, työttömyydestä tai pitkään jatkuneesta syrjäytymisestä.", "Många deltagare har erfarenheter av ensamhet, arbetslöshet eller långvarigt utanförskap.", "Many participants have experienced loneliness, unemployment or long-term social exclusion."],
    (w) => [`Ryhmään otetaan kerrallaan noin ${w.n} osallistujaa, jotta jokainen tulee kuulluksi.`, `Gruppen tar emot omkring ${w.n} deltagare åt gången, så att alla blir hörda.`, `Each group takes about ${w.n} participants at a time, so that everyone is heard.`],
    (w) => [`${cap(w.tg.gen)} tarpeet selvitettiin haastatteluin ja kyselyin ennen toiminnan käynnistämistä.`, `Behoven hos ${w.tg.sv} kartlades med intervjuer och enkäter innan verksamheten startade.`, `The needs of ${w.tg.en} were mapped through interviews and surveys before the activities began.`],
    () => ["Asiakkaat ovat osallistuneet toiminnan suunnitteluun kokemusasiantuntijoina.", "Klienterna har deltagit i planeringen av verksamheten som erfarenhetsexperter.", "Clients have taken part in planning the activities as experts by experience."],
    () => ["Toimintaan voivat osallistua myös läheiset, mikä tukee koko perheen hyvinvointia.", "Även närstående kan delta i verksamheten, vilket stöder hela familjens välbefinnande.", "Family members can also take part, which supports the wellbeing of the whole family."],
    (w) => [`Osallistujat ovat iältään noin ${14 + w.n}–${40 + w.n * 3}-vuotiaita.`, `Deltagarna är ungefär ${14 + w.n}–${40 + w.n * 3} år gamla.`, `Participants are roughly ${14 + w.n} to ${40 + w.n * 3} years old.`],
    () => ["Kaikilla ei ole varaa maksullisiin harrastuksiin, joten toiminta on maksutonta.", "Alla har inte råd med avgiftsbelagda fritidsintressen, så verksamheten är avgiftsfri.", "Not everyone can afford paid hobbies, so the activities are free of charge."],
    () => ["Asiakasymmärrystä on syvennetty keräämällä palautetta jokaisen jakson lopuksi.", "Klientförståelsen har fördjupats genom att samla in respons efter varje period.", "Understanding of the clients has been deepened by collecting feedback at the end of each period."],
    () => ["Kielitaito ei ole edellytys, sillä toiminnassa käytetään paljon kuvia, yhdessä tekemistä ja selkokieltä.", "Språkkunskaper är inget krav, eftersom verksamheten använder mycket bilder, praktiska aktiviteter och lättläst språk.", "Language skills are not required, as the activities rely on pictures, doing things together and plain language."],
  ],
  conditions: [
    () => ["Onnistuminen edellyttää pysyvää työntekijää, johon osallistujat voivat luottaa.", "För att lyckas krävs en fast anställd som deltagarna kan lita på.", "Success requires a permanent worker whom participants can trust."],
    () => ["Ohjaajilla tulee olla sosiaali- tai nuorisoalan koulutus sekä kokemusta ryhmien ohjaamisesta.", "Handledarna ska ha utbildning inom social- eller ungdomsbranschen samt erfarenhet av att leda grupper.", "Instructors should have training in social work or youth work and experience of leading groups."],
    (w) => [`${cap(w.partner.gen)} sitoutuminen yhteistyöhön on ratkaisevaa toiminnan jatkuvuuden kannalta.`, `Att ${w.partner.sv} förbinder sig till samarbetet är avgörande för verksamhetens kontinuitet.`, `The commitment of ${w.partner.en} to the cooperation is crucial for continuity.`],
    () => ["Toiminnalle tarvitaan esteettömät tilat ja riittävästi välineitä, esimerkiksi pelejä, taidetarvikkeita tai retkivarusteita.", "Verksamheten behöver tillgängliga lokaler och tillräckligt med utrustning, till exempel spel, konstmaterial eller friluftsutrustning.", "The activities need accessible premises and enough equipment, such as games, art supplies or outdoor gear."],
    (w) => [`Työntekijä tarvitsee aikaa kohtaamiseen, joten noin ${w.n * 3} asiakasta työntekijää kohden on osoittautunut sopivaksi.`, `Arbetstagaren behöver tid för möten, så omkring ${w.n * 3} klienter per arbetstagare har visat sig fungera.`, `Workers need time for genuine encounters, so about ${w.n * 3} clients per worker has proved workable.`],
    () => ["Säännöllinen työnohjaus auttaa työntekijöitä jaksamaan ja kehittämään omaa työtään.", "Regelbunden arbetshandledning hjälper personalen att orka och att utveckla sitt arbete.", "Regular supervision helps staff cope and develop their own work."],
    (w) => [`Toiminnan vaikutuksia seurataan yksinkertaisella mittarilla ${w.freq[0]}.`, `Verksamhetens effekter följs upp med en enkel mätare ${w.freq[1]}.`, `The effects of the activities are followed up with a simple indicator ${w.freq[2]}.`],
    () => ["Johdon tuki ja selkeä työnjako hyvinvointialueen ja järjestön välillä helpottavat mallin juurruttamista.", "Stöd från ledningen och en tydlig arbetsfördelning mellan välfärdsområdet och organisationen gör det lättare att förankra modellen.", "Support from management and a clear division of labour between the wellbeing services county and the organisation make the model easier to embed."],
    () => ["Osallistujille korvataan matkakulut, jotta taloudellinen tilanne ei estä osallistumista.", "Deltagarna får ersättning för resekostnader, så att ekonomin inte hindrar deltagandet.", "Participants' travel costs are reimbursed so that money does not stand in the way of taking part."],
    () => ["Tietosuojasta huolehditaan, eikä osallistujista kirjata tietoja ilman heidän suostumustaan.", "Dataskyddet sköts, och inga uppgifter om deltagarna antecknas utan deras samtycke.", "Data protection is taken care of, and nothing is recorded about participants without their consent."],
  ],
  tips: [
    () => ["Aloita pienesti ja kokeile toimintaa ensin yhden ryhmän kanssa ennen laajentamista.", "Börja i liten skala och pröva verksamheten med en grupp innan ni utvidgar den.", "Start small and try the activities with one group before expanding."],
    (w) => [`Kutsu ${w.tg.par} mukaan suunnittelemaan jo ennen kuin ensimmäinen ryhmä alkaa.`, `Bjud in ${w.tg.sv} att delta i planeringen redan innan den första gruppen startar.`, `Invite ${w.tg.en} to help plan the activities before the first group starts.`],
    (w) => [`Sopikaa ${w.partner.gen} kanssa selkeästi, kuka vastaa mistäkin.`, `Kom överens med ${w.partner.sv} om vem som ansvarar för vad.`, `Agree clearly with ${w.partner.en} on who is responsible for what.`],
    (w) => [`Kokemukset ${w.place.loc} osoittavat, että pysyvä kokoontumispaikka lisää osallistujien sitoutumista.`, `Erfarenheterna från ${w.place.sv} visar att en fast mötesplats ökar deltagarnas engagemang.`, `Experience in ${w.place.en} shows that a permanent meeting place increases participants' commitment.`],
    () => ["Varaa aikaa myös epävirallisille keskusteluille, sillä niissä syntyy usein luottamus.", "Reservera tid också för informella samtal, eftersom förtroendet ofta uppstår i dem.", "Set aside time for informal conversations too, as that is often where trust is built."],
    () => ["Kerro toiminnasta selkokielellä ja usealla kielellä esimerkiksi sosiaalisessa mediassa ja ilmoitustauluilla.", "Berätta om verksamheten på lättläst språk och på flera språk, till exempel i sociala medier och på anslagstavlor.", "Tell people about the activities in plain language and in several languages, for example on social media and notice boards."],
    () => ["Hyödynnä kokemusasiantuntijoita ohjaajina, sillä vertaisen esimerkki rohkaisee osallistumaan.", "Använd erfarenhetsexperter som handledare, eftersom ett exempel från en kamrat uppmuntrar till deltagande.", "Involve experts by experience as instructors, because a peer's example encourages others to take part."],
    () => ["Dokumentoi kokemukset heti alusta, jotta toiminnan hyödyt voidaan osoittaa rahoittajille.", "Dokumentera erfarenheterna redan från början, så att verksamhetens nytta kan visas för finansiärerna.", "Document your experiences from the very beginning so that the benefits can be shown to funders."],
    () => ["Mallista on saatavilla ohjaajan opas, jota voi muokata oman organisaation tarpeisiin.", "Det finns en handledarguide för modellen som kan anpassas till den egna organisationens behov.", "An instructor's guide to the model is available and can be adapted to your own organisation's needs."],
    () => ["Pelit ja leikilliset menetelmät madaltavat kynnystä tulla mukaan ensimmäistä kertaa.", "Spel och lekfulla metoder sänker tröskeln för att komma med första gången.", "Games and playful methods lower the threshold for coming along the first time."],
  ],
};

/** Sentences that fit any section; drawn after a section's own bank runs out. */
export const genericSentences: Sentence[] = [
  (w) => [`${cap(w.act.nom)} on osoittautunut toimivaksi tavaksi vahvistaa osallisuutta.`, `${cap(w.act.svDef)} har visat sig vara ett fungerande sätt att stärka delaktigheten.`, `Working through the ${w.act.en} has proved an effective way to strengthen participation.`],
  () => ["Toimintaa kehitetään jatkuvasti osallistujilta saadun palautteen perusteella.", "Verksamheten utvecklas hela tiden utifrån respons från deltagarna.", "The activities are continuously developed on the basis of feedback from participants."],
  () => ["Yhteistyö järjestöjen, kunnan ja hyvinvointialueen välillä on ollut tiivistä.", "Samarbetet mellan organisationerna, kommunen och välfärdsområdet har varit tätt.", "Cooperation between organisations, the municipality and the wellbeing services county has been close."],
  () => ["Moni osallistuja on kertonut, että toiminta on tuonut arkeen rytmiä ja merkityksellisyyttä.", "Många deltagare har berättat att verksamheten har gett vardagen rytm och mening.", "Many participants have said that the activities have brought rhythm and meaning to their everyday lives."],
  () => ["Ohjaajat kohtaavat osallistujat tasavertaisina ja arvostavat heidän kokemustaan.", "Handledarna möter deltagarna som jämlikar och värdesätter deras erfarenheter.", "Instructors meet participants as equals and value their experience."],
  () => ["Luonnossa liikkuminen, kulttuurielämykset ja yhdessä tekeminen tukevat sekä fyysistä että psyykkistä hyvinvointia.", "Att röra sig i naturen, kulturupplevelser och att göra saker tillsammans stöder både det fysiska och det psykiska välbefinnandet.", "Time in nature, cultural experiences and doing things together support both physical and mental wellbeing."],
  (w) => [`Vuosina ${w.y1}–${w.y2} toimintaan osallistui yli ${w.n * 20} ihmistä.`, `Under åren ${w.y1}–${w.y2} deltog över ${w.n * 20} personer i verksamheten.`, `Between ${w.y1} and ${w.y2}, more than ${w.n * 20} people took part.`],
  () => ["Polut työelämään vahvistuvat, kun osallistujat saavat onnistumisen kokemuksia ja uusia taitoja.", "Vägarna till arbetslivet stärks när deltagarna får erfarenheter av att lyckas och nya färdigheter.", "Pathways to employment grow stronger when participants experience success and learn new skills."],
  (w) => [`${cap(w.partner.nom)} on ollut tärkeä kumppani erityisesti toiminnan alkuvaiheessa.`, `${cap(w.partner.sv)} har varit en viktig partner särskilt i början av verksamheten.`, `${cap(w.partner.en)} played an important part, especially in the early stages.`],
  () => ["Malli soveltuu käytettäväksi sekä kaupungeissa että maaseudulla.", "Modellen lämpar sig både i städer och på landsbygden.", "The model works both in cities and in rural areas."],
];

export const subheadings: Tri[] = [
  ["Käytännön vinkkejä", "Praktiska tips", "Practical tips"],
  ["Yhteistyökumppanit", "Samarbetsparter", "Partners"],
  ["Resurssit", "Resurser", "Resources"],
  ["Kokemuksia kentältä", "Erfarenheter från fältet", "Experience from the field"],
];
export const listIntro: Tri = ["Käytännössä tarvitaan", "I praktiken behövs", "In practice you need"];
export const listItems: Tri[] = [
  ["nimetty yhteyshenkilö", "en utsedd kontaktperson", "a named contact person"],
  ["säännöllinen kokoontumisaika", "en regelbunden mötestid", "a regular meeting time"],
  ["esteetön ja rauhallinen tila", "en tillgänglig och lugn lokal", "an accessible, quiet space"],
  ["budjetti materiaaleihin ja retkiin", "en budget för material och utflykter", "a budget for materials and outings"],
  ["yhteistyösopimus kumppaneiden kanssa", "ett samarbetsavtal med partnerna", "a cooperation agreement with partners"],
  ["tapa kerätä palautetta", "ett sätt att samla in respons", "a way to collect feedback"],
  ["perehdytys uusille ohjaajille", "introduktion för nya handledare", "induction for new instructors"],
  ["tiedotusmateriaali selkokielellä", "informationsmaterial på lättläst språk", "information material in plain language"],
];

export const shortFirst: Sentence[] = [
  (w) => [`${cap(w.act.nom)} tukee ${w.tg.gen} osallisuutta ja tarjoaa mahdollisuuden kuulua yhteisöön.`, `${cap(w.act.svDef)} stöder delaktigheten hos ${w.tg.sv} och ger en möjlighet att höra till en gemenskap.`, `Through the ${w.act.en}, ${w.tg.en} get a chance to take part and belong to a community.`],
  (w) => [`Malli auttaa ${w.tg.par} löytämään omat vahvuutensa ${w.act.gen} ja vertaisten avulla.`, `Modellen hjälper ${w.tg.sv} att hitta sina styrkor med hjälp av ${w.act.svDef} och kamrater.`, `The model helps ${w.tg.en} discover their strengths through the ${w.act.en} and the support of peers.`],
  (w) => [`${w.place.gen} seudulla kehitetty matalan kynnyksen toimintamalli, joka tuo ${w.tg.par} yhteen.`, `En lågtröskelmodell från ${w.place.sv} som för samman ${w.tg.sv}.`, `A low-threshold model from ${w.place.en} that brings ${w.tg.en} together.`],
  (w) => [`Toimintamallissa ${w.tg.nom} ja ammattilaiset kehittävät palveluja yhdessä tasavertaisina kumppaneina.`, `I modellen utvecklar ${w.tg.sv} och yrkesverksamma tjänsterna tillsammans som jämlika partner.`, `In the model, ${w.tg.en} and professionals develop services together as equal partners.`],
  (w) => [`${cap(w.act.nom)} yhdistää ${w.place.loc} luonnon, kulttuurin ja yhdessä tekemisen.`, `${cap(w.act.svDef)} i ${w.place.sv} förenar natur, kultur och att göra saker tillsammans.`, `In ${w.place.en}, nature, culture and doing things together meet in the ${w.act.en}.`],
  (w) => [`Malli madaltaa ${w.tg.gen} kynnystä hakeutua palveluihin ja tukee polkua kohti työtä tai opiskelua.`, `Modellen sänker tröskeln för ${w.tg.sv} att söka sig till tjänster och stöder vägen mot arbete eller studier.`, `The model lowers the threshold for ${w.tg.en} to seek services and supports their path towards work or studies.`],
];
export const shortSecond: Sentence[] = [
  () => ["Toiminta perustuu vapaaehtoisuuteen ja luottamukseen.", "Verksamheten bygger på frivillighet och förtroende.", "Participation is voluntary and built on trust."],
  (w) => [`Se toteutetaan yhteistyössä ${w.partner.gen} kanssa.`, `Den genomförs i samarbete med ${w.partner.sv}.`, `It is carried out in cooperation with ${w.partner.en}.`],
  () => ["Mukaan pääsee ilman lähetettä.", "Man kan delta utan remiss.", "No referral is needed."],
  () => ["Ohjaajina toimivat ammattilaiset ja kokemusasiantuntijat yhdessä.", "Handledare är yrkesverksamma och erfarenhetsexperter tillsammans.", "Professionals and experts by experience lead the groups together."],
];

export const summaries: Sentence[] = [
  () => ["Arvioinnin mukaan toiminta vahvistaa osallistujien luottamusta omiin kykyihinsä ja helpottaa palveluihin hakeutumista.", "Enligt utvärderingen stärker verksamheten deltagarnas tilltro till den egna förmågan och gör det lättare att söka sig till tjänster.", "The evaluation found that the activities strengthen participants' confidence in their own abilities and make it easier to reach services."],
  (w) => [`Arvioinnissa todettiin, että malli lisää ${w.tg.gen} kokemusta yhteisöön kuulumisesta.`, `Utvärderingen visade att modellen ökar känslan av gemenskap hos ${w.tg.sv}.`, `The evaluation showed that the model increases the sense of belonging among ${w.tg.en}.`],
  () => ["Arvioijat pitivät mallia lupaavana käytäntönä, joka on siirrettävissä muille alueille.", "Utvärderarna bedömde modellen som en lovande praxis som kan överföras till andra områden.", "The evaluators considered the model a promising practice that can be transferred to other areas."],
  (w) => [`Arvioinnin mukaan ${w.act.nom} tuo arkeen rytmiä ja vähentää yksinäisyyttä.`, `Enligt utvärderingen ger ${w.act.svDef} vardagen rytm och minskar ensamheten.`, `According to the evaluation, taking part in the ${w.act.en} brings rhythm to everyday life and reduces loneliness.`],
];
export const findings: Record<DimensionKey, Tri[]> = {
  "own-life": [
    ["Osallistujat saavat tehdä omaa elämäänsä koskevia valintoja, ja heidän päätöksiään kunnioitetaan.", "Deltagarna får göra val som gäller deras eget liv, och deras beslut respekteras.", "Participants make choices about their own lives, and their decisions are respected."],
    ["Toiminta vahvistaa arjenhallintaa ja uskoa siihen, että omaan elämään voi vaikuttaa.", "Verksamheten stärker vardagshanteringen och tron på att man kan påverka sitt eget liv.", "The activities strengthen everyday coping and the belief that one can influence one's own life."],
    ["Jokainen etenee omassa tahdissaan, ja pienetkin edistysaskeleet huomataan.", "Var och en går fram i sin egen takt, och även små framsteg uppmärksammas.", "Everyone progresses at their own pace, and even small steps forward are noticed."],
  ],
  "communities-and-influencing": [
    ["Osallistujat suunnittelevat toimintaa yhdessä ja pääsevät vaikuttamaan sen sisältöön.", "Deltagarna planerar verksamheten tillsammans och får påverka dess innehåll.", "Participants plan the activities together and shape their content."],
    ["Ryhmästä muodostuu yhteisö, johon kuulutaan myös toiminnan päätyttyä.", "Gruppen blir en gemenskap som man hör till även efter att verksamheten har upphört.", "The group becomes a community that people belong to even after the activities end."],
    ["Osallistujia kannustetaan kertomaan kokemuksistaan päättäjille ja palvelujen kehittäjille.", "Deltagarna uppmuntras att berätta om sina erfarenheter för beslutsfattare och tjänsteutvecklare.", "Participants are encouraged to share their experiences with decision-makers and service developers."],
  ],
  "common-good": [
    ["Osallistujat pääsevät tekemään jotakin hyödyllistä myös muille, esimerkiksi talkoissa tai tapahtumissa.", "Deltagarna får göra något nyttigt också för andra, till exempel vid talkon eller evenemang.", "Participants get to do something useful for others too, for example at volunteer work days or events."],
    ["Toiminta avaa pääsyn kulttuuriin, luontoon ja harrastuksiin, jotka muuten jäisivät tavoittamattomiin.", "Verksamheten ger tillgång till kultur, natur och fritidsintressen som annars skulle vara utom räckhåll.", "The activities open access to culture, nature and hobbies that would otherwise be out of reach."],
    ["Yhteiset tilat ja resurssit ovat kaikkien käytössä, ja osallistujat huolehtivat niistä yhdessä.", "Gemensamma lokaler och resurser står till allas förfogande, och deltagarna tar hand om dem tillsammans.", "Shared spaces and resources are open to everyone, and participants look after them together."],
  ],
};

export const references = [
  { authors: "Juhila, K.", year: 2006, title: "Sosiaalityöntekijöinä ja asiakkaina. Sosiaalityön yhteiskunnalliset tehtävät ja paikat", publisher: "Vastapaino" },
  { authors: "Kananoja, A., Niiranen, V. & Jokiranta, H.", year: 2008, title: "Kunnallinen sosiaalipolitiikka: osallisuutta ja yhteistä vastuuta", publisher: "PS-kustannus" },
  { authors: undefined, year: 2014, title: "Sosiaalihuoltolaki 1301/2014", publisher: undefined },
  { authors: undefined, year: 2017, title: "Mitä osallisuus on? Osallisuuden viitekehystä rakentamassa", publisher: "Terveyden ja hyvinvoinnin laitos (THL)" },
  { authors: "Lonka, K.", year: 2015, title: "Oivaltava oppiminen", publisher: "Otava" },
  { authors: undefined, year: 2023, title: "Osallisuuden edistäjän opas", publisher: "Terveyden ja hyvinvoinnin laitos (THL)" },
];
