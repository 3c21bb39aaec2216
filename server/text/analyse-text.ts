/**
 * Text fast signal: normalise each field, find lexicon terms and patterns, resolve overlaps, let
 * innocent context speak, and return evidence spans on the ORIGINAL text with rule scores.
 *
 * Innocent context works in this order, first that applies:
 *   - a sense cue attached to a hit reads it in another sense (sense.ts): "pistola de cola" is a
 *     glue gun, "Walther P99 blank firer" a replica, "Nerf Glock" a toy (halved), "holster for
 *     Glock 19" a holster (halved). The reading is a negative span "sense:<class>:<what>" covering
 *     cue and word, whose `normalised` says what the word was read as ("glue gun (tool)"); a
 *     replica reading is a replica span instead, since replicas are blocked too;
 *   - a make, model, gun word or caliber that names what an accessory fits ("Riel para Mauser 98",
 *     "Anelli 30mm Remington 700", "fits Ruger 10/22") or what a book is about is read as such
 *     (fits.ts), halved like an accessory's make;
 *   - a negative that overlaps a hit suppresses it ("water gun" over "gun", "12 gauge wire");
 *   - an ammunition word said to be absent ("sin pólvora", "no ammo", "ammo not included");
 *   - a "nearby" negative (toys, airsoft, tools, accessories) within NEARBY_CHARS in the same field
 *     suppresses generic words ("gun safe, 24 rifle capacity": rifle is suppressed), unless "and", "+" or "&" in a title, or
 *     "and a" anywhere, adds an item after them ("Armero 6 armas + escopeta", "ein Luftgewehr und eine Flinte");
 *   - the title names another product (a toy, airsoft, an accessory, a tool read as such, a book,
 *     spent brass ...) and has no firearm-like hit of its own: generic words in the other fields
 *     are suppressed and specific ones halved (a replica title re-reads them as replica).
 * Suppressed hits are returned separately so the console can show why a word did not count.
 */
import { isFirearmLikeCategory, type Category, type EvidenceSpan, type TextField } from "@/server/taxonomy";
import { distance, fieldHits, inQuotes, lowerBound, MAX_HIT_CHARS, overlaps, toSpan, TYPO_ALONE, type FieldResult, type Hit } from "./field-hits";
import { detectLanguage } from "./language";
import { wordSet } from "./normalise";
import { SENSES } from "./lexicon-data/senses";
import { convertedBlank, toyCodeWord, uncodeReplicas, uncodeToys } from "./code-words";
import { affirmedInSentence, askedAboutInSentence, deniedInSentence, givenInSentence, offeredInSentence, sentenceAt, toldInStory } from "./sentence-sale";
import { depictionHead, vehicleHead, livesOf, NAIL, ordnanceHead, partsOf, readingsOf, replicaSpan, senseSpan, SUBJECT, titleHeadCueOf, titleHeadOf } from "./readings";
import { absent, disclaimed, notIncluded, headClassesOf, listedApart, addedItem, place, senseClass, type Layout, type Placed } from "./sense";

export interface TextEvidenceSpan extends EvidenceSpan {
  /** The hit only reads as a firearm term after an evasion was undone (leet, homoglyphs ...). */
  evasion: boolean;
}

export interface SuppressedSpan extends TextEvidenceSpan {
  /** What suppressed it: a negative's rule id, a reading ("sense:tool:glue"), or "negation:absent" ("sin pólvora"). */
  suppressedBy: string;
}

export interface TextAnalysis {
  /** Lexicon and pattern hits that count. */
  spans: TextEvidenceSpan[];
  /** Innocent context found (toys, tools, airsoft, idioms, accessories), and word senses ("sense:tool:glue"). */
  negatives: TextEvidenceSpan[];
  /** Hits that innocent context suppressed. */
  suppressed: SuppressedSpan[];
  /** Some counting hit only matched after de-obfuscation. */
  evasion: boolean;
  /** ISO 639-1 best guess over title and description, "und" when unsure. */
  language: string;
  /** Max weight per category over counting hits and categorised negatives (toy, airsoft). */
  ruleScores: Partial<Record<Category, number>>;
}

export interface TextFields {
  title: string;
  description: string;
  ocr?: string[];
}

const NEARBY_CHARS = 40;
const DAMPEN = 0.5;
/** A firearm-like word in a listing that talks licences ("only to FAC holders") counts at least this much (lexicon-data/licence.ts). */
const LICENCE_FLOOR = 0.7;
const isLicence = (h: Hit) => h.rule.startsWith("licence:");
/** A cartridge word said to be live ("Cartuchos vivos", "Patrone scharf") counts at least this much. */
const LIVE_ROUND = 0.7;

interface Collected {
  spans: TextEvidenceSpan[];
  suppressed: SuppressedSpan[];
  senses: TextEvidenceSpan[];
}

/** What the title says the listing is, when it names another product than a firearm. */
interface TitleContext {
  sense: string;
  rule: string;
  /** A reloading lot: the title names the activity, not a press or dies ("Lot rechargement 308", "Wiederlader gibt auf"). */
  components?: boolean;
  /** The title sells dummy or drill rounds: the description's rounds are those, neither ammunition nor a replica gun. */
  dummy?: boolean;
}

/** What the rules read a replica word in an inert grenade's or shell's listing as ("Grenade F1 inerte, allumeur neutralisé"). */
const ORDNANCE = "sense:ordnance:inert";

/** What the whole listing says, that decides how each field's hits count. */
interface ListingFacts {
  /** What the title names, when it is another product than a firearm (descriptions only). */
  titleContext?: TitleContext;
  /** The title names a gun: a description's gun words are never only told of. */
  gunTitle: boolean;
  /** The listing talks licences: firearm-like words count at least LICENCE_FLOOR. */
  licence: boolean;
  /** The title sells an inert grenade or shell: its replica words are the ordnance's. */
  ordnance: boolean;
}

/** Sort a field's hits into counting, suppressed and (halved) counting. */
function judge(f: FieldResult, { titleContext, gunTitle, licence, ordnance }: ListingFacts, out: Collected): void {
  const negs = f.negatives;
  const readings = (f.readings ??= readingsOf(f));
  // a lot's or a kit's title lists what it holds: its head is one item, not what the others are ("Attrezzatura braccata completa:
  // giacca, radio, zaino e semiautomatico")
  const titleHead = f.field === "title" && !lotTitle(f, KIT_WORDS) ? titleHeadOf(f, readings) : undefined;
  // a gun word listed after the head's item is a second item, not the head's: "Uniform and rifle lot", "Botas y escopeta" (a
  // caliber after it is the head's: "Presse Lee + jeu d'outils 7x64"; merchandise lists more merchandise)
  const headCue = titleHead ? titleHeadCueOf(f) : undefined;
  const listed = headCue && offersBeside(headCue.sense) ? apartFrom(f, headCue.at) : undefined;
  const apart = (h: Hit) => !!listed && h.kind === "lexicon" && listed(h);
  const parts = partsOf(f, readings);
  const lives = livesOf(f, readings);
  const categoryWords = categoryWordsOf(f);
  for (const h of f.positives) {
    // a replica word after a negation says the opposite: "Live round, NOT inert", "non neutralisé", "не ММГ"
    if (h.category === "replica" && h.negated) {
      out.suppressed.push({ ...toSpan(f, h), suppressedBy: "negation:not" });
      continue;
    }
    if (h.category === "replica" && ordnance) {
      out.suppressed.push({ ...toSpan(f, h), suppressedBy: ORDNANCE });
      out.senses.push({ ...toSpan(f, h), kind: "negative", category: null, rule: ORDNANCE, normalised: SENSES["ordnance:inert"] });
      continue;
    }
    // "la escopeta que ven en la foto también va": sold, whatever safe, kit or title it is named beside (sentence-sale.ts)
    const affirmed = f.field !== "title" && isFirearmLikeCategory(h.category) && affirmedInSentence(f.original, h.start);
    const reading = affirmed ? undefined : readings.get(h);
    if (reading) {
      const sense = senseSpan(f, h, reading.cue);
      const rule = sense.rule!;
      if (reading.rule.action === "dampen") {
        out.spans.push(toSpan(f, h, h.weight * DAMPEN));
        out.senses.push(sense);
      } else {
        out.suppressed.push({ ...toSpan(f, h), suppressedBy: rule });
        if (reading.rule.action === "replica") out.spans.push(replicaSpan(sense, h, reading.cue.hit.weight));
        else out.senses.push(sense);
      }
      continue;
    }
    let by: string | undefined;
    for (let k = lowerBound(negs, h.a - NEARBY_CHARS - MAX_HIT_CHARS); k < negs.length && negs[k].a <= h.b + NEARBY_CHARS; k++) {
      const n = negs[k];
      const nearby = h.generic && !n.negated && n.scope === "nearby" && distance(n, h) <= NEARBY_CHARS;
      if (overlaps(n, h) || (nearby && !affirmed && !addedAfter(f, n, h))) {
        by = n.rule;
        break;
      }
    }
    if (!by && h.category === "ammunition" && absent(f.layout, place(f.layout, h.a, h.b))) by = "negation:absent";
    // "holster for Glock 19, gun not included", "Das Gewehr ist nicht dabei": what is not included is not for sale
    if (!by && h.category === "firearm" && notIncluded(f.layout, place(f.layout, h.a, h.b), h.generic)) by = "negation:absent";
    let dampen = false;
    if (!by && quotedFigure(f, h)) {
      dampen = true;
      out.senses.push({ ...toSpan(f, h), kind: "negative", category: null, rule: "sense:figure:quoted", normalised: "word in quotes (figure of speech)" });
    }
    // a nailer's loads listed beside it are its own ("Chiodatrice a sparo Hilti DX 460 + cartucce + chiodi"), a caliber is not
    const nailLoads = titleHead === NAIL_HEAD && h.category === "ammunition" && h.kind !== "pattern";
    if (!by && titleHead && (!apart(h) || nailLoads) && (h.generic || (h.category === "ammunition" && (h.kind === "pattern" || titleHead === MEDIA_HEAD || titleHead === NAIL_HEAD)))) {
      if (h.generic) by = titleHead;
      else dampen = true;
    }
    // an item of a price list ("- Патроны 9х18 ПМ, 2 коробки", "- Tłumik huku do broni długiej, 1 600 zł") or a gun its own
    // sentence sells is its own offer: the title's reading does not reach it
    const ownOffer = (c: TitleContext) => (!h.generic && ownItem(f, h, c)) || soldInSentence(f, h, c);
    // (and a replica's title does not reach a part its clause says is not deactivated: "caricatore originale NON disattivato")
    const live = (c: TitleContext) => senseClass(c.sense) === "replica" && f.liveClauses.has(f.layout.clause[place(f.layout, h.a, h.b).first]);
    if (!by && titleContext && f.field !== "title" && !affirmed && !ownOffer(titleContext) && !live(titleContext)) {
      // under a title that sells dummy rounds, the gun the description names is what they are for: "Exerzierpatronen 7,92 für
      // K98k", "Perfect for display with your Lee Enfield"
      if (titleContext.dummy && (h.category === "ammunition" || headClassesOf(h).some((c) => c === "make" || c === "model"))) {
        out.suppressed.push({ ...toSpan(f, h), suppressedBy: titleContext.rule });
        continue;
      }
      if (senseClass(titleContext.sense) === "replica" && headClassesOf(h).length) {
        const span = toSpan(f, h);
        out.suppressed.push({ ...span, suppressedBy: titleContext.rule });
        out.spans.push(replicaSpan({ ...span, rule: titleContext.rule, normalised: SENSES[titleContext.sense] ?? titleContext.sense }, h, 0));
        continue;
      }
      if (h.generic) by = titleContext.rule;
      else if (!(titleContext.components && isAmmunitionWord(h))) dampen = true;
    }
    // "Мы не продаём оружие, боеприпасы", "Keine Schusswaffen, keine Munition": a category named to say it is not sold (after the
    // title's reading, so a replica's "não é arma de fogo" stays the replica's)
    if (!by && categoryWords && categoryWord(h) && disclaimed(f.layout, f.original, place(f.layout, h.a, h.b), categoryWords)) {
      by = "negation:disclaimer";
      dampen = false;
    }
    // "Das KK-Gewehr, das auf einem Foto an der Wand hängt, ist schon weg": denied further on in its sentence (after the title's
    // reading, which tells the moderator more)
    if (!by && f.field !== "title" && isFirearmLikeCategory(h.category) && deniedInSentence(f.original, h.start, h.end)) {
      by = "negation:not-for-sale";
      dampen = false;
    }
    // "NO tengo escopetas ... ya me han preguntado tres personas", "люди спрашивают за ружьё — его нема": what buyers ask after
    if (!by && h.generic && h.category === "firearm" && askedAboutInSentence(f.original, h.start)) {
      by = "negation:asked-about";
      dampen = false;
    }
    // "nosotros cazamos con escopeta del 12", "mit meiner Repetierbüchse in 8x57 IS erlegt": under a title that names no gun, the gun
    // a sentence says the seller hunted or shot with, and that offers nothing, is told of, not sold (halved: the model decides)
    // (and a gun a family story tells of: "la nonna raccontava che il moschetto lo aveva seppellito nell'orto")
    const told = () => (usedWith(f, h) && !offeredInSentence(f.original, h.start)) || (h.category === "firearm" && toldInStory(f.original, h.start));
    if (!by && !dampen && !gunTitle && f.field !== "title" && isFirearmLikeCategory(h.category) && told()) {
      dampen = true;
      out.senses.push({ ...toSpan(f, h), kind: "negative", category: null, rule: USED_WITH_RULE, normalised: "a gun told of in passing: used by the seller or in a family story (not offered)" });
    }
    // a make or model named by a part word is that part: "Cerrojo Springfield 1903", "Magazin P08"; a cartridge said to be live is ammunition
    const span = (w = h.weight): TextEvidenceSpan => (parts.has(h) ? { ...toSpan(f, h, w), category: "firearm_part" } : toSpan(f, h, w));
    const weight = lives.has(h) ? Math.max(h.weight, LIVE_ROUND) : h.weight;
    if (by) out.suppressed.push({ ...span(), suppressedBy: by });
    else if (dampen) out.spans.push(span(weight * DAMPEN));
    else out.spans.push(span(licence && isFirearmLikeCategory(h.category) && !isLicence(h) ? Math.max(weight, LICENCE_FLOOR) : weight));
  }
}

/**
 * Whether the fields name a gun only in passing: one generic gun word and no other firearm-like word (licences aside; calibers
 * too under a trophy or a dog, `calibers`). Hobby gear reads that word as where or with whom it was used ("se ve a mi cuñado con
 * una escopeta", a stag "tiré à la carabine en 8x68S", a dog "we shoot over him with a 20 gauge"); more is another thing sold
 * with it ("equipo de camping y pesca ... y el rifle 22 Marlin con mira, más unas 200 balas", "3 boxes of Game-Shok 20 gauge").
 */
const CALIBER_IN_PASSING = new Set(["hobby:trophy", "hobby:dog"]);
function passingMention(fields: FieldResult[], calibers = false): boolean {
  let n = 0;
  for (const f of fields) {
    for (const h of f.positives) {
      if (h.rule.startsWith("licence:") || (calibers && h.rule.startsWith("caliber:")) || !isFirearmLikeCategory(h.category) || f.readings?.has(h)) continue;
      if (!h.generic || ++n > 1) return false;
    }
  }
  return true;
}

/** Ammunition words that name the category, not one product: "ammo", "Munition", "патроны", "боеприпасы", "cartouches", shot ("Schrot", "дробь"). */
const AMMO_CATEGORY = /^(?:ammo|ammunition|cartridges?|rounds|munition|munitions|municion|municiones|municao|municoes|munizion[ei]?|amunicj|naboj|patron|patrone|patronen|cartouches?|cartuchos?|cartucce|боеприпас|патрон|boepripas|patrony|srut|schrot|дробь|perdigon|pallini|plombs)/;
/** Part words that name the category, not one part: "keinerlei Munition oder Waffenteile", "no gun parts". */
const PART_CATEGORY = /^(?:waffenteile|gun parts|firearm parts|piezas de armas|pecas de armas|pieces d armes|parti di armi|czesci broni|запчасти для оружия)$/;
/** Category words a disclaimer can deny (sense.ts, disclaimed): generic firearm words, ammunition as a category, replica words. */
const categoryWord = (h: Hit) =>
  h.kind === "lexicon" && ((h.category === "firearm" && h.generic) || h.category === "replica" || (h.category === "ammunition" && AMMO_CATEGORY.test(h.key ?? "")) ||
    (h.category === "firearm_part" && PART_CATEGORY.test(h.key ?? "")));

/** The words of a field's category words (1), and of replica, air-gun and toy words that can be items of a list (2); undefined when none. */
function categoryWordsOf(f: FieldResult): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  const mark = (h: Hit, v: number) => {
    const at = place(f.layout, h.a, h.b);
    out ??= new Uint8Array(f.layout.words.length);
    for (let k = at.first; k <= at.last && k < out.length; k++) out[k] = Math.max(out[k], v);
  };
  for (const h of f.positives) if (categoryWord(h)) mark(h, h.category === "replica" ? 2 : 1);
  if (!out) return undefined;
  for (const n of f.negatives) if (n.category === "airsoft_paintball" || n.category === "toy") mark(n, 2);
  return out;
}

/** A line that starts like a list item: "- ", "• ", "* ", "1) ", "2. ". */
const ITEM_LINE = /^[ \t]*(?:[-–—•*▪►✓]|\d{1,2}[.)])[ \t]/;
/** A price on a line: "1 600 zł", "$3,800", "3 000 ₽", "80€", "R$ 900", "25 EUR". */
const PRICE = /(?:[$€£₽]\s?\d|\d\s?(?:[$€£₽]|zl\b|zł|руб|eur\b|euro|usd\b|chf\b|kr\b|pln\b))/i;
/** A price list of at least this many items is a lot sold item by item. */
const MIN_ITEMS = 3;
const priceLists = new WeakMap<FieldResult, Array<[number, number]>>();
/**
 * Whether the hit stands on its own item of a price list ("- item, price" lines, MIN_ITEMS or more priced) that names none of the
 * title's product class: "- Патроны 9х18 ПМ" under "форма, разгрузка, кобура", "- Tłumik huku do broni długiej, 1 600 zł" under
 * "czyszczę szafę". The title names the lot's first items, not this one; a line with the title's class ("- Sac à cartouches")
 * is one of them, and a single product's feature list carries no prices.
 */
function ownItem(f: FieldResult, h: Hit, context: TitleContext): boolean {
  if (context.dummy || senseClass(context.sense) === "replica") return false;
  let lines = priceLists.get(f);
  if (!lines) {
    lines = [];
    let priced = 0;
    let at = 0;
    for (const line of f.original.split("\n")) {
      if (ITEM_LINE.test(line)) lines.push([at, at + line.length]), (priced += PRICE.test(line) ? 1 : 0);
      at += line.length + 1;
    }
    if (priced < MIN_ITEMS) lines = [];
    priceLists.set(f, lines);
  }
  const line = lines.find(([a, b]) => h.start >= a && h.end <= b);
  if (!line) return false;
  const cls = senseClass(context.sense);
  return !f.cues.some((c) => c.hit.start >= line[0] && c.hit.end <= line[1] && senseClass(c.sense) === cls);
}

/** Selling words: "selling my Tikka T3x too", "vendo también mi Beretta", "verkaufe", "продаю", "sprzedam". */
const SALE = /(?<!\p{L})(?:sell|selling|for sale|vend[oe]|venden|vendem|vendono|vends|vendesi|vendiamo|vendemos|verkaufe|verkaufen|abzugeben|продаю|продам|продается|продаётся|продаются|sprzedam|sprzedaje)(?!\p{L})/iu;
/** Heads beside which a gun is offered as one more item: gear, clothes, militaria, pictures, hobbies, hunts, containers, a hunter's car. */
const OFFER_BESIDE = new Set(["service", "accessory", "militaria", "depiction", "hobby", "spent", "camera", "vehicle"]);
const offersBeside = (sense: string) => OFFER_BESIDE.has(senseClass(sense)) || sense === "merch:garment" || sense === "merch:merch";
/** Words that may stand between a sale verb or a joining word and the gun it sells: "vendo una escopeta", "and his Mauser K98". */
const OFFER_FILLERS = wordSet([
  "a", "an", "the", "my", "his", "her", "our", "also", "too", "un", "une", "una", "uma", "um", "el", "la", "le", "les", "l", "il", "lo", "o",
  "mi", "mio", "mia", "mon", "ma", "mes", "son", "sa", "meu", "minha", "sein", "seine", "seinen", "mein", "meine", "meinen", "ein", "eine",
  "einen", "den", "die", "das", "der", "aussi", "tambien", "anche", "auch", "tambem", "moj", "moja", "moje", "мой", "моё", "мою", "также",
  "su", "sus", "suo", "sua",
  // "vendo aparte mi rifle", "dorzucić swój stary śrutowiec", "отдать и свой ИЖ-18", "una caixa de munição"
  "aparte", "parte", "separately", "separadamente", "separat", "osobno", "отдельно", "old", "stary", "stara", "старый", "старое", "swoj", "swoja",
  "swoje", "свой", "свою", "своё", "свое", "box", "boxes", "caja", "cajas", "caixa", "caixas", "scatola", "scatole", "boite", "boites",
  "schachtel", "schachteln", "packung", "pudelko", "pudelka", "opakowanie", "opakowania", "пачка", "пачки", "коробка", "коробки", "of", "de",
  "di", "des", "du", "da", "do", "dos", "das", "del", "della", "dello", "degli", "delle", "half", "media", "meia", "mezza", "demi", "halbe",
]);
/** Words that make the next one or two say the opposite: "I do NOT have the rifle", "je n'ai pas", "у меня нет". */
const NEGATORS = wordSet(["not", "no", "don", "dont", "t", "never", "nie", "не", "нет", "pas", "ne", "n", "nicht", "kein", "non", "nao"]);
const negatedAt = (l: Layout, k: number) => [1, 2].some((d) => k - d >= 0 && NEGATORS.has(l.words[k - d].text));
/** "J'ai aussi 3 chargeurs ... 40€ pièce", "Ho anche una canna di ricambio, 200€", "Ещё есть двустволка": a second item, priced. */
const HAVE = wordSet(["have", "got", "ai", "ho", "tengo", "tenho", "habe", "hab", "mam", "есть", "annuncio", "annonce", "anuncio", "ad", "listing", "ogloszeniu"]);
/** Joining words a gun sold as one more item stands after ("Vendo botas ... y una escopeta Beretta"; "i" only in Polish: Italian "i fucili"). */
const OFFER_BEFORE = new Set(["and", "plus", "y", "e", "et", "und", "sowie", "oraz", "и", "ed"]);
/**
 * Words that make the item before a joining word, and so the gun after it, what another thing fits, holds or lacks: "cassaforte
 * per armi corte e munizioni", "für Kurzwaffen und Munition", "escluse le tasse e le munizioni", "без пороха, капсюлей и пуль".
 */
const NOT_OFFERED = new Set([
  "for", "fur", "para", "pra", "per", "pour", "dla", "для", "под", "with", "w", "con", "com", "avec", "mit", "z", "ze", "с", "со",
  "without", "no", "sin", "sem", "senza", "sans", "ohne", "bez", "без", "ni", "nor", "except", "excluding", "escluse", "esclusi", "esclusa",
  "escluso", "excepto", "sauf", "ausser", "tranne", "кроме", "oprocz", "fits", "passend",
]);
/**
 * A gun offered in a listing headed by another product: its own sentence says it is sold ("Also selling my Tikka T3x .308",
 * "También se venden aparte ... dos escopetas"), or for a make or model prices it ("Tikka T3x .308, 1500€"). A hunting trip's,
 * lease's or course's gun is offered so wherever its sentence says it; a price alone is the service's beside a gun word ("500€
 * per day, rifle included"), and its other gun words are what the guest brings. Beside a garment, a uniform, a flask, a safe or a
 * picture the gun must also be an item of the sale (offeredItem), and a round beside a container or a press is its content or
 * component (the container's own reading decides).
 */
function soldInSentence(f: FieldResult, h: Hit, context: TitleContext): boolean {
  const service = context.sense === "service:hunt";
  if ((!service && !offersBeside(context.sense)) || h.rule.startsWith("licence:")) return false;
  const { a, b } = sentenceAt(f.original, h.start);
  const sentence = f.original.slice(a, b);
  const priced = PRICE.test(sentence);
  const ammo = h.category === "ammunition" && !service && senseClass(context.sense) !== "spent";
  // a part is offered beside another product only with its own price: "3 chargeurs 10 coups pour HK SL8, 40€ pièce"
  const part = h.category === "firearm_part" && !service && priced;
  if (h.category !== "firearm" && !ammo && !part) return false;
  if (service) return (SALE.test(sentence) && offeredItem(f, h, a)) || (!h.generic && priced);
  // "je les cède avec le congélateur", "van de regalo con el lote", "отдам покупателю машины" offer as a sale verb does
  const given = givenInSentence(f.original, h.start);
  // rounds its sentence gives the buyer are offered wherever they stand in it ("В бардачке лежат 2 пачки патронов ... отдам
  // покупателю машины"); a caliber or a gun there must still be an item of the sale, not what an accessory fits
  if (given && ammo && (h.kind === "lexicon" || h.rule === "ammo:round-count")) return true;
  return (SALE.test(sentence) || given || priced) && offeredItem(f, h, a, priced);
}

/**
 * Whether the hit is an item of its sentence's sale: first in the sentence, or right after a sale verb through articles,
 * possessives, containers and "separately" ("Selling my Remington 700", "vendo a parte anche la doppietta", "una caixa de
 * munição"), or in a priced sentence after "have" that nothing denies ("J'ai aussi 3 chargeurs ... 40€ pièce"), or after "and", "y", "et" ending a list that nothing in NOT_OFFERED governs
 * ("Vendo botas de caza talla 43 y una escopeta Beretta", "uniform plus an M1 Garand"); not after "with" or "of" ("a hunter
 * with his rifle, 300€", "Ci stanno due fucili").
 */
function offeredItem(f: FieldResult, h: Hit, sentenceStart: number, priced = false): boolean {
  const l = f.layout;
  const at = place(l, h.a, h.b);
  // other firearm-like words before it name the same gun ("escopeta Beretta", "M1 Garand rifle")
  const gun = gunWords(f);
  const inSentence = (k: number) => k >= 0 && l.words[k].end > sentenceStart;
  const joiner = (w: string) => OFFER_BEFORE.has(w) || (w === "i" && h.language === "pl");
  let k = at.first - 1;
  for (let n = 0; inSentence(k) && (gun[k] || OFFER_FILLERS.has(l.words[k].text) || /^\d+$/.test(l.words[k].text)); k--) if (!gun[k] && ++n > 5) return false;
  if (!inSentence(k) || SALE.test(l.words[k].text) || (priced && HAVE.has(l.words[k].text) && !negatedAt(l, k))) return true;
  if (!joiner(l.words[k].text)) return false;
  // the list before the joining word: back to its sale verb or the sentence's start, unless a word governs it
  for (k--; inSentence(k); k--) {
    const w = l.words[k].text;
    if (SALE.test(w)) return true;
    if (NOT_OFFERED.has(w)) return false;
  }
  return true;
}

const USED_WITH_RULE = "sense:told:used";
/** Words before the gun a seller hunted, shot or mounted something with: "with", "con", "mit", "z", "с", "из", "on/sur/na" (a scope's rifle). */
const USED_WITH = wordSet([
  "with", "using", "use", "uses", "used", "shoot", "shoots", "hunt", "hunts", "hunted", "carried", "carrying", "on", "off", "vor", "con",
  "col", "coi", "sul", "sulla", "sui", "avec", "sur", "mit", "auf", "com", "usando", "z", "ze", "с", "со", "из", "на", "na",
]);
/** Words that may stand between such a word and the gun: articles, possessives, "old", "dad's". */
const USED_FILLERS = wordSet([
  ...OFFER_FILLERS, "s", "old", "trusty", "little", "favorite", "favourite", "beloved", "own", "dad", "father", "grandpa", "granddad",
  "grandad", "alte", "alten", "alter", "altes", "vieja", "viejo", "vecchio", "vecchia", "velha", "velho", "vieux", "vieille", "vieil", "stary", "starego", "starym", "старого", "старым", "старой", "mio",
  "miei", "moim", "mojego", "mojej", "swoim", "swojego", "swojej", "моим", "моей", "своим", "своей", "meiner", "meinem", "seiner",
  "seinem", "dem", "unser", "unserer", "unserem", "our", "nostro", "nostra", "nuestro", "nuestra", "minha", "meu", "notre", "nos", "votre",
]);
/** A shot of a gun is the gun fired, not sold: "acostumbrado a disparo de rifle", "coup de fusil", "выстрел из ружья", "the sound of a shotgun". */
const SHOT_NOUNS = wordSet([
  "shot", "shots", "sound", "bang", "disparo", "disparos", "tiro", "tiros", "coup", "coups", "detonation", "colpo", "colpi", "sparo", "spari",
  "schuss", "schusse", "knall", "strzal", "strzaly", "strzalow", "huk", "выстрел", "выстрела", "выстрелы", "выстрелов", "звук",
]);
const SHOT_OF = new Set(["of", "de", "d", "du", "di", "del", "da", "do", "aus", "der", "z", "ze", "из"]);
/** Words that join a gun to its caliber: "Merkel Helix in 9,3x62", "escopeta del 12", "Baikal kal. 16", "ИЖ-27 12 калибра". */
const CALIBER_LINKS = new Set(["in", "en", "im", "w", "в", "kal", "cal", "calibre", "caliber", "calibro", "kaliber", "kalibru", "kalibrze", "калибра", "del", "de", "do", "da", "du"]);
/**
 * Whether the hit is the gun a "with", "con", "mit", "z" or "с" before it names as what was used ("the 10 point I finally got with
 * my dad's old .270", "comecei com uma pistola de alarme ... e depois com a caçadeira", "strzał z kniejówki", "sur ma Blaser R8 en
 * 8x68S"): back over the gun's own words (and a caliber's link to them, past one unknown model word: "Merkel Helix in 9,3x62") and
 * up to three fillers to that word, inside the sentence. Only a gun or a caliber: a part or a box of cartridges "with" a gun is
 * sold with it ("una de ellas con el silenciador puesto").
 */
function usedWith(f: FieldResult, h: Hit): boolean {
  if (h.category !== "firearm" && !(h.category === "ammunition" && h.kind === "pattern")) return false;
  const l = f.layout;
  const gun = gunWords(f);
  const { a: sentenceStart } = sentenceAt(f.original, h.start);
  const inSentence = (k: number) => k >= 0 && l.words[k].end > sentenceStart;
  let fillers = 0;
  for (let k = place(l, h.a, h.b).first - 1; inSentence(k); k--) {
    const w = l.words[k].text;
    if (gun[k]) continue;
    if (USED_WITH.has(w) || (SHOT_OF.has(w) && inSentence(k - 1) && SHOT_NOUNS.has(l.words[k - 1].text))) return true;
    if (USED_FILLERS.has(w) && ++fillers <= 3) continue;
    if (CALIBER_LINKS.has(w) && inSentence(k - 1)) {
      if (!gun[k - 1] && gun[k - 2] && inSentence(k - 2)) k--;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * A firearm or ammunition word in quotes is a figure of speech: "'ammo' for broke ppl", "BD 1ml
 * 'guns' = syringes", "Tattoo machine rotary 'gun' kit"; a make alone in quotes is a brand borrowed
 * by another product: "Ecstas 'Glock' bleues 240mg", "custom die ('Glock', 'AK', any logo)". Halved,
 * so the rules alone do not fire on it and the model decides. A model in quotes is a gun's name
 * ("Mossberg 'Persuader'", "Beretta 'Silver Pigeon'").
 */
function quotedFigure(f: FieldResult, h: Hit): boolean {
  if (!h.generic && !(h.category === "ammunition" && h.kind === "lexicon") && !h.rule.startsWith("make:")) return false;
  return inQuotes(f.original, h.start, h.end);
}

/** A media title's ammunition words are its topic (readings.ts, titleHeadOf). */
const MEDIA_HEAD = "sense:merch:media";
/** A nailer's title reads its cartridges as the tool's loads (readings.ts, titleHeadOf). */
const NAIL_HEAD = `sense:${NAIL}`;
/**
 * Bullets, primers and powder in the description of a reloading lot are ammunition ("Lot rechargement 308", "Wiederlader gibt
 * auf", "Whole reloading setup incl. components"); a title that names a press or dies sells the equipment, and the components
 * its description names are usually said to be left out in a list ("sin pólvora ni pistones", "без пороха, капсюлей и пуль").
 */
const isAmmunitionWord = (h: Hit) => h.kind === "lexicon" && h.rule.startsWith("ammo:");
const RELOADING_ACTIVITY = /^(?:reloading|recarga|rechargement|recharger|rechargeurs|ricarica|wiederlad|переснаряж|elaboracj)/;
/** A title that names the components besides the press: "Reloading bench clear out - press, dies, components", "prensa Lee + insumos". */
const COMPONENTS = /^(?:components|componentes|componenti|composants|komponenten|komponenty|компоненты|компонентов|insumos|consumables|consumiveis)$/;
function reloadingLot(title: FieldResult, context: TitleContext): TitleContext {
  if (context.sense !== "spent:reloading") return context;
  const components =
    title.layout.words.some((w) => COMPONENTS.test(w.text)) ||
    title.cues.every((c) => c.sense !== "spent:reloading" || RELOADING_ACTIVITY.test(c.hit.normalised));
  return { ...context, components };
}
/** Classes whose cue, even unattached, names the product when it sits in a title without a firearm-like subject. */
const PRODUCT_CLASSES = new Set([
  "toy", "airsoft", "replica", "accessory", "merch", "spent", "signal", "nonlethal", "crossbow", "service", "vehicle", "cartridge", "drug",
  "food", "camera", "militaria", "hobby",
]);

/** Words of a title that sells many things at once: a garage sale, a house clear-out, "vendo tutto". */
const LOT_WORDS = wordSet([
  "garage", "yard", "moving", "estate", "clearout", "clearance", "items", "stuff", "everything", "misc", "haushaltsauflosung",
  "entrumpelung", "nachlass", "flohmarkt", "wohnungsauflosung", "umzug", "alles", "verschiedenes", "debarras", "demenagement",
  "grenier", "tout", "divers", "liquidacion", "mudanza", "garaje", "todo", "varios", "desapego", "mudanca", "tudo", "svendita",
  "sgombero", "trasloco", "tutto", "mercatino", "wyprzedaz", "przeprowadzka", "likwidacja", "wszystko", "rozne", "распродажа",
  "переезд", "всё", "все", "разное", "zugeln", "raumung", "raumungsverkauf", "succession",
]);
/**
 * Words of a title that names a lot or a kit and lists it: "Range bag bundle - ...", "Lote caza menor: ...", "Kit cinghiale: ...",
 * "Équipement de battue : gilet, gibecière, bottes Aigle, et ma BAR 300 WM". The accessory its list starts with is one item of it.
 */
const KIT_WORDS = new Set([
  ...LOT_WORDS, "bundle", "lot", "lote", "kit", "konvolut", "zestaw", "лот", "equipement", "equipo", "equipamento", "attrezzatura", "ausrustung",
  "снаряжение", "wyposazenie", "sprzet", "gear",
]);
/**
 * Readings a lot's title does not spread to its description: an accessory, a vehicle part, a garment (a book's topic does), and a
 * hunt's word, which there says what the kit is for ("Attrezzatura braccata completa: giacca, radio, zaino e semiautomatico").
 */
const spreadsNot = (sense: string) =>
  ["accessory", "vehicle", "merch", "service"].includes(senseClass(sense)) && sense !== "merch:media" && sense !== "merch:digital";
/** Cues that describe a thing rather than name one: "Keller muss leer werden" sells no spent brass. */
const DESCRIBING_CUES = new Set([
  "leer", "leere", "empty", "spent", "vacios", "vacias", "vacia", "vacio", "vazios", "vazias", "vazia", "vazio", "vides", "vuoti", "vuote",
  "vuota", "vuoto", "puste", "pusta", "pusty",
]);

/** A title that sells many things at once and lists them: a lot word and two commas ("Lake stuff - jon boat, trolling motor, tackle"). */
const lotTitle = (title: FieldResult, words: ReadonlySet<string>) =>
  title.layout.words.some((w) => words.has(w.text)) && (title.original.match(/,(?!\d)|;/g)?.length ?? 0) >= 2;

/** A lot or kit title that lists what it holds, unless it is a lot of replicas or says it has no gun ("Matériel de chasse sans arme - ..."). */
function kitTitle(title: FieldResult, judged: Collected): boolean {
  const replica = (s: TextEvidenceSpan) => s.field === "title" && (s.category === "replica" || !!s.rule?.startsWith("sense:replica"));
  const replicas =
    judged.spans.some(replica) || judged.senses.some(replica) || judged.suppressed.some(replica) || title.cues.some((c) => senseClass(c.sense) === "replica");
  const noGun = judged.suppressed.some((s) => s.field === "title" && s.suppressedBy === "negation:absent");
  return !replicas && !noGun && lotTitle(title, KIT_WORDS);
}

const gunWordsOf = new WeakMap<FieldResult, Uint8Array>();
/** The words of a field's firearm-like hits (1 per word), computed once per field. */
function gunWords(f: FieldResult): Uint8Array {
  const known = gunWordsOf.get(f);
  if (known) return known;
  const marks = new Uint8Array(f.layout.words.length);
  for (const p of f.positives) {
    if (!isFirearmLikeCategory(p.category)) continue;
    const q = place(f.layout, p.a, p.b);
    for (let k = q.first; k <= q.last && k < marks.length; k++) marks[k] = 1;
  }
  gunWordsOf.set(f, marks);
  return marks;
}
/**
 * Whether a gun word is one more item listed after a negative's: after "and", "+" or "&" in a title ("Kit de limpeza, coldres e
 * revólver"), after "and a" anywhere ("ein Luftgewehr und eine Flinte").
 */
function addedAfter(f: FieldResult, n: Hit, h: Hit): boolean {
  // (a bare "and" in a description as often joins two clauses: "les voleurs avaient forcé son armoire forte et emporté ses fusils")
  const article = n.category === "toy" || n.category === "airsoft_paintball" || f.field !== "title";
  return addedItem(f.layout, f.original, place(f.layout, n.a, n.b), place(f.layout, h.a, h.b), gunWords(f), article, h.language === "pl");
}
/** Whether a hit of a title is a second item listed after its head's ("Uniform and rifle lot", "Botas y escopeta"; sense.ts). */
function apartFrom(f: FieldResult, head: Placed): (h: Hit) => boolean {
  return (h) => listedApart(f.layout, f.original, head, place(f.layout, h.a, h.b), gunWords(f));
}
/** Whether the judged title sells a gun: a firearm-like word there counts as the listing's subject. */
const titleSubject = (judged: Collected) => judged.spans.some((s) => s.field === "title" && isFirearmLikeCategory(s.category) && s.weight >= SUBJECT);
function titleContextOf(title: FieldResult, judged: Collected, gunTitle: boolean, rest: FieldResult[]): TitleContext | undefined {
  const toyOrAirsoft = title.negatives.find((n) => (n.category === "toy" || n.category === "airsoft_paintball") && !n.negated);
  if (toyOrAirsoft) return { sense: toyOrAirsoft.category === "toy" ? "toy:toy" : "airsoft:airsoft", rule: toyOrAirsoft.rule };
  if (gunTitle) return undefined;
  const read = judged.senses.find((s) => s.field === "title") ?? judged.spans.find((s) => s.field === "title" && s.rule?.startsWith("sense:replica"));
  // a lot's title reads a gun word beside its accessory ("truck gun rack"), not the description's gun items
  const kitNot = (sense: string) => spreadsNot(sense) && kitTitle(title, judged);
  if (read && kitNot(read.rule!.slice("sense:".length))) return undefined;
  if (read) {
    const dummy = read.rule!.startsWith("sense:replica") && read.category === null;
    return reloadingLot(title, { sense: read.rule!.slice("sense:".length), rule: read.rule!, ...(dummy ? { dummy } : {}) });
  }
  // a postcard or a lead soldier that heads the title shows what its description names
  const depiction = depictionHead(title);
  if (depiction) return { sense: depiction.sense, rule: `sense:${depiction.sense}` };
  // a car or motorbike named first is what the title sells, whatever else its words say ("Toyota Mark II 1998, прямоток, все жидкости свежие")
  const vehicle = vehicleHead(title);
  if (vehicle) return { sense: vehicle.sense, rule: `sense:${vehicle.sense}` };
  // "Old haveli items - furniture, scooter, brass utensils": a clear-out that lists things names none of them as the listing's
  if (lotTitle(title, LOT_WORDS)) return undefined;
  // (a nailer among tools: its description's cartridges are its loads; a cue inside a longer one is the longer one's: "Film prop")
  const cue = title.cues.find(
    (c) =>
      (PRODUCT_CLASSES.has(senseClass(c.sense)) || c.sense === NAIL) && c.sense !== "toy:children" && !DESCRIBING_CUES.has(c.hit.normalised) &&
      !title.cues.some((o) => o.hit.a <= c.hit.a && o.hit.b >= c.hit.b && o.hit.b - o.hit.a > c.hit.b - c.hit.a) &&
      (senseClass(c.sense) !== "hobby" || passingMention(rest, CALIBER_IN_PASSING.has(c.sense))),
  );
  return cue && !kitNot(cue.sense) ? reloadingLot(title, { sense: cue.sense, rule: `sense:${cue.sense}` }) : undefined;
}

/** Denials that say of a gun word that it is not sold here, whichever sentence names it again. */
const DENIED_HERE = new Set(["negation:not-for-sale", "negation:absent", "negation:asked-about"]);
/**
 * A generic gun word the description denies in one sentence is the same gun in its others, unless their own sentence offers it (a
 * title names what is sold, whatever the description says of a word in it):
 * "Kilka osób pytało o broń taty. Broń przejął jego kolega ..., u nas jej nie ma".
 */
function deniedElsewhere(results: FieldResult[], out: Collected): void {
  const denied = new Map<string, string>();
  for (const s of out.suppressed) if (s.category === "firearm" && s.rule?.startsWith("generic:") && DENIED_HERE.has(s.suppressedBy)) denied.set(s.rule, s.suppressedBy);
  if (!denied.size) return;
  const fieldOf = (s: TextEvidenceSpan) => results.find((f) => f.field === s.field && f.imageIndex === s.imageIndex);
  out.spans = out.spans.filter((s) => {
    const by = s.rule && denied.get(s.rule);
    const f = by && fieldOf(s);
    if (!by || !f || f.field === "title" || offeredInSentence(f.original, s.start)) return true;
    out.suppressed.push({ ...s, suppressedBy: by });
    return false;
  });
}

export function analyseText(fields: TextFields): TextAnalysis {
  const language = detectLanguage(`${fields.title}\n${fields.description}`);
  const results: FieldResult[] = [
    fieldHits("title", fields.title, language),
    fieldHits("description", fields.description, language),
    ...(fields.ocr ?? []).map((text, i) => fieldHits("ocr", text, language, i)),
  ];

  if (toyCodeWord(results)) for (const f of results) uncodeToys(f);
  // "Pistolet d'alarme modifié — tire du RÉEL", "Переделанный СХП — стреляет боевыми": a blank gun converted to fire live rounds
  // is a gun; its calibers are no longer the blank gun's
  if (convertedBlank(results)) for (const f of results) uncodeReplicas(f);
  // a misspelt make alone ("kalashnikof") is weak; with a caliber, a model or a gun word anywhere in the listing it counts
  for (const f of results) f.readings = readingsOf(f);
  const licence = results.some((f) => f.positives.some(isLicence));
  const supported = licence || results.some((f) =>
    f.positives.some((h) => !h.rule.startsWith("typo:") && !f.readings!.has(h) && h.weight >= SUBJECT && isFirearmLikeCategory(h.category)),
  );
  if (!supported) for (const f of results) for (const h of f.positives) if (h.needsSupport) h.weight = Math.min(h.weight, TYPO_ALONE);

  const out: Collected = { spans: [], suppressed: [], senses: [] };
  const ordnance = !!ordnanceHead(results[0]);
  // (a title's gun words are never only told of: gunTitle true)
  judge(results[0], { gunTitle: true, licence, ordnance }, out);
  const gunTitle = titleSubject(out);
  const titleContext = titleContextOf(results[0], out, gunTitle, results.slice(1));
  for (const f of results.slice(1)) judge(f, { titleContext, gunTitle, licence, ordnance }, out);

  deniedElsewhere(results, out);

  const negatives: TextEvidenceSpan[] = [];
  const ruleScores: Partial<Record<Category, number>> = {};
  const raise = (c: Category | null, w: number) => {
    if (c && w > (ruleScores[c] ?? 0)) ruleScores[c] = w;
  };
  for (const f of results) {
    for (const n of f.negatives) {
      negatives.push(toSpan(f, n));
      if (!n.negated) raise(n.category, n.weight);
    }
  }
  const seen = new Set<string>();
  for (const s of out.senses) {
    const id = `${s.field}:${s.imageIndex ?? ""}:${s.start}:${s.end}:${s.rule}`;
    if (seen.has(id)) continue;
    seen.add(id);
    negatives.push(s);
  }
  for (const s of out.senses) raise(s.category, s.weight);
  for (const s of out.spans) raise(s.category, s.weight);

  const byPosition = (x: TextEvidenceSpan, y: TextEvidenceSpan) =>
    FIELD_ORDER[x.field] - FIELD_ORDER[y.field] || (x.imageIndex ?? 0) - (y.imageIndex ?? 0) || x.start - y.start || y.end - x.end;
  return {
    spans: out.spans.sort(byPosition),
    negatives: negatives.sort(byPosition),
    suppressed: out.suppressed.sort(byPosition),
    evasion: out.spans.some((s) => s.evasion),
    language,
    ruleScores,
  };
}

const FIELD_ORDER: Record<TextField, number> = { title: 0, description: 1, ocr: 2 };
