/**
 * How the hits of one field are read (sense.ts decides whether a cue attaches; this module picks
 * the cue that decides each hit and builds the evidence for the reading), and whether a title
 * starts with another product than a firearm.
 */
import { isFirearmLikeCategory, type Category } from "@/server/taxonomy";
import type { TextEvidenceSpan } from "./analyse-text";
import type { FieldResult, Hit, SenseCue } from "./field-hits";
import { SENSES } from "./lexicon-data/senses";
import { readWhatItFits } from "./fits";
import { wordSet } from "./normalise";
import { attached, fitAt, headClassesOf, joinedBetween, JOINERS_WITH, LINKS, place, precedence, ruleFor, senseClass, shapeOfWeapon, type HeadClass, type Placed, type Rule } from "./sense";

/** A firearm word re-read as a replica keeps most of its weight, as a replica. */
const REPLICA_SHARE = 0.9;
/** Hits at or above this are a listing's subject. */
export const SUBJECT = 0.5;

/** A hit read in a cue's sense, and what that does to it. */
export interface Reading {
  cue: SenseCue;
  rule: Rule;
}

/** What rounds are sold in, named after their count. */
const PACKED_IN = new Set(["case", "cases", "box", "boxes"]);
/** Cues further than this many words from a hit cannot attach to it (attached() allows four). */
const CUE_REACH = 5;
/** Most words a cue or a negative acting as one spans (lexicon terms have at most MAX_WORDS). */
const MAX_CUE_WORDS = 7;

/** Bullets sold for reloading, by their component names: a component is ammunition (the label policy). */
const PROJECTILES = wordSet([
  "puntas", "ojivas", "palle", "ogive", "projectiles", "geschosse", "pociski", "pocisków", "projeteis", "projecteis", "ogivas", "пули", "пуль",
]);
const projectilesOf = new WeakMap<FieldResult, boolean>();
function projectiles(f: FieldResult): boolean {
  let known = projectilesOf.get(f);
  if (known === undefined) projectilesOf.set(f, (known = f.layout.words.some((w) => PROJECTILES.has(w.text))));
  return known;
}

/** Makers of blank and alarm guns only. */
const BLANK_MAKERS = new Set(["ekol", "zoraki", "bruni", "kimar", "retay", "straszak"]);

/** Powder by its own word: "Polvere Vihtavuori N340 per ricarica", "Hodgdon Varget 1 lb powder for reloading". */
const POWDER = wordSet(["powder", "polvere", "polvora", "poudre", "pulver", "proch", "prochu", "порох", "пороха"]);
/** Words a powder word may stand from its maker's name. */
const POWDER_REACH = 3;

/**
 * A powder maker's name beside a powder word that no reloading cue holds sells the powder, which is ammunition (the label policy):
 * "Polvere Vihtavuori N340 per ricarica"; "Hornady powder measure" and "dosatore polvere" are the tools.
 */
function powderBeside(f: FieldResult, at: Placed): boolean {
  const words = f.layout.words;
  for (let k = Math.max(0, at.first - POWDER_REACH); k <= Math.min(words.length - 1, at.last + POWDER_REACH); k++) {
    if (!POWDER.has(words[k].text)) continue;
    if (!f.cues.some((c) => c.sense === "spent:reloading" && c.at.first <= k && c.at.last >= k)) return true;
  }
  return false;
}

/** The attached cue that decides a hit's sense: the strongest class first (toy, airsoft, replica ...), then the nearest. */
function readingOf(f: FieldResult, h: Hit, replicaClauses: ReadonlySet<number>): Reading | undefined {
  if (!f.cues.length) return undefined;
  const classes = headClassesOf(h);
  if (!classes.length) return undefined;
  const at = place(f.layout, h.a, h.b);
  let best: Reading | undefined;
  let bestRank = Infinity;
  let bestDistance = Infinity;
  // cues are sorted by first word and span a few words: start a little before the reach
  let lo = 0;
  let hi = f.cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.cues[mid].at.first < at.first - CUE_REACH - MAX_CUE_WORDS) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < f.cues.length; k++) {
    const c = f.cues[k];
    if (c.at.first > at.last + CUE_REACH) break;
    if (c.at.last < at.first - CUE_REACH || c.hit === h) continue;
    // a phrase that says more than its cue word is not re-read by it: "douilles amorcées" are primed, not spent, "douilles"
    if (c.at.first >= at.first && c.at.last <= at.last && c.at.last - c.at.first < at.last - at.first) continue;
    const head = classes.find((k) => ruleFor(c.sense, k));
    if (!head) continue;
    const rule = ruleFor(c.sense, head)!;
    if (senseClass(c.sense) === "shape" && !shapeFits(f, at, c, head)) continue;
    if (rule.ofReplica && !replicaClauses.has(f.layout.clause[at.first])) continue;
    // a gun named after a fit word is what the dummy rounds or the replica part fit, not a replica itself: "Exerzierpatronen
    // 7,92 für K98k", "dummy rounds ... for display with your Lee Enfield" (fits.ts reads it)
    if (rule.action === "replica" && c.at.last < at.first && fitWordBetween(f, c.at.last + 1, at.first)) continue;
    // (a cue that names the word inside it reads it whatever it is: "dosificador de pólvora", "bullet puller"; and the makers of
    // rounds make the tools too: "hornady 5-0-5 beam scale")
    const named = c.at.first <= at.first && c.at.last >= at.last && c.at.last - c.at.first > at.last - at.first;
    if (rule.patternsOnly && !named && !(h.kind === "pattern" && h.rule.startsWith("caliber:")) && !h.rule.startsWith("ammomaker:")) continue;
    if (rule.wordsOnly && h.kind === "pattern" && h.rule.startsWith("caliber:")) continue;
    // a caliber beside bullets for reloading is the bullets': "Puntas Hornady .308 150gr para recarga", "Palle Sierra .308 per ricarica"
    if (c.sense === "spent:reloading" && h.kind === "pattern" && projectiles(f)) continue;
    if (c.sense === "spent:reloading" && h.rule.startsWith("ammomaker:") && powderBeside(f, at)) continue;
    // a count of rounds before "case" or "box" is what the case holds: "1000 rd case", "45acp 50rd box"
    if (h.rule === "ammo:round-count" && PACKED_IN.has(c.hit.normalised) && c.at.first > at.last) continue;
    if (!attached(f.layout, at, c.at, rule)) continue;
    // a cue word says more ("agua": water gun; "гвоздезабивной": nail gun) than a negative or replica term read as
    // one ("pistola de agua": toy; "пневматический": airsoft); among equals the class order decides
    const rank = precedence(c.sense) + (c.hit.kind === "cue" ? 0 : 100);
    const dist = c.at.first > at.last ? c.at.first - at.last : Math.max(0, at.first - c.at.last);
    if (rank < bestRank || (rank === bestRank && dist < bestDistance)) {
      best = { cue: c, rule };
      bestRank = rank;
      bestDistance = dist;
    }
  }
  return best;
}

/** A fit word ("für", "for", "pour", "fits", "passend") in words [from, to). */
function fitWordBetween(f: FieldResult, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (fitAt(f.layout, k, f.original)) return true;
  return false;
}

/**
 * "tipo pistola", "en forme de pistolet", "в форме пистолета": the shape word comes first, and
 * not after a weapon noun ("arma tipo pistola" is a pistol). English says "pistol-shaped",
 * "Glock-shaped": the shape word comes after, and may follow a make.
 */
function shapeFits(f: FieldResult, head: Placed, c: SenseCue, cls: HeadClass): boolean {
  const after = c.at.first > head.last;
  if (c.hit.language === "en") return after;
  return !after && cls === "handgun" && !shapeOfWeapon(f.layout, c.at);
}

/**
 * What a reading counts as, by full sense first and then by class (like ruleFor): a round that never fires is no replica gun,
 * whatever it names ("Exerzierpatronen 7,9 Mauser").
 */
const SENSE_CATEGORY: Record<string, Category | null> = { toy: "toy", airsoft: "airsoft_paintball", replica: "replica", "replica:round": null };
const categoryOf = (sense: string) => (sense in SENSE_CATEGORY ? SENSE_CATEGORY[sense] : SENSE_CATEGORY[senseClass(sense)] ?? null);

/** Replica and deactivation cues on an ammunition word: a dummy round or snap cap, which is no replica gun ("9mm snap caps"). */
const DUMMY_ROUND = new Set(["replica:replica", "replica:deactivated"]);

/** The evidence for a reading: cue and word as one span, `normalised` saying what the word was read as. */
export function senseSpan(f: FieldResult, h: Hit, c: SenseCue): TextEvidenceSpan {
  const start = Math.min(h.start, c.hit.start);
  const end = Math.max(h.end, c.hit.end);
  const dummy = h.category === "ammunition" && DUMMY_ROUND.has(c.sense);
  const span: TextEvidenceSpan = {
    field: f.field,
    start,
    end,
    text: f.original.slice(start, end),
    normalised: dummy ? "dummy round or snap cap" : SENSES[c.sense] ?? c.sense,
    kind: "negative",
    category: dummy ? null : categoryOf(c.sense),
    rule: `sense:${c.sense}`,
    weight: c.hit.weight,
    evasion: false,
  };
  if (f.imageIndex !== undefined) span.imageIndex = f.imageIndex;
  if (c.hit.language) span.language = c.hit.language;
  return span;
}

/** A firearm word re-read as a replica ("Walther P99 blank firer", "ММГ АКМ") counts as a replica. */
export function replicaSpan(span: TextEvidenceSpan, h: Hit, cueWeight: number): TextEvidenceSpan {
  return { ...span, kind: "lexicon", category: "replica", weight: Math.max(cueWeight, h.weight * REPLICA_SHARE), evasion: h.evasion };
}

/**
 * Each hit's reading, if any. Words first, then ammunition: a blank pistol's caliber is the
 * replica's only when a firearm word in its clause was read as a replica. A generic word or a make
 * right before a make, model or another firearm word takes that word's reading: "Carabina
 * Winchester 1894 réplica", "Subfusil Uzi inutilizado", "Karabin Mosin 1891/30 PCU", "Flintlock
 * pistol replica", "Smith & Wesson M&P pocket knife".
 */
export function readingsOf(f: FieldResult): Map<Hit, Reading> {
  const readings = new Map<Hit, Reading>();
  const l = f.layout;
  const replicaClauses = new Set<number>();
  const clauseOf = (h: Hit) => l.clause[place(l, h.a, h.b).first];
  for (const h of f.positives) if (h.category === "replica") replicaClauses.add(clauseOf(h));
  // a blank gun's maker says the clause's caliber is the blank gun's: "Ekol Firat 92 9mm PAK" ("9mm PAK" alone is blank rounds)
  for (const c of f.cues) if (c.sense === "replica:blank" && BLANK_MAKERS.has(c.hit.normalised)) replicaClauses.add(l.clause[c.at.first]);
  const isAmmo = (h: Hit) => h.category === "ammunition";
  for (const h of f.positives) {
    if (isAmmo(h)) continue;
    const r = readingOf(f, h, replicaClauses);
    if (!r) continue;
    readings.set(h, r);
    if (r.rule.action === "replica") replicaClauses.add(clauseOf(h));
  }
  const ps = f.positives;
  for (let i = 0; i < ps.length; i++) {
    const h = ps[i];
    if (!(h.generic || h.rule.startsWith("make:")) || readings.has(h)) continue;
    const classes = headClassesOf(h);
    const at = place(l, h.a, h.b);
    for (let j = i + 1; j < ps.length && ps[j].a <= h.b + 2; j++) {
      const name = ps[j];
      const r = readings.get(name);
      const nameAt = place(l, name.a, name.b);
      if (!r || !headClassesOf(name).some((k) => k !== "ammo" && k !== "part") || nameAt.first !== at.last + 1) continue;
      const head = classes.find((k) => ruleFor(r.cue.sense, k));
      if (head) readings.set(h, { cue: r.cue, rule: ruleFor(r.cue.sense, head)! });
      break;
    }
  }
  // and a model right after a make, model or gun word that was read names the same gun: "Coldre kydex Glock G19" is a holster
  // for a Glock G19, "принадлежность к винтовке Мосина" a kit for a Mosin rifle, "Deactivated Lee Enfield No4 Mk1" one gun
  for (let i = 1; i < ps.length; i++) {
    const h = ps[i];
    if (!h.rule.startsWith("model:") || readings.has(h)) continue;
    const first = place(l, h.a, h.b).first;
    for (let j = i - 1; j >= 0 && ps[j].b >= h.a - 2; j--) {
      const make = ps[j];
      const r = readings.get(make);
      if (!r || make.category !== "firearm" || place(l, make.a, make.b).last !== first - 1) continue;
      const rule = ruleFor(r.cue.sense, "model");
      if (rule) readings.set(h, { cue: r.cue, rule });
      break;
    }
  }
  // two part words with only a slash between name one thing twice, often in two languages: "Schalldämpfer / tłumik do Opla Astry"
  for (let i = 0; i + 1 < ps.length; i++) {
    const [x, y] = [ps[i], ps[i + 1]];
    if (x.category !== "firearm_part" || y.category !== "firearm_part" || readings.has(x) === readings.has(y)) continue;
    if (!SLASH_ONLY.test(f.original.slice(x.end, y.start))) continue;
    const [from, to] = readings.has(x) ? [x, y] : [y, x];
    const r = readings.get(from)!;
    const rule = ruleFor(r.cue.sense, "part");
    if (rule) readings.set(to, { cue: r.cue, rule });
  }
  for (const h of f.positives) {
    if (!isAmmo(h)) continue;
    const r = readingOf(f, h, replicaClauses);
    if (r) readings.set(h, r);
  }
  // a make inside a caliber's name is the caliber's, and read with it: "Hülsen 9mm Luger verschossen" are spent cases
  for (const h of f.positives) {
    if (readings.has(h) || !h.rule.startsWith("make:")) continue;
    const caliber = f.positives.find((c) => isAmmo(c) && c.kind === "pattern" && c.a <= h.a && c.b >= h.b && readings.has(c));
    if (caliber) readings.set(h, { cue: readings.get(caliber)!.cue, rule: { action: readings.get(caliber)!.rule.action } });
  }
  readWhatItFits(f, f.field === "title" ? headCue(f) : undefined, readings);
  if (f.field === "title") readDeactivatedAtEnd(f, readings), readTitleDomain(f, readings), readDepiction(f, readings), readVehicleHead(f, readings);
  readDepicted(f, readings);
  return readings;
}

/**
 * A title's phrase that ends on "deactivated" says it of every gun the phrase names before it: "Lee Enfield No4 Mk1 1943 Fazakerley
 * deactivated", "Fusil Mauser Coruña 1943 INUTILIZADO con certificado". Joining words end a phrase (sense.ts), so a gun listed
 * apart ("Glock 19 and deactivated Sten") keeps its own reading. Not "replica": a black-powder "Remington 1858 Replika" fires.
 */
function readDeactivatedAtEnd(f: FieldResult, readings: Map<Hit, Reading>): void {
  const l = f.layout;
  for (const c of f.cues) {
    const next = c.at.last + 1;
    // (what a bracket adds after it is a note: "pozbawiony cech użytkowych (PWPB)")
    const ends = next >= l.words.length || l.clause[next] !== l.clause[c.at.last] || f.original.slice(l.words[c.at.last].end, l.words[next].start).includes("(");
    if (c.sense !== "replica:deactivated" || c.hit.negated || !ends) continue;
    for (const h of f.positives) {
      const at = place(l, h.a, h.b);
      if (readings.has(h) || at.last >= c.at.first || l.clause[at.first] !== l.clause[c.at.first]) continue;
      const head = headClassesOf(h).find((k) => ruleFor(c.sense, k));
      if (head) readings.set(h, { cue: c, rule: ruleFor(c.sense, head)! });
    }
  }
}

/** Punctuation that ends the picture's phrase (joining words do not: "foto con el fusil"). */
const PHRASE_BREAK = /[\n,;.!?|/()+&:]|\s[-–—]\s/;
/** Words a depicted gun may stand after its picture: "foto de estudio de él con uniforme y fusil Mauser". */
const DEPICTED_REACH = 8;

/**
 * A gun a photo, a portrait, a postcard or a figure shows, anywhere in a listing: the picture word, then in the same clause
 * "with" ("foto con el fusil", "Atelierfoto in Uniform mit Gewehr 98", "zdjęcia żołnierzy z karabinami", "фото бойцов с
 * винтовками") or only linking words ("portrait au Lebel", "photo of a Mauser"). A gun listed after "and" or "+" before the
 * "with" is another thing sold ("Foto + Glock 19"); a caliber or a part says a gun is sold.
 */
function readDepicted(f: FieldResult, readings: Map<Hit, Reading>): void {
  const l = f.layout;
  for (const c of f.cues) {
    if (senseClass(c.sense) !== "depiction" || REAL.has(l.words[c.at.last + 1]?.text ?? "") || printed3d(f, c)) continue;
    for (const h of f.positives) {
      if (readings.has(h) || !headClassesOf(h).length || h.category === "firearm_part" || (h.category === "ammunition" && h.kind === "pattern")) continue;
      const at = place(l, h.a, h.b);
      if (at.first <= c.at.last || at.first - c.at.last > DEPICTED_REACH) continue;
      let withWord = false;
      let onlyLinks = true;
      let listed = false;
      let broken = false;
      for (let k = c.at.last + 1; k <= at.first && !broken; k++) broken = PHRASE_BREAK.test(f.original.slice(l.words[k - 1].end, l.words[k].start));
      if (broken) continue;
      for (let k = c.at.last + 1; k < at.first; k++) {
        const w = l.words[k].text;
        if (!withWord && l.joined[k] && !JOINERS_WITH.has(w)) listed = true;
        if (JOINERS_WITH.has(w)) withWord = true;
        else if (!LINKS.has(w)) onlyLinks = false;
      }
      if (!listed && (withWord || onlyLinks)) readings.set(h, { cue: c, rule: READ_AS_DOMAIN });
    }
  }
}


/** The first cue of a class in the title's first phrase, before any firearm-like word ("Cartolina militare alpino con fucile 91"). */
function titleHeadCue(f: FieldResult, cls: string): SenseCue | undefined {
  const c = f.cues.find((c) => senseClass(c.sense) === cls);
  if (!c || f.layout.clause[c.at.first] !== f.layout.clause[0]) return undefined;
  for (const h of f.positives) {
    if (place(f.layout, h.a, h.b).first >= c.at.first) break;
    if (isFirearmLikeCategory(h.category)) return undefined;
  }
  return c;
}

/** "Foto real Glock 17", "photo réelle": the seller's own photo of the thing sold, not a depiction. */
const REAL = new Set(["real", "reales", "reais", "reale", "reali", "reelle", "reelles", "own", "echt", "echte"]);

/**
 * A postcard, photo, painting or toy soldier that heads a title ("Cartolina militare alpino con fucile 91", "WW1 RPPC postcard,
 * Tommy in uniform holding rifle", "Оловянные солдатики, красноармейцы с винтовками"): undefined when the title starts otherwise.
 */
export function depictionHead(f: FieldResult): SenseCue | undefined {
  const c = titleHeadCue(f, "depiction");
  return c && !REAL.has(f.layout.words[c.at.last + 1]?.text ?? "") && !printed3d(f, c) ? c : undefined;
}

/**
 * A gun-shaped lighter is named after the gun it copies. It heads the title ("Mechero con forma de pistola Luger", "Zapalniczka w
 * kształcie pistoletu Walther") or ends it ("Colt Peacemaker revolver cigarette lighter"); a lighter after a comma or "+" is a gift
 * with what the title sells ("Pistolet Walther P99, zapalniczka gratis").
 */
function lighterHead(f: FieldResult): SenseCue | undefined {
  const c = f.cues.find((c) => c.sense === "tool:lighter");
  if (!c) return undefined;
  if (titleHeadCue(f, "tool") === c) return c;
  const l = f.layout;
  const last = c.at.last === l.words.length - 1;
  return last && !PHRASE_BREAK.test(f.original.slice(l.words[c.at.first - 1]?.end ?? 0, l.words[c.at.first].start)) && !l.joined[c.at.first] ? c : undefined;
}

/** "Stampa 3D", "3D print", "impression 3D", "3D-Druck", "druk 3D", "3D-печать": 3D printing makes the thing, it depicts nothing. */
const printed3d = (f: FieldResult, c: SenseCue) => [c.at.first - 1, c.at.last + 1].some((k) => /^3d$/.test(f.layout.words[k]?.text ?? ""));

/**
 * A title headed by a depiction shows the guns it names: soldiers "with rifles" on a postcard, a photo or a lead figure carry
 * them, usually after "with", "con", "mit", "z", "с" and a few words on. Every unread gun word, make, model and ammunition word
 * is read as depicted, unless the title names a caliber or a part (a gun sold with a photo says what it shoots) or the word
 * comes after "and", "+" or "&" (another thing sold: "Photo album + Luger P08"). A title a gun-shaped lighter heads or ends
 * (lighterHead) is read the same way.
 */
function readDepiction(f: FieldResult, readings: Map<Hit, Reading>): void {
  const depiction = depictionHead(f);
  const head = depiction ?? lighterHead(f);
  if (!head) return;
  // (a lighter is its gun's whole shape: it overrides a word beside the gun that only halves it, "Mauser C96 Optik")
  const unread = f.positives.filter((h) => (!readings.has(h) || (!depiction && readings.get(h)!.rule.action === "dampen")) && headClassesOf(h).length);
  if (unread.some((h) => h.category === "firearm_part" || (h.category === "ammunition" && h.kind === "pattern"))) return;
  const l = f.layout;
  for (const h of unread) {
    const at = place(l, h.a, h.b);
    let listed = false;
    // (a lighter may end the title: the words between the gun and it then say whether it is listed apart)
    const [from, to] = at.first > head.at.last ? [head.at.last + 1, at.first] : [at.last + 1, head.at.first];
    for (let k = from; k <= to && !listed; k++) {
      listed = !!l.joined[k] && !JOINERS_WITH.has(l.words[k].text) && !JOINERS_WITH.has(l.words[k - 1].text);
    }
    if (!listed) readings.set(h, { cue: head, rule: READ_AS_DOMAIN });
  }
}

/**
 * An inert grenade, shell or fuze that heads a title with no firearm-like word in it ("Grenade F1 1915 inerte, vidée, avec
 * allumeur neutralisé", "Граната Ф-1 учебная, ММГ", "Stielhandgranate 24 Übung / Attrappe"): its replica words ("neutralisé",
 * "ММГ", "Attrappe") say it is inert, not that it is a replica gun.
 */
export function ordnanceHead(f: FieldResult): SenseCue | undefined {
  const c = titleHeadCue(f, "ordnance");
  return c && !f.positives.some((h) => isFirearmLikeCategory(h.category)) ? c : undefined;
}

/** Right beside a word, or before it through linking words only ("Magazin für P08", "Магазин к Парабеллуму"). */
const BESIDE: Pick<Rule, "strict"> = { strict: true };

/**
 * Cartridge words said to be live ("Cartuchos vivos", "Patrone scharf", "патрон боевой", "live cartridge", "cartucce 6,5x52
 * cariche"): ammunition, however weak the word alone (analyse-text.ts). Before the word only right beside it: "Live bait cartridge".
 */
const LIVE = "live:round";
export function livesOf(f: FieldResult, readings: Map<Hit, Reading>): Set<Hit> {
  const lives = new Set<Hit>();
  const cues = f.cues.filter((c) => c.sense === LIVE);
  if (!cues.length) return lives;
  for (const h of f.positives) {
    if (h.category !== "ammunition" || h.kind !== "lexicon" || readings.has(h)) continue;
    const at = place(f.layout, h.a, h.b);
    if (cues.some((c) => attached(f.layout, at, c.at, c.at.first > at.last ? {} : BESIDE))) lives.add(h);
  }
  return lives;
}

/** Part words ("Magazin", "cerrojo", "магазин к", "frame") that name the part of the make or model beside them. */
const PART = "part:of";

/**
 * Makes and models named as the gun a part belongs to, right beside a part word or before it through a linking word: "Cerrojo
 * Springfield 1903", "Original Magazin P08", "Магазин к Парабеллуму P08", "Caricatore Glisenti 1910", "Nagant M1895 frame". A
 * make right before a model names one gun with it; a gun word or "replacement" may stand between ("lufa do karabinu Mosin", "Cano
 * de substituição para a Browning Maxus"). A part word inside a longer term that is no part is that term's ("bolt action").
 * Such names count as firearm_part (analyse-text.ts); words read in another sense stay so.
 */
export function partsOf(f: FieldResult, readings: Map<Hit, Reading>): Set<Hit> {
  const parts = new Set<Hit>();
  const cues = f.cues.filter(
    // (a part term is still a part word: "lufa do karabinu Mosin")
    (c) =>
      c.sense === PART &&
      !f.positives.some(
        (p) => (p.kind === "lexicon" || p.kind === "pattern") && p.category !== "firearm_part" && p.a <= c.hit.a && p.b >= c.hit.b && p.b - p.a > c.hit.b - c.hit.a,
      ),
  );
  if (!cues.length) return parts;
  const l = f.layout;
  const ps = f.positives;
  const isName = (h: Hit) => !readings.has(h) && headClassesOf(h).some((k) => k === "make" || k === "model");
  // words that may stand between a part word and the gun it names: "lufa do karabinu Mosin", "Cano de substituição para a Browning"
  const gunWord = new Uint8Array(l.words.length);
  for (const h of ps) {
    if (!h.generic || h.category !== "firearm" || readings.has(h)) continue;
    const at = place(l, h.a, h.b);
    for (let k = at.first; k <= at.last && k < gunWord.length; k++) gunWord[k] = 1;
  }
  const ofGun = (c: SenseCue, at: Placed) => {
    if (c.at.last >= at.first || at.first - c.at.last - 1 > 4 || l.clause[c.at.last] !== l.clause[at.first]) return false;
    for (let k = c.at.last + 1; k < at.first; k++) if (!gunWord[k] && !LINKS_OR_SPARE.test(l.words[k].text)) return false;
    return true;
  };
  for (const h of ps) {
    if (!isName(h)) continue;
    const at = place(l, h.a, h.b);
    // a Romance barrel word names its gun after it ("Canon Browning A5"); before it, it describes a gun ("Mossberg 500 canon 28 po")
    const named = (c: SenseCue) => (BARREL_FIRST.has(c.hit.key ?? "") && c.at.first > at.last ? false : attached(l, at, c.at, BESIDE) || ofGun(c, at));
    if (cues.some(named)) parts.add(h);
  }
  for (let i = 0; i + 1 < ps.length; i++) {
    const [x, y] = [ps[i], ps[i + 1]];
    if (parts.has(x) === parts.has(y) || !isName(x) || !isName(y)) continue;
    if (place(l, x.a, x.b).last + 1 === place(l, y.a, y.b).first) parts.add(x), parts.add(y);
  }
  return parts;
}

const SLASH_ONLY = /^\s*\/\s*$/;
const BARREL_FIRST = new Set(["canon", "cano", "canna"]);
/** Linking words and "replacement" between a part word and its gun ("do", "para a", "de substituição", "Ersatz-", "запасной"). */
const LINKS_OR_SPARE =
  /^(?:for|of|a|an|the|my|to|de|del|la|el|para|pra|do|da|dos|das|o|os|du|des|d|pour|au|le|les|di|della|per|il|lo|fur|zum|zur|der|die|das|den|dem|для|от|к|na|od|dla|replacement|spare|substituicao|reposicao|repuesto|recambio|rechange|ricambio|ersatz|запасн\p{L}*|zapasow\p{L}*)$/u;

const NOT_A_HEAD = new Set(["of", "ready"]);
/** A nail, staple or rivet gun (tool:nail) heading a title: its cartridges are the tool's loads. */
export const NAIL = "tool:nail";
/** The title's head: a product word among its first two ("Kit limpieza armas calibre 12 y 9mm", "Funda kydex Glock 19"). */
function headCue(f: FieldResult): SenseCue | undefined {
  // "case of 9mm" is a quantity of ammunition, not a case; "Red dot ready Glock 19 MOS" is the pistol
  return f.cues.find((c) => c.at.first <= 1 && HEAD_CLASSES.has(senseClass(c.sense)) && !NOT_A_HEAD.has(f.layout.words[c.at.last + 1]?.text ?? ""));
}

/**
 * Senses that say what a whole title sells wherever their cue stands in it: darknet titles put a
 * drug, a PDF or a game item anywhere among a gun's name ("Gun Runtz 🔫 3.5/7/14/28g top shelf",
 * "Glock OG (Glue x OG Kush) QP deal", "CS2 skins — AK-47 Redline", "Home Workshop Guns — Vol. 1 eBook").
 */
const TITLE_DOMAINS = new Set(["drug:cannabis", "drug:pill", "drug:other", "merch:digital", "merch:game-item", "crossbow:slingshot"]);
const READ_AS_DOMAIN: Rule = { action: "suppress" };

/**
 * In a title with a domain cue, every firearm word, make, model and ammunition word no cue has read
 * yet is read in that domain, unless the title also names a caliber or a part (a gun sold with a
 * free PDF names its caliber: "Glock 19 9mm + PDF manual"), or the cue comes after a joining word
 * ("Beretta 92 with box and manual pdf": the PDF comes with the pistol).
 */
function readTitleDomain(f: FieldResult, readings: Map<Hit, Reading>): void {
  // (a cue inside a longer gun name is that name's: "Fusil Gras modèle 1874" is no grass)
  const domain = f.cues.find((c) => TITLE_DOMAINS.has(c.sense) && !f.positives.some((p) => p.a <= c.hit.a && p.b >= c.hit.b && p.b - p.a > c.hit.b - c.hit.a));
  if (!domain) return;
  const unread = f.positives.filter((h) => !readings.has(h) && headClassesOf(h).length);
  if (unread.some((h) => h.category === "firearm_part" || (h.category === "ammunition" && h.kind === "pattern"))) return;
  // a game account "with" its items holds them: "Conta Free Fire com MP40 Cobra", "Аккаунт Warface с «Золотым АК»"
  const holds = domain.sense === "merch:game-item" ? JOINERS_WITH : undefined;
  for (const h of unread) {
    if (!joinedBetween(f.layout, place(f.layout, h.a, h.b), domain.at, holds)) readings.set(h, { cue: domain, rule: READ_AS_DOMAIN });
  }
}

/** A car or motorbike named first in a title ("Мотоцикл Урал с коляской, новые глушители", "Toyota Mark II, прямоток"): undefined when none. */
export function vehicleHead(f: FieldResult): SenseCue | undefined {
  return f.cues.find((c) => c.at.first <= 1 && senseClass(c.sense) === "vehicle" && !SPARE_PARTS.has(c.hit.key ?? ""));
}
/** Vehicle cues that say "spare parts" of anything: "Запчасти на Сайгу/Вепрь", "Refacciones varias de mi proyecto". */
const SPARE_PARTS = new Set(["запчаст", "refacciones"]);

/** A title headed by a vehicle lists that vehicle's parts: its unread part words are the vehicle's ("новые глушители" are exhausts). */
function readVehicleHead(f: FieldResult, readings: Map<Hit, Reading>): void {
  const head = vehicleHead(f);
  const rule = head && ruleFor(head.sense, "part");
  if (!rule) return;
  for (const h of f.positives) if (h.category === "firearm_part" && !readings.has(h)) readings.set(h, { cue: head!, rule });
}

/**
 * A title that starts with another product ("Kit limpieza armas calibre 12 y 9mm", "Reinigungsset
 * Waffenpflege Kal. .22-.45", "Prensa de recarga Lee + matrizes .38", "Ammo can - .50 cal"): its
 * calibers and generic words are that product's fit, unless the title also names a make, model,
 * part or an ammunition word.
 */
/** The cue titleHeadOf reads a title by. */
export const titleHeadCueOf = (f: FieldResult) => headCue(f) ?? f.cues.find((c) => c.at.first <= 1 && c.sense === NAIL);
const HEAD_CLASSES = new Set(["accessory", "spent", "merch", "service", "cartridge", "vehicle", "signal", "crossbow", "nonlethal", "militaria"]);
export function titleHeadOf(f: FieldResult, readings: Map<Hit, Reading>): string | undefined {
  const head = titleHeadCueOf(f);
  if (!head) return undefined;
  // a book's or a magazine's title names what it is about: "Revistas Armas y Municiones años 90"; a powder-actuated nailer's
  // cartridges are its loads ("Sparachiodi Hilti DX 460 a cartuccia + cartucce a colore")
  const media = head.sense === "merch:media" || head.sense === NAIL;
  // a make, model, part, or an ammunition word or round count ("1000 rounds") names a firearm-like subject
  const named = f.positives.some(
    (h) =>
      !readings.has(h) &&
      h.weight >= SUBJECT &&
      (h.rule.startsWith("make:") ||
        h.rule.startsWith("model:") ||
        h.category === "firearm_part" ||
        (h.category === "ammunition" && !media && (h.kind === "lexicon" || h.rule.startsWith("ammo:")))),
  );
  return named ? undefined : `sense:${head.sense}`;
}

