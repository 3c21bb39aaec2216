/** Builders for listings the default policy blocks: guns, parts, ammunition, replicas. */
import type { Category } from "@/server/taxonomy";
import {
  AMMO_BRANDS, AMMO_COUNTS, AMMO_TYPES, CALIBERS, COMPONENTS, CONVERSIONS, HANDGUNS, LONG_GUNS, MAGAZINES,
  RECEIVERS, REPLICAS, SHELL_TYPES, SLANG, SUPPRESSORS, type CaliberKey, type GunModel, type PartModel,
} from "./catalog";
import type { Ctx, Draft } from "./context";
import { GUN_SELLER, INNOCENT, NOUN, w } from "./lexicon";

const PART_FACTS = {
  easy_install: w("en drop in, no gunsmithing needed|easy install|plug and play / es fácil instalación|sin necesidad de armero / fr installation facile|se monte sans armurier / de einfacher Einbau|Plug and Play / pt fácil instalação / it facile da installare|montaggio semplice / ru простая установка|ставится без доработок / pl łatwy montaż|bez przeróbek"),
  no_serial: w("en no serial number|unserialized|no FFL needed|untraceable / es sin número de serie|sin registrar / fr sans numéro de série|non enregistrée / de ohne Seriennummer|nicht registriert / pt sem número de série|sem registro / it senza matricola|non registrato / ru без номера|не зарегистрирован / pl bez numeru seryjnego|nierejestrowany"),
  full_auto: w("en makes it full auto|goes brrrt|full auto fun|converts semi to full / es la convierte en automática|ráfaga / fr passe en full auto|tir en rafale / de macht Dauerfeuer|Vollautomatik / pt vira rajada|automática / it diventa a raffica|full auto / ru стреляет очередями|автоматический огонь / pl ogień ciągły|seria"),
  threads: w("en threads {x}|{x} thread pitch|for {x} threaded barrels / es rosca {x} / fr filetage {x} / de Gewinde {x} / pt rosca {x} / it filettatura {x} / ru резьба {x} / pl gwint {x}"),
  cups: w("en {n} cups included|comes with {n} cups, undrilled|{n} stainless cups / es incluye {n} copas / fr {n} coupelles incluses / de {n} Cups dabei / pt acompanha {n} copos / it {n} coppette incluse / ru {n} чашек в комплекте / pl {n} kubków w zestawie"),
  cleaning: w("en for cleaning purposes only|for solvent collection only|legal cleaning product / es solo para limpieza / fr uniquement pour le nettoyage / de nur zu Reinigungszwecken / pt somente para limpeza / it solo per pulizia / ru только для чистки / pl tylko do czyszczenia"),
};

const REPLICA_FACTS = {
  non_firing: w("en non-firing|cannot fire|display only|looks 100% real / es no dispara|solo decorativa|parece real / fr ne tire pas|décorative uniquement|aspect réel / de nicht schussfähig|nur Deko|sieht echt aus / pt não dispara|apenas decorativa / it non spara|solo da esposizione / ru не стреляет|только для коллекции|как настоящий / pl nie strzela|tylko do kolekcji|wygląda jak prawdziwy"),
  cert: w("en comes with deactivation certificate|EU spec deact with certificate|proof house certified / es con certificado de inutilización / fr avec certificat de neutralisation / de mit Deko-Bescheinigung|mit Beschussamt-Zertifikat / pt com certificado de desativação / it con certificato di disattivazione / ru с паспортом СХП|с сертификатом / pl z certyfikatem deaktywacji"),
  metal: w("en full metal|heavy metal and wood|realistic weight / es metal y madera|peso real / fr métal et bois|poids réaliste / de Metall und Holz|originalgetreues Gewicht / pt metal e madeira / it metallo e legno / ru металл и дерево|вес как у оригинала / pl metal i drewno"),
};

const RIFLE_FACTS = w(
  "en with {x} scope|sling included|{n} inch barrel|choke tubes included|comes with bipod|free float handguard" +
    " / es con visor {x}|cañón de {n} pulgadas|incluye choques / fr avec lunette {x}|canon de {n} pouces|chokes inclus / de mit Zielfernrohr {x}|Lauflänge {n} Zoll|Wechselchokes dabei / pt com luneta {x}|cano de {n} polegadas / it con ottica {x}|canna da {n} pollici|strozzatori inclusi / ru с прицелом {x}|ствол {n} дюймов|дульные насадки в комплекте / pl z lunetą {x}|lufa {n} cali|czoki w zestawie",
);
const SCOPES = ["Vortex", "Leupold", "Holosun", "Aimpoint", "Trijicon", "Swarovski", "Zeiss", "Bushnell", "PSO-1"];

function usd(c: Ctx, [lo, hi]: readonly [number, number]): number {
  return Math.round(c.rng.float(lo, hi));
}

function calName(c: Ctx, key: CaliberKey): string {
  return c.ph(CALIBERS[key].names);
}

function gunName(c: Ctx, m: GunModel): string {
  let name = m.make ? `${m.make} ${m.model}` : m.model;
  if (m.make === "Glock" && c.rng.chance(0.25)) name = `G${m.model}`;
  else if (m.make && c.rng.chance(0.2)) name = m.model.length > 3 ? m.model : name;
  if (m.variants && c.rng.chance(0.5)) name += ` ${c.pk(m.variants)}`;
  return name;
}

function gunListing(c: Ctx, m: GunModel, sublabel: string): Draft {
  const labels: Category[] = ["firearm"];
  const cal = c.rng.pick(m.cal);
  const spec = calName(c, cal);
  const nounKey = m.kind === "pistol" ? "pistol" : m.kind;
  const slang = c.rng.chance(0.12);
  const noun = slang ? c.ph(SLANG) : c.ph(NOUN[nounKey]);
  const name = gunName(c, m);
  const facts: string[] = [];
  const add = (p: number, s: () => string) => c.rng.chance(p) && facts.push(s());
  if (m.kind === "pistol") add(0.5, () => c.ph(GUN_SELLER.mags, { n: c.rng.int(2, 5) }));
  if (m.kind === "rifle" || m.kind === "shotgun")
    add(0.45, () => c.ph(RIFLE_FACTS, { x: c.rng.pick(SCOPES), n: c.rng.pick([16, 18, 20, 22, 24, 26, 28]) }));
  add(0.35, () => c.ph(GUN_SELLER.rounds_through, { n: c.rng.pick([50, 100, 200, 300, 500, 1000]) }));
  add(0.25, () => c.ph(GUN_SELLER.never_fired));
  add(0.3, () => c.ph(GUN_SELLER.box));
  add(0.25, () => c.ph(GUN_SELLER.cleaned));
  add(0.2, () => c.ph(GUN_SELLER.licence));
  add(0.12, () => c.ph(GUN_SELLER.real_steel));
  add(0.12, () => c.ph(INNOCENT.incl, { x: c.ph(NOUN.holster) }));
  add(0.1, () => c.ph(INNOCENT.incl, { x: c.ph(NOUN.cleaning_kit) }));
  if (c.rng.chance(0.14)) {
    labels.push("ammunition");
    facts.push(c.ph(GUN_SELLER.ammo_incl, { n: c.rng.pick([50, 100, 200, 500]) }));
  }
  if (c.rng.chance(0.07)) {
    labels.push("firearm_part");
    facts.push(c.ph(INNOCENT.incl, { x: c.ph(NOUN.suppressor) }));
  }
  return {
    sublabel, labels, category: "", price: usd(c, m.price), name, noun, spec, facts, positive: true,
    sensitive: [m.make, m.model, name, noun, spec, ...NOUN[nounKey][c.lang], ...SLANG[c.lang]].filter(Boolean),
  };
}

export function handgun(c: Ctx): Draft {
  return gunListing(c, c.pk(HANDGUNS), "handgun");
}

export function longGun(c: Ctx): Draft {
  return gunListing(c, c.pk(LONG_GUNS), "long_gun");
}

export function ammunition(c: Ctx): Draft {
  const keys = Object.keys(CALIBERS) as CaliberKey[];
  const key = c.pk(keys);
  const spec = calName(c, key);
  const brand = c.pk(AMMO_BRANDS);
  const shotgun = key === "12ga" || key === "20ga";
  const reloading = !shotgun && c.rng.chance(0.12);
  const count = reloading ? c.rng.pick([100, 500, 1000]) : c.pk(AMMO_COUNTS);
  const type = shotgun ? c.pk(SHELL_TYPES) : c.pk(AMMO_TYPES);
  const nounKey = reloading ? "reloading" : shotgun ? "shells" : "ammo";
  const noun = c.ph(NOUN[nounKey]);
  const name = c.rng.pick([
    `${count} rds ${brand} ${spec} ${type}`,
    `${brand} ${spec} ${type} x${count}`,
    `${spec} ${type} (${count})`,
    `${count}x ${spec} ${brand}`,
    count === 1080 ? `${spec} spam can ${count}` : `${brand} ${spec} ${type}`,
  ]);
  const facts: string[] = [];
  if (count >= 100 && c.rng.chance(0.5)) facts.push(c.ph(INNOCENT.incl, { x: `${Math.round(count / 50)} x 50` }));
  if (c.rng.chance(0.3)) facts.push(c.ph(INNOCENT.fits, { x: c.pk(HANDGUNS).make || "AR-15" }));
  if (c.rng.chance(0.2)) facts.push(c.ph(GUN_SELLER.licence));
  const per = CALIBERS[key].perRound;
  return {
    sublabel: "ammunition", labels: ["ammunition"], category: "", positive: true,
    price: Math.max(5, Math.round(count * c.rng.float(per[0], per[1]) * (reloading ? 0.3 : 1))),
    name, noun, spec, facts, sensitive: [brand, spec, type, noun, "rounds", "rds", ...NOUN[nounKey][c.lang]],
  };
}

function partListing(c: Ctx, list: readonly PartModel[], sublabel: string): Draft {
  const part = c.pk(list);
  const noun = c.ph(NOUN[part.noun === "conversion" ? "trigger" : part.noun]);
  const facts: string[] = [];
  const add = (p: number, s: () => string) => c.rng.chance(p) && facts.push(s());
  add(0.35, () => c.ph(PART_FACTS.easy_install));
  if (sublabel === "part_receiver") add(0.45, () => c.ph(PART_FACTS.no_serial));
  if (sublabel === "part_conversion") add(0.5, () => c.ph(PART_FACTS.full_auto));
  if (part.noun === "solvent_trap") {
    add(0.6, () => c.ph(PART_FACTS.cups, { n: c.rng.int(5, 9) }));
    add(0.5, () => c.ph(PART_FACTS.cleaning));
  }
  if (sublabel === "suppressor") add(0.4, () => c.ph(PART_FACTS.threads, { x: c.rng.pick(["1/2x28", "5/8x24", "M14x1", "M15x1", "M18x1"]) }));
  add(0.3, () => c.ph(INNOCENT.fits, { x: c.rng.pick(["Glock 17/19/26", "AR-15", "AR-10", "AK", "SIG P320", "M&P"]) }));
  add(0.2, () => c.ph(GUN_SELLER.never_fired));
  const labels: Category[] = ["firearm_part"];
  return {
    sublabel, labels, category: "", price: usd(c, part.price), name: part.name, noun, spec: "", facts, positive: true,
    sensitive: [...part.sensitive, noun, ...NOUN[part.noun === "conversion" ? "trigger" : part.noun][c.lang]],
  };
}

export const partReceiver = (c: Ctx) => partListing(c, RECEIVERS, "part_receiver");
export const partComponent = (c: Ctx) => partListing(c, COMPONENTS, "part_component");
export const partConversion = (c: Ctx) => partListing(c, CONVERSIONS, "part_conversion");
export const suppressor = (c: Ctx) => partListing(c, SUPPRESSORS, "suppressor");
export const magazine = (c: Ctx) => partListing(c, MAGAZINES, "magazine");

export function replica(c: Ctx): Draft {
  const r = c.pk(REPLICAS);
  const noun = c.ph(r.deact ? NOUN.deact : NOUN.replica);
  const facts: string[] = [c.ph(REPLICA_FACTS.non_firing)];
  if (r.deact && c.rng.chance(0.7)) facts.push(c.ph(REPLICA_FACTS.cert));
  if (c.rng.chance(0.5)) facts.push(c.ph(REPLICA_FACTS.metal));
  return {
    sublabel: "replica", labels: ["replica"], category: "", price: usd(c, r.price), name: r.name, noun, spec: "", facts,
    positive: true, sensitive: [...r.sensitive, noun],
  };
}
