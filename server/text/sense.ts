/**
 * Word senses. "Pistola", "pistolet", "Pistole", "пистолет" and "gun" name glue guns, water guns,
 * massage guns and flare guns as often as firearms; what decides is the word next to them. A sense
 * cue (lexicon-data/senses.ts) ATTACHED to a firearm word reads that word in the cue's sense:
 *
 *   - same clause: no punctuation that ends a phrase (, ; ! ? | / + ( ), ". ", " - ", a line break)
 *     and no joining word ("and", "with", "w/", "y", "et", "und", "mit", "и", "с", "z" ...) between
 *     them: "Glock 19 with holster" is a pistol with a holster, "holster for Glock 19" is a holster;
 *   - close: at most three words between, at most one of them not a linking word (de, à, per, für,
 *     для, do, for, of, the ...): "pistola de cola quente", "Ryobi hot glue gun", "pistolet do
 *     pompowania kół";
 *   - a cue AFTER the firearm word must follow it directly or through a linking word, so "pistol
 *     has paint wear" keeps its pistol while "pistola de pintura" is a paint gun.
 *
 * What a sense does depends on what it meets (ACTIONS): tools re-read pistol/gun words only (there
 * is no glue rifle); toys and airsoft clear generic words and halve makes ("Nerf Glock"); replica
 * cues re-read even a make or model as a replica, which the default policy blocks too; accessories
 * halve a make only when they are its head noun ("Glock 19 holster", "holster for Glock 19").
 * A cue after a negation ("not a toy", "не ММГ", "kein Softair") is no cue.
 */
import { tokenRuns } from "./lexicon";
import { originalRange, wordSet, type NormalisedDetail } from "./normalise";

/** What a rule hit is, as far as senses go. */
export type HeadClass = "handgun" | "generic" | "make" | "model" | "ammo" | "part";
export type Action = "suppress" | "dampen" | "replica";
export interface Rule {
  action: Action;
  /** Only directly attached: right after the head, or before it through linking words only. */
  strict?: boolean;
  /** Same clause and at most four words apart, any words: "KJW Glock 17 gas blowback airsoft". */
  loose?: boolean;
  /** Only when a firearm word in the same clause was read as a replica (calibers of blank pistols). */
  ofReplica?: boolean;
  /** After the head, one describing word may come first: "Smith & Wesson folding knife". */
  adjective?: boolean;
  /** Only after the head: "shotgun shell belt" is a belt, "case of 9mm" is ammunition. */
  afterOnly?: boolean;
  /** Only right beside the head, or before it through linking words only: "tiroir munitions", "ammo drawer", "cassetto per munizioni". */
  adjacent?: boolean;
  /** Right beside the head, or through linking words only on either side: "water rifle", "fucile ad acqua", "fusil à eau". */
  linked?: boolean;
  /** Only calibers, not ammunition words or shot sizes: an air rifle's ".22" is its own, "cartouches à plombs" are shotgun shells, "śrut 3,5 mm do elaboracji" is shot. */
  patternsOnly?: boolean;
  /** Only ammunition words, never a caliber: "gummy bullets" are sweets, "Dulces 🍬 cal 22 x500" are rounds. */
  wordsOnly?: boolean;
}

const SUPPRESS: Rule = { action: "suppress" };
const REPLICA: Rule = { action: "replica" };
/** Toy and airsoft words near a make, model or part halve it (the product is usually the toy). */
const DAMPEN_NEAR: Rule = { action: "dampen", loose: true };
const STRICT_DAMPEN: Rule = { action: "dampen", strict: true };
const ADJECTIVE_DAMPEN: Rule = { action: "dampen", strict: true, adjective: true };
const STRICT_SUPPRESS: Rule = { action: "suppress", strict: true };
const LOOSE_SUPPRESS: Rule = { action: "suppress", loose: true };
/** Only attached as a compound: "water pistol" yes, "water cooled machine gun" no. */
const SUPPRESS_COMPOUND: Rule = { action: "suppress", strict: true };
/** A compound, or the head and its cue joined by linking words only: "fucile ad acqua" yes, "water cooled machine gun" no. */
const SUPPRESS_LINKED: Rule = { action: "suppress", linked: true };
/** The caliber of a blank or alarm pistol ("Pistola a salve Bruni 92 cal. 9mm PAK") is the replica's, not ammunition. */
const SPEC_OF_REPLICA: Rule = { action: "suppress", ofReplica: true };

const MERCH: Partial<Record<HeadClass, Rule>> = { handgun: SUPPRESS, generic: SUPPRESS, make: { action: "suppress", adjective: true }, model: STRICT_SUPPRESS, part: STRICT_SUPPRESS };

/** Per sense class (the part of a sense before ":") or full sense, what it does to each kind of hit. */
const ACTIONS: Record<string, Partial<Record<HeadClass, Rule>>> = {
  toy: { handgun: SUPPRESS, generic: SUPPRESS, make: DAMPEN_NEAR, model: DAMPEN_NEAR, part: DAMPEN_NEAR, ammo: DAMPEN_NEAR },
  // "water cooled machine gun" is a machine gun; a water pistol, water gun or water rifle is a toy
  "toy:water": { handgun: SUPPRESS, generic: SUPPRESS_LINKED },
  // "rifle for kids" can be a real youth rifle; a pistol for kids is a toy
  "toy:children": { handgun: SUPPRESS },
  // percussion caps also fire antique revolvers and muzzleloaders
  // and the caps a cap gun fires are a toy's: "Funciona con tiras de fulminantes"
  "toy:cap": { handgun: SUPPRESS, ammo: STRICT_SUPPRESS },
  airsoft: { handgun: SUPPRESS, generic: SUPPRESS, ammo: { action: "suppress", loose: true }, make: DAMPEN_NEAR, model: DAMPEN_NEAR, part: DAMPEN_NEAR },
  "airsoft:airgun": {
    handgun: SUPPRESS, generic: SUPPRESS, ammo: { action: "suppress", loose: true, patternsOnly: true }, make: DAMPEN_NEAR, model: DAMPEN_NEAR, part: DAMPEN_NEAR,
  },
  // dummy rounds, snap caps and drilled training rounds are neither ammunition nor a replica gun: "9mm snap caps", "Учебные патроны 7.62х39"
  replica: { handgun: REPLICA, generic: REPLICA, make: REPLICA, model: REPLICA, ammo: SUPPRESS },
  // a round that never fires names its cartridge or the gun it is for: "Exerzierpatronen 7,9 Mauser", "snap caps for Glock 19"
  "replica:round": { handgun: SUPPRESS, generic: SUPPRESS, make: SUPPRESS, model: SUPPRESS, ammo: SUPPRESS },
  // blank cartridges are ammunition ("Balas de fogueo 9mm PAK"); a blank pistol's caliber is not
  "replica:blank": { handgun: REPLICA, generic: REPLICA, make: REPLICA, model: REPLICA, ammo: SPEC_OF_REPLICA },
  tool: { handgun: SUPPRESS, generic: SUPPRESS_COMPOUND },
  // powder-actuated nailers take powder loads: "pistola de clavos de pólvora"
  // and their magazines: "Magazynek do gwoździarki Makita", "cargador para clavadora"
  "tool:nail": { handgun: SUPPRESS, generic: SUPPRESS_COMPOUND, ammo: SUPPRESS, part: SUPPRESS },
  // "fusil à aiguiser" is a sharpening steel; "Knarre 1/2 Zoll" a ratchet
  "tool:sharpener": { generic: SUPPRESS },
  "tool:ratchet": { generic: SUPPRESS },
  // a semi-automatic coffee or washing machine: "Macchina caffè semiautomatica", "lavatrice semiautomatica"
  "tool:appliance": { generic: SUPPRESS },
  // a climbing carabiner is a "karabinek", "карабин", "Karabiner": "karabinek zakręcany wspinaczkowy"
  "tool:climbing": { generic: SUPPRESS },
  // a door bolt is a bolt, not a rifle's: "Ferrolho de porta 20cm"
  "tool:hardware": { part: SUPPRESS },
  // a gun-shaped lighter is named after the gun it copies: "Mechero forma pistola Luger", "M1911 gun shaped lighter"
  "tool:lighter": { handgun: SUPPRESS, generic: SUPPRESS_COMPOUND, make: LOOSE_SUPPRESS, model: LOOSE_SUPPRESS },
  signal: { handgun: SUPPRESS, generic: SUPPRESS, ammo: SUPPRESS },
  // a "batteria"/"Batterie" cue is also a battery: it re-reads shot counts only, never a pistol next to it
  // (a firecracker has no caliber: "vends pétard 9mm ... 2 chargeurs" is slang for a pistol)
  "signal:fireworks": { ammo: { action: "suppress", wordsOnly: true } },
  // a pepper spray or stun gun by a gun maker's name: "gaz pieprzowy Walther ProSecur"
  nonlethal: { handgun: SUPPRESS, generic: SUPPRESS, make: STRICT_SUPPRESS },
  // crossbows share model names with guns: "Арбалет Скорпион" is a crossbow, not a Skorpion SMG
  crossbow: { handgun: SUPPRESS, generic: SUPPRESS, model: STRICT_SUPPRESS },
  spent: { ammo: SUPPRESS },
  // a safe's or cabinet's drawer holds rounds only when named for them ("tiroir munitions", "ammo drawer"): "200 .223 in the drawer" are rounds
  "spent:drawer": { ammo: { action: "suppress", adjacent: true } },
  // "Caja munición metálica militar vacía": an empty ammunition box says so a few words on
  "spent:brass": { ammo: { action: "suppress", loose: true } },
  // a reloading press's dies carry calibers; bullets, powder and primers for reloading are ammunition ("ogives 9mm rechargement")
  "spent:reloading": { ammo: { action: "suppress", patternsOnly: true } },
  // ink, pen, needle, lamp and drill-chuck cartridges ("Naboje do pióra", "Патрон для дрели")
  cartridge: { ammo: SUPPRESS },
  // a describing word may come between a make and its accessory: "K98 leather ammo pouches", "Glock 19 kydex holster"
  accessory: { handgun: SUPPRESS, generic: SUPPRESS, make: ADJECTIVE_DAMPEN, model: ADJECTIVE_DAMPEN, ammo: { action: "suppress", strict: true, afterOnly: true } },
  // a phone case or keychain printed with a "Glock switch" sells no part
  merch: MERCH,
  // in-game ammunition: "Municion infinita GTA V ps4", "Tarkov ammo 5.45 BS 120 pcs"
  "merch:game": { ...MERCH, ammo: LOOSE_SUPPRESS },
  "merch:game-item": { ...MERCH, ammo: LOOSE_SUPPRESS },
  // a film, book or poster has a title between it and the word: "La Escopeta Nacional dvd", "The Gun Digest book"
  "merch:media": { handgun: LOOSE_SUPPRESS, generic: LOOSE_SUPPRESS, make: { action: "suppress", adjective: true }, model: STRICT_SUPPRESS, ammo: LOOSE_SUPPRESS },
  // a PDF or e-book is a copy of a text about whatever it names, a few words either way: "Glock 19 armorer's manual pdf"
  "merch:digital": { handgun: LOOSE_SUPPRESS, generic: LOOSE_SUPPRESS, make: LOOSE_SUPPRESS, model: LOOSE_SUPPRESS, part: LOOSE_SUPPRESS, ammo: LOOSE_SUPPRESS },
  // an exhaust's silencer takes a describing word before the vehicle: "Silenciador esportivo moto CG 160", "silenciador esportivo pra CG 160"
  vehicle: { handgun: SUPPRESS, generic: SUPPRESS, make: SUPPRESS, part: { action: "suppress", adjective: true }, ammo: SUPPRESS },
  service: { handgun: SUPPRESS, generic: SUPPRESS },
  // a hunting trip, lease or course heads a title and reads the whole listing (analyse-text.ts), never the word beside it: "hunting trip with rifle"
  "service:hunt": {},
  // hobby gear heads a title only (analyse-text.ts): "fishing rifle" is no phrase, "a rifle for the high seat" still a rifle
  hobby: {},
  food: { handgun: SUPPRESS },
  "food:candy": { ammo: { action: "suppress", wordsOnly: true } },
  "food:tea": { ammo: SUPPRESS },
  "food:mushroom": { ammo: SUPPRESS },
  "food:supplement": { ammo: LOOSE_SUPPRESS },
  // what an accessory fits, named after "for", "für", "para", "do", "для" (fits.ts): "holster for Glock 19", "Кольца на Remington 700"
  "accessory:fit": { handgun: SUPPRESS, generic: SUPPRESS, make: { action: "dampen" }, model: { action: "dampen" }, ammo: { action: "dampen" } },
  // a pouch or loader holds or fills the magazines it names, of the guns and calibers it names: "Ładownica na 2 magazynki AR",
  // "Ladehilfe für Pistolenmagazine", "HKS speed loader K-frame .38/.357" ("Mag pouch and 3 mags" still sells the mags: a joining word)
  "accessory:magazine": {
    handgun: SUPPRESS, generic: SUPPRESS, make: ADJECTIVE_DAMPEN, model: ADJECTIVE_DAMPEN, part: SUPPRESS, ammo: { action: "suppress", loose: true, patternsOnly: true },
  },
  // a garment's cartridge pockets hold rounds, they sell none: "карманы для патронов", "cartridge pockets"
  "accessory:pocket": { ammo: STRICT_SUPPRESS },
  // grips are also how a gun is described (".38 Súper cachas de nácar"): only a make or gun word right beside them is their fit
  "accessory:grips": { handgun: STRICT_SUPPRESS, generic: STRICT_SUPPRESS, make: STRICT_DAMPEN, model: STRICT_DAMPEN },
  // a cleaning rod's or brush's calibers, listed before or after it: "Otis .223/9mm/12ga cleaning kit", "Putzstock Kal. .22", "Scovoli cal. 9mm/.38"
  // (calibers only: "cleaning kit, 500 rounds" still sells rounds)
  "accessory:cleaning": {
    handgun: SUPPRESS, generic: SUPPRESS, make: STRICT_DAMPEN, model: STRICT_DAMPEN, ammo: { action: "suppress", loose: true, patternsOnly: true },
  },
  // a shutter count is not a round count: "150.000 disparos", "Fotos geschossen"
  // and a shutter ("otturatore", "Verschluss", "obturador") is a camera's, not a rifle's bolt: "Otturatore di ricambio Nikon D750"
  camera: { ammo: { action: "suppress", loose: true }, part: SUPPRESS },
  // "bullets" and "ammo" are drug and steroid slang in the same breath: "blue bullets M30 pressed", "gym ammo Test E"
  drug: { generic: SUPPRESS, make: SUPPRESS, model: SUPPRESS, ammo: LOOSE_SUPPRESS },
  "crossbow:slingshot": { handgun: SUPPRESS, generic: SUPPRESS, ammo: LOOSE_SUPPRESS },
  shape: { handgun: SUPPRESS, make: STRICT_SUPPRESS, model: STRICT_SUPPRESS, ammo: STRICT_SUPPRESS },
  // a helmet's model names are a rifle's too: "Elmetto Adrian italiano M16", "Stahlhelm M16"
  militaria: { handgun: SUPPRESS, generic: SUPPRESS, make: STRICT_DAMPEN, model: STRICT_SUPPRESS },
  // depictions, inert ordnance and the part words of a named gun read whole titles, not the words beside them (readings.ts)
  depiction: {},
  ordnance: {},
  part: {},
  live: {},
};

/**
 * When several cues attach to one word, the first class here wins ("airsoft replica Glock" is airsoft; "Sudadera Beretta réplica"
 * is a counterfeit sweatshirt, not a replica gun).
 */
const PRECEDENCE = [
  "toy", "airsoft", "drug", "signal", "nonlethal", "crossbow", "tool", "food", "cartridge", "spent", "vehicle", "camera", "service", "merch",
  "replica", "militaria", "shape", "accessory",
];

export function senseClass(sense: string): string {
  const i = sense.indexOf(":");
  return i < 0 ? sense : sense.slice(0, i);
}

export function ruleFor(sense: string, head: HeadClass): Rule | undefined {
  const exact = ACTIONS[sense];
  if (exact) return exact[head];
  return ACTIONS[senseClass(sense)]?.[head];
}

export function precedence(sense: string): number {
  // "pistola per soffiaggio aria compressa" is a blow gun, "гвоздезабивной пистолет пневматический" a nail gun
  if (sense === "airsoft:airgun") return PRECEDENCE.indexOf("tool") + 0.5;
  const i = PRECEDENCE.indexOf(senseClass(sense));
  return i < 0 ? PRECEDENCE.length : i;
}

/** Pistol, revolver and gun words in every language: the only words tools re-read ("Isqueiro formato revólver" is a lighter). */
const HANDGUN_KEYS = new Set(["gun", "pistol", "pistola", "pistole", "pistolet", "пистолет", "revolver", "rewolwer", "револьвер", "pukawk"]);

export function headClassesOf(hit: { rule: string; category: string | null; generic: boolean; key?: string }): HeadClass[] {
  if (hit.category === "ammunition") return ["ammo"];
  if (hit.category === "firearm_part") return ["part"];
  const rule = hit.rule.startsWith("typo:") ? hit.rule.slice("typo:".length) : hit.rule;
  if (rule.startsWith("model:")) return ["model"];
  if (rule.startsWith("make:")) return ["make"];
  if (hit.category === "firearm" && hit.generic) return hit.key && HANDGUN_KEYS.has(hit.key) ? ["handgun", "generic"] : ["generic"];
  return [];
}

/** Words that join two things being sold: what follows is not a modifier of what came before. */
const JOINERS = new Set([
  "and", "with", "w", "plus", "also", "or", "but", "y", "e", "et", "und", "mit", "sowie", "oder", "aber", "ou", "con", "com",
  "avec", "ed", "ma", "mais", "pero", "mas", "i", "oraz", "lub", "albo", "z", "ze", "ale", "и", "или", "с", "со", "а", "но", "также",
]);
/** Joining words that say "with": what follows is carried or shown with what came before ("soldat avec fusil", "Soldat mit Gewehr"). */
export const JOINERS_WITH = new Set(["with", "w", "con", "com", "avec", "mit", "z", "ze", "с", "со"]);
/** Words that tie a modifier to its noun: "pistola DE cola", "holster FOR Glock", "пистолет ДЛЯ герметика" ("pa" is spoken "para": "pólvora pa las novenas"). */
export const LINKS = new Set([
  "for", "of", "a", "an", "the", "like", "to", "de", "del", "la", "el", "los", "las", "para", "al", "do", "da", "dos", "das",
  "pra", "pa", "ao", "du", "des", "d", "pour", "au", "aux", "l", "le", "les", "ad", "alla", "allo", "di", "della", "dello",
  "per", "fur", "zum", "zur", "der", "die", "das", "den", "dem", "для", "под", "на", "от", "к", "dla", "na", "od", "gli", "il", "lo",
]);
/** Negations before a cue ("not a toy", "не ММГ", "kein Softair", "non è una replica"). */
const NOT = new Set(["not", "no", "non", "nicht", "kein", "keine", "keinen", "keiner", "pas", "ni", "не", "нет", "nie", "nao", "never"]);
/** Words before an ammunition word that say it is absent ("sin pólvora", "ohne Zündhütchen", "без пороха"). */
const WITHOUT = new Set([
  "without", "no", "sin", "sans", "ohne", "без", "sem", "senza", "bez", "nor", "ni", "nem", "ani", "ни", "kein", "keine", "nemmeno", "neanche",
  "keinen", "brak", "zero", "ne",
]);
/** "no hay", "não há", "nie mamy", "non abbiamo", "non ci sono": there is none, said before the word. */
const THERE_IS = new Set([
  "ha", "hay", "tengo", "tenemos", "tenho", "temos", "ma", "mam", "mamy", "abbiamo", "ho", "sono", "habe", "haben", "gibt",
  // "no contiene pólvora", "ne contient pas de poudre", "enthält kein Pulver"
  "contiene", "contem", "contient", "contains", "contain", "enthalt", "zawiera", "содержит",
]);
/** "nie mamy też amunicji", "патронов тоже нет", "tampoco hay balas": the one word that may stand inside such a denial. */
const ALSO = new Set(["also", "either", "too", "tez", "tambien", "tampoco", "tambem", "anche", "auch", "aussi", "тоже", "также"]);
/** "ammo not included", "Munition nicht dabei", "munitions non incluses", "патроны не входят". */
const ABSENT_AFTER = /^(?:includ|incl|dabei|enthalt|inclu|compris|входит|входят|прилага|dolacz)/;
/**
 * Right after a component: it was taken out ("Zündhütchen entfernt", "primer removed", "capsule retirée", "капсюль удален"), or a
 * primer was struck and is spent ("spłonka przebita", "капсюль наколот", "innesco percosso", "Zündhütchen abgeschlagen").
 */
const REMOVED_AFTER =
  /^(?:removed$|entfernt|ausgebaut|retiree?s?$|enlevee?s?$|rimoss[oaie]$|tolt[oaie]$|removid[oa]s?$|quitad[oa]s?$|удален|извлечен|usuniet|wyjet|struck$|abgeschlagen|percoss[oaie]$|percutee?s?$|percutid[oa]s?$|deflagrad[oa]s?$|przebit[aey]$|наколот|пробит)/;
/** "arma tipo pistola" is a pistol-type weapon, not a pistol-shaped lighter. */
const WEAPON_NOUNS = new Set(["arma", "armas", "weapon", "waffe", "оружие", "bron", "arme", "armi"]);

const HAS_DIGIT = /\d/;
/** Gap characters that do not end a phrase; any other non-word character does. Brackets hold qualifiers: "Munição de manejo (inerte)". */
const SOFT_GAP = new Set([" ", "'", '"', "‘", "’", "“", "”", "«", "»", "-", "_", ":", "#", "%", "$", "€", "£", "*", "@", "~", "^", "`", "´", ".", "(", ")"]);
/** A full stop after these is an abbreviation, not the end of a phrase: "cal. 9mm", "Kal. .22", "nr. 4". */
const ABBREVIATIONS = new Set(["cal", "kal", "no", "nr", "ca", "approx", "mod", "gen", "vol", "st", "ref", "art", "n", "vz", "wz", "sa", "sr", "jr", "inc", "co"]);

export interface Word {
  a: number;
  b: number;
  text: string;
  /** The word's range in the original text. */
  start: number;
  end: number;
}

/** The words of one field's normalised text and the clause each belongs to. */
export interface Layout {
  words: Word[];
  clause: Int32Array;
  /** 1 where a joining word, "+" or "&" comes right before the word: a second thing being sold starts there. */
  joined: Uint8Array;
}

const DECORATION = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/u;

function gapBreaks(gap: string, originalGap: string, before: string, after: string): boolean {
  if (originalGap.includes("\n")) return true;
  // model numbers: "1891/30", "10/22", "1/2 Zoll"
  if (gap === "/" && HAS_DIGIT.test(before) && HAS_DIGIT.test(after)) return false;
  // a decimal comma: "Exerzierpatronen 7,9 Mauser"
  if (gap === "," && /\d$/.test(before) && /^\d/.test(after)) return false;
  if ((/\.\s/.test(gap) && !ABBREVIATIONS.has(before)) || /\s[-–—]\s/.test(gap) || /\s[-–—]$/.test(gap)) return true;
  // emoji decorate, they do not end a phrase: "Bateria de fogos 🎆 100 tiros"
  for (const ch of gap) if (!SOFT_GAP.has(ch) && !DECORATION.test(ch)) return true;
  return false;
}

/**
 * The field's words and clauses. `names` are the normalised ranges of the field's rule hits: a name of several words is one
 * phrase, whatever stands inside it ("MAS 36": Spanish "mas" is "but"; "6,5 Carcano", "7,62х54": a decimal comma).
 */
export function layout(d: NormalisedDetail, original: string, names: ReadonlyArray<{ a: number; b: number }> = []): Layout {
  const words: Word[] = [];
  const { text } = d;
  for (const [a, b] of tokenRuns(text)) {
    const [start, end] = originalRange(d, a, b);
    words.push({ a, b, text: text.slice(a, b), start, end });
  }
  // word k continues a name that word k - 1 is in
  const inName = new Uint8Array(words.length);
  const wordsOnly = { words, clause: new Int32Array(0), joined: new Uint8Array(0) };
  for (const n of names) {
    const at = place(wordsOnly, n.a, n.b);
    for (let k = at.first + 1; k <= at.last; k++) inName[k] = 1;
  }
  const joiner = (k: number) => JOINERS.has(words[k].text) && !inName[k] && !inName[k + 1];
  const clause = new Int32Array(words.length);
  const joined = new Uint8Array(words.length);
  let id = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (k > 0 && !inName[k]) {
      const prev = words[k - 1];
      const gap = text.slice(prev.b, w.a);
      const originalGap = original.slice(d.ends[prev.b - 1], d.offsets[w.a]);
      if (gapBreaks(gap, originalGap, prev.text, w.text) || joiner(k - 1)) id++;
      if (joiner(k)) id++;
      if (joiner(k - 1) || joiner(k) || /[+&]/.test(originalGap)) joined[k] = 1;
    }
    clause[k] = id;
  }
  return { words, clause, joined };
}

/** Joining words that add a second thing ("Uniform and rifle", "Botas y escopeta", "Stiefel und Munition"), unlike "with" or "or". */
const AND_JOINERS = new Set(["and", "plus", "y", "e", "et", "und", "sowie", "ed", "i", "oraz", "и", "также"]);

/**
 * Whether a title's word at `hit` is a second item listed after the one its head cue names: "and", "+", "&" or a comma comes
 * between them, and no firearm-like word of `marks` (1 per word) stands before that join ("Uniform and rifle lot", "Botas y
 * escopeta", "Powder flask, percussion rifle"; but "Kit limpieza armas calibre 12 y 9mm" lists the kit's calibers).
 */
export function listedApart(l: Layout, original: string, head: Placed, hit: Placed, marks: Uint8Array): boolean {
  if (hit.first <= head.last) return false;
  for (let k = head.last + 1; k <= hit.first; k++) {
    // (not a decimal comma: "7,65")
    const comma = original.slice(l.words[k - 1].end, l.words[k].start).includes(",") && !(HAS_DIGIT.test(l.words[k - 1].text) && HAS_DIGIT.test(l.words[k].text));
    const join = comma || (l.joined[k] && !JOINERS_WITH.has(l.words[k].text) && !JOINERS_WITH.has(l.words[k - 1].text) &&
      (AND_JOINERS.has(l.words[k - 1].text) || AND_JOINERS.has(l.words[k].text) || /[+&]/.test(original.slice(l.words[k - 1].end, l.words[k].start))));
    if (join) return true;
    if (marks[k] && k < hit.first) return false;
  }
  return false;
}

/** Indefinite articles and "one": after "and" they start a new item ("ein Luftgewehr und eine Flinte"). */
const ONE = new Set(["a", "an", "one", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "einen", "jeden", "jedna", "jedno", "один", "одна", "одно"]);

/**
 * Whether a gun word is one more item listed after `first`: "and", "+" or "&" between them and no gun word before that ("Armero
 * 6 armas + escopeta", "Kit de limpeza, coldres e revólver"; not a comma: "gun safe, 24 rifle capacity" describes the safe), not
 * after "for" ("Innenfach für Kurzwaffen"). With `article`, only "and" and an indefinite article count ("ein Luftgewehr und eine
 * Flinte", while "Airsoft M4 + pistola" is one more airsoft gun). "i" joins only in Polish ("Waffenschrank Klasse I").
 */
export function addedItem(l: Layout, original: string, first: Placed, hit: Placed, marks: Uint8Array, article: boolean, polish: boolean): boolean {
  if (hit.first <= first.last || FIT.has(l.words[hit.first - 1].text)) return false;
  const and = (k: number) => k < hit.first && AND_JOINERS.has(l.words[k].text) && (l.words[k].text !== "i" || polish);
  const sign = (k: number) => /[+&]/.test(original.slice(l.words[k - 1].end, l.words[k].start));
  for (let k = first.last + 1; k <= hit.first; k++) {
    if (article ? and(k) && ONE.has(l.words[k + 1].text) : and(k) || sign(k)) return true;
    if (marks[k]) return false;
  }
  return false;
}

/** Whether a joining word, "+" or "&" stands between two placed ranges: "Beretta 92 with box and manual pdf". */
export function joinedBetween(l: Layout, x: Placed, y: Placed, except?: ReadonlySet<string>): boolean {
  const [from, to] = x.last < y.first ? [x.last + 1, y.first] : [y.last + 1, x.first];
  for (let k = from; k <= to; k++) {
    if (l.joined[k] && !(except?.has(l.words[k].text) || except?.has(l.words[k - 1]?.text ?? ""))) return true;
  }
  return false;
}

export interface Placed {
  first: number;
  last: number;
}

/** The words a normalised range [a, b) covers: the first word ending after a, the last starting before b. */
export function place(l: Layout, a: number, b: number): Placed {
  const ws = l.words;
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].b <= a) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last + 1 < ws.length && ws[last + 1].a < b) last++;
  return { first: lo, last };
}

/** Whether `cue` is attached to `head` (see the module comment and Rule). */
export function attached(l: Layout, head: Placed, cue: Placed, rule: Pick<Rule, "strict" | "loose" | "adjective" | "afterOnly" | "adjacent" | "linked"> = {}): boolean {
  if (cue.first <= head.last && head.first <= cue.last) return true;
  const after = cue.first > head.last;
  if (rule.afterOnly && !after) return false;
  const from = after ? head.last + 1 : cue.last + 1;
  const to = after ? cue.first - 1 : head.first - 1;
  const between = to - from + 1;
  if (l.clause[cue.first] !== l.clause[head.first]) return false;
  if (rule.loose) return between <= 4;
  // only linking words between, at most two (adjacent: and only before the head)
  if (rule.adjacent || rule.linked) {
    if (between > 2 || (rule.adjacent && after && between > 0)) return false;
    for (let k = from; k <= to; k++) if (!LINKS.has(l.words[k].text)) return false;
    return true;
  }
  if (between > 3) return false;
  // model numbers, years and calibers in between say nothing: "Наган 1943 охолощённый", "Mosin 1891/30 PCU"
  let other = 0;
  for (let k = from; k <= to; k++) if (!LINKS.has(l.words[k].text) && !HAS_DIGIT.test(l.words[k].text)) other++;
  // strict: right after the head ("Glock 19 holster"), or right before it ("IWB holster Glock 19"), or before it ending in a
  // linking word ("holster for Glock 19", "Kabura Kydex do CZ"); with `adjective`, one describing word may follow the head
  // ("K98 leather ammo pouches")
  if (rule.strict) return between === 0 || (after && !!rule.adjective && between === 1) || (!after && LINKS.has(l.words[to].text) && other <= 1);
  if (other > 1) return false;
  if (after && between > 0 && !rule.adjective) {
    const first = l.words[from].text;
    if (!LINKS.has(first) && !HAS_DIGIT.test(first)) return false;
  }
  return true;
}

/** "Jouet en métal pour adultes 😉 — 6 coups", "Spielzeug für Erwachsene, scharf": a toy for grown-ups is a code word, not a toy. */
const ADULTS = new Set(["adult", "adults", "adulte", "adultes", "erwachsene", "erwachsenen", "adulto", "adultos", "adulti", "взрослых", "взрослого", "doroslych", "grownups"]);
/** "Per bambini e adulti": a toy for children too is a toy. */
const CHILDREN = wordSet(["kids", "children", "child", "ninos", "ninas", "criancas", "enfants", "bambini", "kinder", "dzieci", "детей", "детям", "дети"]);
export function forAdults(l: Layout, cue: Placed): boolean {
  const near = (k: number) => k >= 0 && k < l.words.length && k <= cue.last + 5;
  let adults = false;
  for (let k = Math.max(0, cue.first - 2); near(k); k++) {
    if (CHILDREN.has(l.words[k].text)) return false;
    if (k > cue.last && ADULTS.has(l.words[k].text)) adults = true;
  }
  return adults;
}

/** "No" and "Nr" before a number name a model ("Lee Enfield No 4"), they negate nothing. */
const NUMBER_SIGNS = new Set(["no", "nr"]);

/** A cue right after a negation ("not a toy", "это не ММГ", "non è una replica") says the opposite. */
export function negatedCue(l: Layout, cue: Placed, inTerm?: Uint8Array): boolean {
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - 3; k--) {
    if (l.clause[k] !== l.clause[cue.first]) return false;
    // "Lee Enfield No 4 deactivated": "No" before a number is a model's designation; "non firing (Denix)": a term's own word
    if (NOT.has(l.words[k].text) && !inTerm?.[k] && !(NUMBER_SIGNS.has(l.words[k].text) && HAS_DIGIT.test(l.words[k + 1]?.text ?? ""))) return true;
  }
  return false;
}

/**
 * An ammunition word said to be absent: "sin pólvora", "ohne Zündhütchen", "sem espoleta nem
 * pólvora", "без капсюлей и пороха" (a list after "without" stays negated), "ammo not included".
 */
export function absent(l: Layout, hit: Placed): boolean {
  const ws = l.words;
  const at = (k: number) => (k >= 0 && k < ws.length ? ws[k].text : "");
  const k = hit.first - 1;
  if (WITHOUT.has(at(k))) return true;
  // "without any ammo", "sin la pólvora"
  if ((LINKS.has(at(k)) || at(k) === "any") && WITHOUT.has(at(k - 1))) return true;
  // a list after "without": "без капсюлей и пороха", "no powder or primers"
  if (JOINERS.has(at(k)) && WITHOUT.has(at(k - 2))) return true;
  // "não há cartuchos", "nie mamy też amunicji", "non ci sono munizioni"
  const verb = ALSO.has(at(k)) ? k - 1 : k;
  const not = at(verb - 1) === "ci" ? verb - 2 : verb - 1;
  if (THERE_IS.has(at(verb)) && NOT.has(at(not))) return true;
  if (l.clause[hit.last + 1] === l.clause[hit.last] && REMOVED_AFTER.test(at(hit.last + 1))) return true;
  return notIncluded(l, hit);
}

/** Verbs that may stand around the negation: "gun is not included", "Gewehr ist nicht dabei", "l'arme n'est pas incluse". */
const COPULA = new Set(["is", "are", "ist", "sind", "est", "sont", "n", "ne", "es", "esta", "estan", "son", "e", "sono", "sao", "estao", "jest", "sa", "è"]);

/** "without" before a firearm word: "Holster ohne Waffe", "Кобура без пистолета", "funda sin pistola" ("no" is left out: "No 4 rifle" is a Lee-Enfield). */
const WITHOUT_WEAPON = wordSet([
  "without", "sin", "sans", "ohne", "без", "sem", "senza", "bez", "kein", "keine", "keinen",
  // "qui non c'è nessun fucile", "il n'y a aucune arme", "no hay ninguna escopeta", "nenhuma arma", "żadnej broni", "никакого оружия"
  "nessun", "nessuna", "aucun", "aucune", "ningun", "ninguna", "nenhum", "nenhuma", "zadnej", "zadnego", "zadna", "zaden",
  "никакого", "никаких", "никакой",
]);
/** A word that stresses a denial and may stand inside it: "keine einzige Waffe", "not a single gun", "ni una sola escopeta". */
const SINGLE = new Set(["einzige", "einzigen", "single", "sola", "solo", "unica", "unico", "seule", "seul", "jednej", "jednego", "одного", "единого"]);
/** Words after a noun that say there is none: "настоящего оружия нет", "broni brak" (and "nie ma": "Amunicji też nie ma"). */
const NONE_AFTER = new Set(["нет", "brak"]);

/** "everything except the rifles", "tutto tranne i fucili", "alles außer den Waffen", "всё кроме ружей". */
const EXCEPT = new Set(["except", "excepto", "sauf", "hormis", "ausser", "tranne", "eccetto", "exceto", "oprocz", "poza", "кроме"]);
/** "already sold", "уже проданы", "li ho già ceduti", "schon abgegeben", "déjà vendus", "ya vendí". */
const ALREADY = new Set(["already", "gia", "ya", "ja", "schon", "bereits", "deja", "juz", "уже"]);
const NO_LONGER_HERE = new Set(["esta", "estan", "hay", "tengo", "tenemos", "tem", "temos", "there", "have"]);
const GONE = /^(?:sold|gone|vendu|vendid|vendi|cedut|vendut|verkauft|abgegeben|weg|sprzedan|oddan|продан|продал|отдан)/;
/** Words after a "sold" that date the sale: "mis rifles están vendidos hace tiempo", "sold years ago", "vendue il y a deux ans". */
const SOLD_WHEN = new Set(["hace", "ago", "long", "last", "years", "il", "le", "depuis", "vor", "fa", "ha", "temu", "dawno", "давно", "lange"]);

/**
 * "ammo not included", "the rifle is not included", "Das Gewehr ist nicht dabei", "broń nie jest w
 * zestawie", "оружия нет", "Holster ohne Waffe", "the rifles are already sold"; for a generic word
 * also "NO guns", "vendo tutto tranne i fucili" (a make keeps counting: "all but the Glock" is rare
 * and a Glock named is worth a look).
 */
export function notIncluded(l: Layout, hit: Placed, generic = false): boolean {
  const ws = l.words;
  /** Word k when it is in the same clause as word `of`, else "". */
  const near = (k: number, of: number) => (k >= 0 && k < ws.length && l.clause[k] === l.clause[of] ? ws[k].text : "");
  const at = (k: number) => near(k, hit.last);
  const bt = (k: number) => near(k, hit.first);
  // ("ma" read as the word it is, not Italian "but", which starts a clause)
  const noneAt = (k: number) => NONE_AFTER.has(at(k)) || (at(k) === "nie" && ws[k + 1]?.text === "ma");
  if (noneAt(hit.last + 1) || (ALSO.has(at(hit.last + 1)) && noneAt(hit.last + 2))) return true;
  // "Waffen gibt es keine"
  if (at(hit.last + 1) === "gibt" && at(hit.last + 2) === "es" && NOT.has(at(hit.last + 3))) return true;
  const before = hit.first - 1;
  if (WITHOUT_WEAPON.has(bt(before)) || ((LINKS.has(bt(before)) || SINGLE.has(bt(before))) && WITHOUT_WEAPON.has(bt(before - 1)))) return true;
  // an article after "except" may be a joining word elsewhere (Italian "i" is Polish "and"): read the words as written
  const article = before >= 0 && (LINKS.has(ws[before].text) || ws[before].text === "i");
  if (generic && (bt(before) === "no" || EXCEPT.has(bt(before)) || (article && before >= 1 && EXCEPT.has(ws[before - 1].text)))) return true;
  // "I sold the rifles to my brother-in-law"; after the word: "the rifles are already sold", "la escopeta ya no está"
  if (generic && (GONE.test(bt(before)) || (LINKS.has(bt(before)) && GONE.test(bt(before - 1))))) return true;
  // "carabine vendue", "карабин продан", "mis rifles están vendidos hace tiempo": "sold" after the word ends its clause or dates
  // the sale ("Fusil vendu avec sa lunette", "rifle sold as is" sell it)
  let sold = hit.last + 1;
  while (COPULA.has(at(sold)) && sold <= hit.last + 2) sold++;
  if (generic && GONE.test(at(sold)) && (at(sold + 1) === "" || SOLD_WHEN.has(at(sold + 1)))) return true;
  for (let k = hit.last + 1; k <= hit.last + 5; k++) {
    if (!ALREADY.has(at(k))) continue;
    // "ya no está", "ya no la tengo" (but "ya no la uso" sells it)
    if (NOT.has(at(k + 1)) && (NO_LONGER_HERE.has(at(k + 2)) || NO_LONGER_HERE.has(at(k + 3)))) return true;
    for (let j = k + 1; j <= k + 4; j++) if (GONE.test(at(j))) return true;
  }
  // "(оружие сдано)", "всё оружие и патроны сданы в Росгвардию", "guns surrendered to the police": handed in, not sold here
  if (generic && handedIn(l, hit)) return true;
  // "I'm keeping my shotguns", "je garde mes fusils", "behalte meine Flinten"
  if (generic && (KEEP.test(bt(before)) || ((LINKS.has(bt(before)) || POSSESSIVES.has(bt(before))) && KEEP.test(bt(before - 1))))) return true;
  const from = hit.last + 1;
  let k = from;
  while (COPULA.has(at(k)) && k <= from + 2) k++;
  // "I fucili sono esclusi", "the rifles are excluded"
  if (generic && k > from && EXCLUDED.test(at(k))) return true;
  if (!NOT.has(at(k))) return false;
  k++;
  if (COPULA.has(at(k))) k++;
  // "Shotgun is NOT part of this"
  const partOf = at(k) === "part" && at(k + 1) === "of";
  return ABSENT_AFTER.test(at(k)) || partOf || (at(k) === "w" && /^(?:zestawie|komplecie)$/.test(at(k + 1))) || notForSale(at(k), at(k + 1), at(k + 2));
}

/** "are NOT for sale", "ne sont pas à vendre", "nicht zu verkaufen", "no están en venta", "non sono in vendita", "nie są przedmiotem sprzedaży", "не продаются". */
function notForSale(a: string, b: string, c: string): boolean {
  const two = `${a} ${b}`;
  const three = `${two} ${c}`;
  return (
    /^(?:for sale|zu verkaufen|zum verkauf|en venta|in vendita|a vendre|a venda|para venda|na sprzedaz|przedmiotem sprzedazy|в продаже|на продажу)$/.test(two) ||
    /^(?:a la venta|a la vente|in der sale)$/.test(three) ||
    /^прода/.test(a)
  );
}
/** Keeping the guns: "I'm keeping my shotguns", "je garde mes fusils", "behalte meine Flinten", "zostawiam sobie broń", "ружья оставляю себе". */
const KEEP = /^(?:keeping|keep|kept|garde|gardons|behalte|behalten|quedo|zostawiam|zatrzymuje|оставляю|оставлю)$/;
const POSSESSIVES = new Set(["my", "his", "her", "our", "mes", "ses", "nos", "meine", "seine", "unsere", "mis", "sus", "nuestras", "nuestros", "miei", "mie", "suoi", "meus", "minhas", "seus", "moje", "swoje", "мои", "свои"]);
/** After a copula: "sono esclusi", "are excluded", "sind ausgenommen", "są wyłączone", "исключены". */
const EXCLUDED = /^(?:excluded|esclus|exclu|excluid|ausgenommen|wylaczon|исключен)/;

/**
 * Participles of handing guns in to the police: "сданы", "surrendered". Alone enough: no buyer is handed a gun that way.
 */
const HANDED = /^(?:сдан|surrendered)/;
/**
 * Verbs of a gun going to someone: "the guns went to a licensed dealer", "les fusils ont été remis à la gendarmerie", "die
 * Waffen hat ein Büchsenmacher übernommen", "le armi sono state consegnate ai Carabinieri", "as armas foram entregues na PSP",
 * "broń została zdeponowana na policji", "передано родственнику". They also say a sold gun is handed to its buyer ("Escopeta
 * entregada con funda", "Fusil remis en main propre"), so they count only with a recipient that is not a buyer here (RECIPIENTS)
 * and not for a hand-over still to come ("will be transferred at a dealer").
 */
const HANDED_TO =
  /^(?:handed|turned|went|gone|remis|rendu|rendus|deposee?s?$|parti|confiee?s?$|abgegeben|ubernommen|ubergeben|entregad|entregues?$|entregaron|depositad|consegnat|affidat|andat|zdeponowan|przekazan|oddan|przejet|zdan|сдал|передан|отдан|изъят)/;
/** The police, a dealer or gunsmith, a relative or the notary: who takes a dead or retired hunter's guns. */
const RECIPIENTS = new Set([
  "police", "policia", "polizei", "gendarmerie", "carabinieri", "questura", "psp", "gnr", "guardia", "waffenbehorde", "behorde",
  "prefecture", "commissariat", "sheriff", "dealer", "dealers", "gunsmith", "ffl", "armurier", "armurerie", "buchsenmacher",
  "waffenhandler", "armaiolo", "armeria", "armero", "armeiro", "armaria", "rusznikarz", "notary", "notaire", "notar", "notaio", "notario",
  "nephew", "brother", "son", "uncle", "cousin", "relative", "neveu", "frere", "fils", "oncle", "neffe", "bruder", "sohn", "onkel",
  "nipote", "fratello", "figlio", "zio", "sobrino", "sobrinho", "hermano", "irmao", "hijo", "filho", "tio", "syn", "synowi", "kuzyn",
  "лро", "мвд", "овд",
]);
/** ... and the declined forms: "policji", "wujka", "bratanka", "в Росгвардию", "родственнику", "брату", "племяннику". */
const RECIPIENT_STEMS = /^(?:policj|wuj|brat|росгварди|полици|родственник|брат|сын|племянник|дяд)/;
/** A hand-over still to come is a sale's: "will be transferred", "sera remis", "wird übergeben", "zostanie przekazana", "будет передано". */
const FUTURE = new Set(["will", "sera", "seront", "wird", "werden", "sara", "saranno", "serao", "zostanie", "zostana", "будет", "будут", "can", "puede", "peut", "kann", "puo", "pode", "moze", "можно"]);
/** "given to me by my uncle", "mir übergeben": the seller was handed it, it is what they sell. */
const TO_SELLER = new Set(["me", "mir", "mi", "moi", "mnie", "mne", "мне", "nous", "us", "nos", "uns", "nam", "нам"]);

/**
 * The gun words, with up to one more item after "and" ("оружие и патроны"), then what happened to them: handed in to the police
 * ("сданы", "surrendered") or gone to someone who is not a buyer here (HANDED_TO with RECIPIENTS), within a few words.
 */
function handedIn(l: Layout, hit: Placed): boolean {
  const ws = l.words;
  const reach = (k: number) => k < ws.length && k - hit.last <= 8 && l.clause[k] - l.clause[hit.last] <= 2;
  let k = hit.last + 1;
  if (k + 1 < ws.length && AND_JOINERS.has(ws[k].text) && l.clause[k + 1] - l.clause[hit.last] <= 2) k += 2;
  for (; reach(k); k++) {
    const w = ws[k].text;
    // "сдано на комиссию": consigned to a shop for sale
    const next = [ws[k + 1]?.text ?? "", ws[k + 2]?.text ?? ""];
    const consigned = next.some((t) => /^комисси/.test(t));
    if (HANDED.test(w)) return !consigned;
    if (!HANDED_TO.test(w)) continue;
    if ([k - 1, k - 2, k - 3].some((j) => j > hit.last && FUTURE.has(ws[j].text))) return false;
    if (consigned || next.some((t) => TO_SELLER.has(t))) return false;
    // the recipient after the verb, or before it where German and Polish put the verb last ("hat ein Büchsenmacher übernommen")
    for (let j = hit.last + 1; j <= k + 6 && j < ws.length; j++) if (l.clause[j] - l.clause[k] <= 1 && (RECIPIENTS.has(ws[j].text) || RECIPIENT_STEMS.test(ws[j].text))) return true;
    return false;
  }
  return false;
}

/** "arma tipo pistola", "weapon shape": the shape word describes a weapon, not another product. */
export function shapeOfWeapon(l: Layout, cue: Placed): boolean {
  const before = l.words[cue.first - 1];
  return before !== undefined && WEAPON_NOUNS.has(before.text);
}

/**
 * What an accessory FITS: a make, model or caliber right after "for", "für", "pour", "para", "per", "do", "для", "под", "на"
 * ("holster for Glock 19", "Riel para Mauser 98", "Кольца на Remington 700") names the gun it goes on, not a gun offered.
 * Such a preposition says so only right after an accessory word (fits.ts); a fit verb says so after one anywhere before it
 * ("fits Ruger 10/22", "passend Mauser M18", "serve G17/G19", "adatto a 686"), and so does a preposition after the verb
 * ("pasuje do", "passt auf", "compatible con") or a participle with a fit preposition ("cut for", "taillé pour", "вырезан
 * под", "used on"; not "made in Italy").
 * "p/" is Portuguese shorthand for "para".
 */
const FIT = new Set(["for", "off", "fur", "furs", "pour", "para", "pra", "per", "do", "na", "pod", "для", "под", "на"]);
const FIT_VERBS = new Set([
  "fits", "fit", "compatible", "sirve", "serve", "servem", "compativel", "compativeis", "adapte", "adaptee", "adaptes", "adatto", "adatta",
  "adatti", "adatte", "compatibile", "compatibili", "passend", "passende", "passt", "kompatibel", "подходит", "подходят", "подоидет",
  "совместим", "pasuje", "pasuja", "kompatybilny", "kompatybilna",
]);
/** Participles that say "made to fit" with a preposition after them: "foam cut for AR-15", "taillé pour Glock 17", "вырезан под Вепрь". */
const FIT_PARTICIPLES = new Set([
  "made", "designed", "cut", "used", "fitting", "hecha", "hecho", "cortada", "cortado", "feita", "feito", "recortada", "prevu", "prevue",
  "taille", "taillee", "decoupee", "concu", "concue", "sagomata", "sagomato", "ausgeschnitten", "geeignet", "вырезан", "вырезано",
  "wyciety", "wycieta", "wyciete",
]);
/**
 * Verbs that say where an accessory sat, read like "used on" before "on" and its kin: "sat on my Tikka T3x", "was mounted on",
 * "came off my Blaser R8", "montée sur", "montado en", "montata sul", "war auf", "стоял на", "był na". A make after them names
 * the gun it was on, not a gun offered.
 */
const RESTED = new Set([
  "sat", "was", "mounted", "came", "rode", "taken", "removed", "etait", "monte", "montee", "montes", "estaba", "estuvo", "montado", "montada",
  "estava", "esteve", "stava", "montato", "montata", "war", "sass", "montiert", "стоял", "стояла", "был", "была", "снят", "снята",
  "byl", "byla", "stal", "stala", "zamontowany", "zamontowana", "zdjety", "zdjeta", "siedzial", "siedziala",
]);
/** "on", "off" and their kin after such a verb (Cyrillic "на" is read as Latin "na" by the homoglyph step). */
const RESTED_ON = new Set(["on", "off", "auf", "sur", "en", "em", "no", "na", "su", "sul", "sulla", "на", "z", "ze", "с"]);
/** Prepositions that say "fits" only after a fit verb: "passt auf", "passend zu", "compatible with", "подходит к". */
const FIT_AFTER_VERB = new Set(["auf", "zu", "zum", "zur", "on", "with", "con", "avec", "com", "z", "с", "mit", "к"]);
/** ... and after a participle: "used on Savage Axis", "montiert auf" read like "for". */
const ON = new Set(["on", "auf"]);
/** Before a fit word in its clause, a swap: "trade my scope for a Glock 19" wants the gun. */
const TRADE = new Set([
  "trade", "swap", "exchange", "wtt", "cambio", "cambiar", "permuta", "permuto", "troco", "troca", "trocar", "tausch", "tausche", "tauschen",
  "echange", "echanger", "scambio", "scambiare", "zamiana", "zamienie", "обмен", "меняю", "поменяю",
]);

/**
 * A fit verb (or a verb and its preposition) says so wherever an accessory word stands before it; a plain preposition only near
 * one; a verb of resting ("sat on", "came off") needs none, since what sat on a gun is not the gun (fits.ts).
 */
export type Fit = "verb" | "preposition" | "rested";

/**
 * Whether word k says what the words after it fit, and how (Fit). A preposition that was a Cyrillic "на" in the original is one
 * even where the homoglyph step read it as Latin ("Сошки Harris на Remington 700").
 */
export function fitAt(l: Layout, k: number, original: string): Fit | undefined {
  const ws = l.words;
  const text = (j: number) => (j >= 0 && j < ws.length ? ws[j].text : "");
  const w = ws[k];
  if (FIT_VERBS.has(w.text)) return "verb";
  const source = original.slice(w.start, w.end).toLowerCase();
  const preposition = FIT.has(w.text) || source === "на" || (w.text === "p" && original[w.end] === "/");
  const verb = FIT_VERBS.has(text(k - 1)) && /^\s+$/.test(original.slice(ws[k - 1].end, w.start));
  const participle = FIT_PARTICIPLES.has(text(k - 1)) && l.clause[k - 1] === l.clause[k];
  // "sat on my Tikka", "came off my Blaser", "стоял на Сайге": the verb before the preposition, or before "mounted" ("was mounted on")
  const rested = (RESTED_ON.has(w.text) || source === "на") && l.clause[k - 1] === l.clause[k] && RESTED.has(text(k - 1));
  if (rested) return "rested";
  if (preposition) return verb || participle ? "verb" : "preposition";
  // "compatible with", "совместим с": the joining word starts a clause of its own
  if ((verb && FIT_AFTER_VERB.has(w.text)) || (participle && ON.has(w.text))) return "verb";
  return undefined;
}

/** A swap word in words [from, k) ("will trade for Glock 19", "tausche gegen ..."). */
export function tradeBefore(l: Layout, k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) if (TRADE.has(l.words[j].text)) return true;
  return false;
}

/** Joining words that list what an accessory fits ("pasuje do Shadow 2 i SP-01", "Glock 17 or 19"), unlike "with", "mit", "z". */
export const LISTING_JOINERS = new Set(["and", "or", "und", "oder", "et", "ou", "y", "o", "e", "i", "и", "или", "lub", "oraz", "albo"]);
/** Between a fit word and the gun it names: articles, possessives and caliber words ("pour la Helix", "for my Tikka", "do kal. .22"). */
export const FIT_FILLERS = wordSet([
  "the", "a", "an", "my", "your", "his", "this", "la", "le", "les", "l", "un", "une", "una", "uma", "um", "o", "os", "el", "los", "il", "lo",
  "gli", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "meine", "meinen", "mon", "ma", "mi", "mio", "mia", "meu", "minha",
  "moj", "moja", "мои", "моего", "моем", "мой", "моей", "моя", "cal", "kal", "calibre", "caliber", "calibro", "kaliber", "kalibr", "kalibru", "калибр", "калибра", "кал",
  ...LINKS,
]);

/**
 * Disclaimers: shop notices and passing remarks that name whole categories only to say they are not sold or swapped ("Мы не
 * продаём оружие, ММГ, боеприпасы", "Оружие, патроны и ножи через Авито НЕ продаём", "Keine Schusswaffen, keine Munition",
 * "Pas d'échange contre des armes à feu ou munitions", "Обмен на оружие/патроны не предлагайте", "на оружие не ставился").
 * Only category words read so (analyse-text.ts): a make, model, caliber or part named in the run keeps counting, and "no
 * papers", "без документов", "no trades" after a gun say nothing about the gun.
 */
const DENY = wordSet([...NOT, "sin", "sem", "senza", "niente", "aucun", "aucune", "без", "bez", "never", "nunca", "jamais", "mai", "nigdy", "никогда", "dont", "doesnt", "wont", "nessun", "nessuna", "nenhum", "nenhuma", "ningun", "ninguna", "keinerlei",
  // "nie ma żadnej broni ani amunicji", "Никакого оружия, патронов или их частей в лоте нет"
  "zadnej", "zadnych", "zadna", "zaden", "zadne", "никакого", "никаких", "никакой", "никакие"]);
/**
 * Verbs of selling, swapping, accepting and mounting that a disclaimer denies: "we do NOT sell", "no se aceptan cambios por", "НЕ продаём";
 * "there are" ("non ci sono", "no hay", "es gibt keine"); and asking about it ("не пишите про ружьё", "don't ask about the guns").
 */
const OFFER_VERB =
  /^(?:sono|hay|gibt|ask|asking|fragen|preguntar|preguntes|demander|chiedere|pytac|pisac|пишите|писать|спрашивайте|sell|sells|selling|sold|trade|trades|trading|swap|swaps|exchange|exchanges|accept|accepting|offer|offers|buy|buying|mounted|vend[eoi]\p{L}*|vendemos|acept\p{L}*|cambi\p{L}*|permut\p{L}*|compr\p{L}*|echange\p{L}*|accept\p{L}*|reprise|monte|montee|verkauf\p{L}*|tausch\p{L}*|ankauf|handel\p{L}*|nehme|montiert|troc\p{L}*|aceit\p{L}*|montad[oa]|scambi\p{L}*|accett\p{L}*|montat[oa]|продаю|продаем|продает|продаются|продается|продаж\p{L}*|меня\p{L}*|обмен\p{L}*|предлага\p{L}*|принима\p{L}*|рассматрива\p{L}*|покупа\p{L}*|ставил\p{L}*|устанавлива\p{L}*|интересу\p{L}*|sprzeda\p{L}*|zamieni\p{L}*|zamian\p{L}*|wymieni\p{L}*|wymian\p{L}*|przyjmuj\p{L}*|handluj\p{L}*|oferuj\p{L}*|kupuj\p{L}*|montowan\p{L}*)$/u;
/** Words that may stand between a denial and its verb or the verb and the list: "we do not sell any", "no se aceptan cambios por". */
const DENY_FILLERS = new Set([
  "we", "i", "do", "does", "any", "here", "se", "si", "nous", "on", "contre", "gegen", "against", "por", "me", "hier", "ici", "aqui", "qui", "tutaj",
  "мы", "я", "здесь", "тут", "через", "их", "ich", "wir", "nos", "ci", "vi", "also", "auch",
  // "Taty strzelby też nie sprzedajemy", "las escopetas tampoco las vendo"
  "tez", "tambien", "tampoco", "tambem", "aussi", "anche", "тоже", "также",
]);
/** Words that may sit inside a run of category words: "or other weapons", "keine Gaspistolen oder sonstigen Waffen", "холодное оружие". */
const RUN_FILLERS = wordSet([
  "other", "any", "sonstige", "sonstigen", "andere", "anderen", "otras", "otros", "outras", "outros", "autres", "altre", "altri", "inne",
  "innych", "любые", "любое", "другие", "иные", "холодное", "холодного", "их", "etc", "usw", "knives", "messer", "cuchillos", "facas",
  "couteaux", "coltelli", "noze", "ножи", "ножей", "пневматику", "пневматики", "схп",
  // "né armi né munizioni": Italian "nor" (a German "ne" is "eine": "hab ne Knarre" names no denial)
  "ne", "nor",
  // weapon nouns that are no hit of their own
  "armi", "armas", "arme", "armes", "weapons", "waffen", "bronie", "broni", "оружия",
  // articles a denied thing takes: "ce n'est pas une arme à feu", "no es un arma", "kein Schrot für eine Flinte"
  "une", "un", "una", "uno", "um", "uma", "ein", "eine", "einen",
]);
/** Denials that follow what they deny only as a verb's negation ("оружие НЕ продаём"), not "no"/"without" ("Rifle, no trades"). */
const DENY_AFTER = new Set(["не", "nie", "not", "nicht", "non", "nao", "pas", "never"]);
/** Verbs a denial after the run takes: selling, offering, mounting ("не предлагайте", "не ставился"), having ("Ружья у отца не было"), not swap nouns ("no trades"). */
const OFFER_AFTER =
  /^(?:sell|sold|sale|venta|vente|vendita|venda|offered|accepted|mounted|было|была|были|verkauf\p{L}*|vend[eoi]\p{L}*|продаю|продаем|продает|продаются|продается|предлага\p{L}*|ставил\p{L}*|устанавлива\p{L}*|принима\p{L}*|рассматрива\p{L}*|sprzeda\p{L}*|przyjmuj\p{L}*)$/u;
const SENTENCE_BREAK = /[\n.!?;:()]|\s[-–—]\s/;
/** The passive's auxiliary, beside the copulas: "Die Waffen werden NICHT hier verkauft". */
const PASSIVE = new Set(["werden", "wird"]);
/** Words between a denial after the run and its verb: "NIE jest na sprzedaż", "werden NICHT hier verkauft", "is not for sale". */
const DENIED_VERB_FILLERS = new Set([...COPULA, ...LINKS, ...PASSIVE, "hier", "here", "ici", "aqui", "qui", "tutaj", "здесь", "тут", "being", "up"]);
/** After the verb, a condition: the thing is sold, to some ("not sold to minors", "nie sprzedam bez pozwolenia", "nicht einzeln"). */
const CONDITION = new Set([
  "to", "without", "sin", "sem", "senza", "sans", "ohne", "bez", "без", "only", "solo", "nur", "tylko", "только", "unless", "except", "separately",
  "separadamente", "separement", "separatamente", "einzeln", "osobno", "отдельно", "a", "an", "al", "ao", "au", "ai", "komu", "лицам",
]);
/** "in the photo, mine, and": words between a gun and its denial ("Оружие на фото моё и не продаётся", "the rifle in the pics is not for sale"). */
const IN_PHOTO = wordSet([
  "in", "on", "the", "na", "на", "w", "auf", "dem", "den", "sur", "la", "les", "en", "las", "nella", "nelle", "nas", "и", "and", "i", "e", "et", "und", "y",
  "photo", "photos", "pic", "pics", "picture", "pictures", "foto", "fotos", "fotografia", "bild", "bildern", "zdjeciu", "zdjeciach", "фото", "фотографии",
  "мое", "моё", "mine", "mio", "mia", "meu", "minha", "moja", "moje", "meine", "mein", "mien", "mienne",
]);
/** Whose the denied guns were, after them: "Broń dziadka", "Die Waffen meines Vaters", "les armes de mon père", "оружие отца". */
const KIN = new Set([
  "vater", "vaters", "opa", "opas", "grossvater", "grossvaters", "mannes", "papa", "papas", "father", "fathers", "dad", "dads", "grandpa",
  "grandfather", "husband", "padre", "abuelo", "marido", "nonno", "marito", "pai", "avo", "pere", "grand-pere", "mari", "papy",
  "dziadka", "taty", "ojca", "meza", "отца", "деда", "дедушки", "мужа", "папы",
]);
const OWNER_WORDS = wordSet([...LINKS, ...POSSESSIVES, ...KIN, "meines", "meiner", "seines", "unseres", "mio", "mon", "meu", "mi", "mojego", "моего", "моей", "у"]);
const LIST_GAP = /[,/&+]/;

/**
 * Whether the placed hit stands in a run of category words (`category` marks their words) that a denial governs: a denial
 * right before the run or before a denied verb before it ("Мы не продаём оружие", "Pas d'échange contre des armes"), or a
 * denial and such a verb right after it ("Оружие, патроны ... НЕ продаём"). The run does not cross a sentence's end.
 */
export function disclaimed(l: Layout, original: string, hit: Placed, category: Uint8Array): boolean {
  const ws = l.words;
  const gap = (k: number) => (k + 1 < ws.length ? original.slice(ws[k].end, ws[k + 1].start) : "\n");
  // a replica or air-gun word is an item of the run only when a separator follows it: "not a replica gun" says the gun is real
  const runWord = (k: number) =>
    category[k] === 1 || (category[k] === 2 && (LIST_GAP.test(gap(k)) || JOINERS.has(ws[k + 1]?.text ?? ""))) || JOINERS.has(ws[k].text) ||
    LINKS.has(ws[k].text) || RUN_FILLERS.has(ws[k].text);
  const denial = (k: number) => DENY.has(ws[k].text) || (ws[k].text === "t" && k > 0 && /^(?:don|doesn|didn|won|isn|aren|wasn|weren)$/.test(ws[k - 1].text));
  /** Past whose the guns were, when that is said: "Broń dziadka", "Waffen meines Vaters", "armes de mon père" (at most three words). */
  function afterOwner(from: number): number {
    let j = from;
    let kin = false;
    for (; j < ws.length && j - from < 3 && OWNER_WORDS.has(ws[j].text) && !SENTENCE_BREAK.test(gap(j - 1)); j++) if (KIN.has(ws[j].text)) kin = true;
    return kin ? j : from;
  }
  /** The selling verb a denial at k governs, a copula or "here" between ("NIE jest na sprzedaż"), no condition after it. */
  function deniedVerbAfter(k: number): boolean {
    for (let j = k + 1; j < ws.length && j <= k + 3 && !SENTENCE_BREAK.test(gap(j - 1)); j++) {
      if (OFFER_AFTER.test(ws[j].text)) return !(j + 1 < ws.length && !SENTENCE_BREAK.test(gap(j)) && CONDITION.has(ws[j + 1].text));
      if (!DENIED_VERB_FILLERS.has(ws[j].text)) return false;
    }
    return false;
  }
  // before: skip the run back to a denial, or to a denied verb
  let k = hit.first - 1;
  let steps = 0;
  while (k >= 0 && steps++ < 12 && !SENTENCE_BREAK.test(gap(k))) {
    if (denial(k)) return true;
    // "is not a firearm": "Kusza nie jest bronią palną", "não é arma de fogo"
    if (COPULA.has(ws[k].text) && k > 0 && denial(k - 1) && !SENTENCE_BREAK.test(gap(k - 1))) return true;
    if (!runWord(k)) break;
    k--;
  }
  if (k >= 0 && steps <= 12 && !SENTENCE_BREAK.test(gap(k))) {
    let verb = false;
    for (let j = k, n = 0; j >= 0 && n < 5; j--, n++) {
      if (j < k && SENTENCE_BREAK.test(gap(j))) break;
      if (denial(j)) {
        if (verb) return true;
        break;
      }
      if (OFFER_VERB.test(ws[j].text)) verb = true;
      else if (!DENY_FILLERS.has(ws[j].text) && !LINKS.has(ws[j].text)) break;
    }
  }
  // after: skip the run forward, then up to two fillers ("через Авито"), then a denial and its verb
  k = hit.last + 1;
  steps = 0;
  while (k < ws.length && steps++ < 12 && !SENTENCE_BREAK.test(gap(k - 1)) && runWord(k) && !denial(k)) k++;
  k = afterOwner(k);
  // "Die Waffen meines Vaters werden NICHT hier verkauft", "Оружие на фото моё и не продаётся"
  const filler = (j: number) => DENY_FILLERS.has(ws[j].text) || COPULA.has(ws[j].text) || PASSIVE.has(ws[j].text) || IN_PHOTO.has(ws[j].text);
  for (let n = 0; n < 5 && k < ws.length && !SENTENCE_BREAK.test(gap(k - 1)); n++, k++) {
    // "про ружьё и патроны, их нет": there are none
    if (ws[k].text === "нет" && (k + 1 >= ws.length || SENTENCE_BREAK.test(gap(k)))) return true;
    if (denial(k)) return DENY_AFTER.has(ws[k].text) && deniedVerbAfter(k);
    if (!filler(k) && !(n === 1 && filler(k - 1))) break;
  }
  return listNotIncluded(l, hit, runWord, gap);
}

/**
 * Plural verbs that join a whole list to "not included": "Waffen, Munition oder das Revier gehören nicht dazu", "Rifle, ammo and
 * scope are not included". Without one the denial is the last item's: "Shotgun, case not included" sells the shotgun.
 */
const BELONG = new Set(["gehoren", "sind", "are", "were", "sont", "son", "sono", "sao", "vienen", "entram", "входят", "fanno", "jsou"]);

/**
 * A list that a plural verb and "not included" deny, the things beside the gun too ("Waffen, Munition oder das Revier gehören
 * nicht dazu"). At most two items that are no category word ("das Revier"), each right after a comma or a joining word.
 */
function listNotIncluded(l: Layout, hit: Placed, runWord: (k: number) => boolean, gap: (k: number) => string): boolean {
  const ws = l.words;
  const separated = (k: number) => k > 0 && (LIST_GAP.test(gap(k - 1)) || JOINERS.has(ws[k - 1].text));
  const listItem = (k: number) => separated(k) || (k > 1 && LINKS.has(ws[k - 1].text) && separated(k - 1));
  let k = hit.last + 1;
  let others = 0;
  for (let steps = 0; k < ws.length && steps < 12 && !SENTENCE_BREAK.test(gap(k - 1)) && !BELONG.has(ws[k].text); steps++, k++) {
    if (runWord(k)) continue;
    if (!listItem(k) || ++others > 2) return false;
  }
  if (k === hit.last + 1 || k >= ws.length || !BELONG.has(ws[k].text) || SENTENCE_BREAK.test(gap(k - 1))) return false;
  k++;
  return (
    k + 1 < ws.length && DENY_AFTER.has(ws[k].text) && !SENTENCE_BREAK.test(gap(k - 1)) && !SENTENCE_BREAK.test(gap(k)) &&
    (ABSENT_AFTER.test(ws[k + 1].text) || ws[k + 1].text === "dazu")
  );
}
