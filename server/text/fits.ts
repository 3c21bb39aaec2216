/**
 * What a product names by a make, model or caliber: the gun an accessory fits, the gun a book is about. "holster for Glock
 * 19", "Anelli 30mm Remington 700", "CZ 75 walnut grips", "Lederholster SIG P226 / P220" sell a holster, rings, grips; the
 * gun named is read as the product's fit (sense "accessory:fit", or the product's own sense), halved or cleared like an
 * accessory's make (sense.ts, ACTIONS). readings.ts runs these after the cue readings, so a word a cue already read keeps it.
 */
import { isFirearmLikeCategory } from "@/server/taxonomy";
import { MAX_HIT_CHARS, type FieldResult, type Hit, type SenseCue } from "./field-hits";
import type { Reading } from "./readings";
import { fitAt, FIT_FILLERS, headClassesOf, LISTING_JOINERS, place, ruleFor, senseClass, tradeBefore, type Fit, type HeadClass, type Placed, type Rule } from "./sense";

/** Runs the readings below in order: the title's head phrase, an English title's tail, fit words, and slash lists. */
export function readWhatItFits(f: FieldResult, head: SenseCue | undefined, readings: Map<Hit, Reading>): void {
  if (head) readTitleHead(f, head, readings);
  if (f.field === "title") readTitleTail(f, readings);
  readFits(f, head, readings);
  readSlashLists(f, readings);
}

const counting = (h: Hit, readings: Map<Hit, Reading>) => isFirearmLikeCategory(h.category) && !readings.has(h);
/** What an accessory fits is read as such, not as a gun offered: halved like an accessory's make (sense.ts, ACTIONS). */
const FIT_SENSE = "accessory:fit";
/**
 * Words before a fit word that make it one: accessories, merchandise, reloading gear ("Kabura do Glocka", "Matrizen für .308");
 * not the words of spent brass, which also describe ("Empty mags for Glock 19" sells magazines).
 */
const FIT_ANCHORS = new Set(["accessory", "merch", "spent:reloading", "spent:mould"]);
/** Other words a fit word may have before the gun it names: "na bok Beretta 686", "на рукоять ТТ", "per sovrapposti cal. 12". */
const FIT_GAP_WORDS = 2;
/** How far back a fit word looks for what it belongs to: an accessory word, a swap, or a gun that is the thing sold. */
const FIT_REACH = 12;
/** Gaps a list of fits runs across: "für R8/R93", "Glock 17, 19", "на Сайгу / Вепрь", "p/ Taurus GX4". */
const LIST_GAP = /^[ \t/,]*$/;

/** The hits that start at each word. */
function hitsByWord(f: FieldResult): Map<number, Hit[]> {
  const by = new Map<number, Hit[]>();
  for (const h of f.positives) {
    const first = place(f.layout, h.a, h.b).first;
    const list = by.get(first);
    if (list) list.push(h);
    else by.set(first, [h]);
  }
  return by;
}

/**
 * A title that starts with an accessory, a garment or a book names in its first phrase what that product fits or is about:
 * "Anelli 30mm Remington 700", "Fodero sovrapposto Beretta 686", "Griffschalen Walnuss Walther PPK", "Manual de despiece HK USP".
 * Makes, models and gun words there take the head's reading wherever they stand in the phrase (a joining word, "+" or a
 * break ends it), unless the phrase also names a part or ammunition that no cue explained. A book's title may hold "and"
 * ("DVD smontaggio e manutenzione Benelli M4").
 */
function readTitleHead(f: FieldResult, head: SenseCue, readings: Map<Hit, Reading>): void {
  const l = f.layout;
  const by = hitsByWord(f);
  const media = head.sense === "merch:media";
  const phrase: Hit[] = [];
  for (let j = head.at.last + 1; j < l.words.length; j++) {
    if (l.clause[j] !== l.clause[j - 1]) {
      const gap = f.original.slice(l.words[j - 1].end, l.words[j].start);
      const and = LISTING_JOINERS.has(l.words[j].text) || LISTING_JOINERS.has(l.words[j - 1].text);
      if (!(media && and && !/[+\n]/.test(gap))) break;
    }
    phrase.push(...(by.get(j) ?? []));
  }
  readNamesAs(phrase, head, HEAD_NAMES, readings);
}

/**
 * Gives every unread name among `hits` (a class in `names`) the cue's reading, all or none: none when a firearm-like hit that
 * is no such name still counts there, or when the cue has no rule for one of the names.
 */
function readNamesAs(hits: Iterable<Hit>, cue: SenseCue, names: ReadonlySet<HeadClass>, readings: Map<Hit, Reading>): void {
  const found: Array<[Hit, Rule]> = [];
  for (const h of hits) {
    if (readings.has(h)) continue;
    const cls = headClassesOf(h).find((c) => names.has(c));
    if (!cls) {
      if (counting(h, readings)) return;
      continue;
    }
    const rule = ruleFor(cue.sense, cls);
    if (!rule) return;
    found.push([h, { action: rule.action }]);
  }
  for (const [h, rule] of found) readings.set(h, { cue, rule });
}

const HEAD_NAMES: ReadonlySet<HeadClass> = new Set(["generic", "make", "model"]);
const TAIL_NAMES: ReadonlySet<HeadClass> = new Set(["make", "model"]);

const TAIL_CLASSES = new Set(["accessory", "merch"]);
/**
 * English puts the head noun last: a title whose first phrase ends in an accessory or a garment ("CZ 75 walnut grips",
 * "Mosin Nagant 91/30 spike bayonet", "Ruger 10/22 Takedown OEM backpack") sells that, for the makes and models before it,
 * unless the phrase also names a caliber, a part or a gun word.
 */
function readTitleTail(f: FieldResult, readings: Map<Hit, Reading>): void {
  const l = f.layout;
  if (!l.words.length) return;
  let end = 0;
  while (end + 1 < l.words.length && l.clause[end + 1] === l.clause[0]) end++;
  const tail = f.cues.find((c) => c.at.last === end && c.at.first > 0 && c.hit.language === "en" && TAIL_CLASSES.has(senseClass(c.sense)));
  if (!tail) return;
  readNamesAs(
    f.positives.filter((h) => place(l, h.a, h.b).first < tail.at.first),
    tail,
    TAIL_NAMES,
    readings,
  );
}

/**
 * "holster for Glock 19", "Riel picatinny para Mauser 98", "Crosse Magpul pour Tikka T3", "Кольца на Remington 700",
 * "40\" soft case - fits Ruger 10/22", "Gewehrkoffer passend Mauser M18": the make, model, gun word or caliber after a fit word
 * (sense.ts, fitAt) names what the accessory fits. A plain preposition needs an accessory word before it in its clause, or the
 * title's head with no gun word between; a fit verb the nearest accessory word before it ("Magazine fits Glock 19" sells a
 * magazine the rules do not know, "Zamek do Mosina" a bolt); nothing counting may stand before it in its clause ("Timney
 * trigger for Rem 700", "Balas para AK-47": there the thing sold is before the preposition), and a swap wants what follows.
 * Each word is walked once, so a long description stays linear.
 */
function readFits(f: FieldResult, head: SenseCue | undefined, readings: Map<Hit, Reading>): void {
  const l = f.layout;
  const ws = l.words;
  if (!ws.length) return;
  const ps = f.positives;
  const placed = ps.map((h) => place(l, h.a, h.b));
  /** First positive whose first word is at or after word j (positives are sorted by start, so their first words are too). */
  const firstFrom = (j: number) => lowerBound(placed.length, (i) => placed[i].first < j);
  // a counting hit in words [a, k)
  const countingIn = (a: number, k: number) => {
    for (let i = firstFrom(a); i < ps.length && placed[i].first < k; i++) if (placed[i].last < k && counting(ps[i], readings)) return true;
    return false;
  };
  /** First cue whose first word is at or after word j (cues are sorted by first word). */
  const cueFrom = (j: number) => lowerBound(f.cues.length, (i) => f.cues[i].at.first < j);
  const isAnchor = (c: SenseCue) => FIT_ANCHORS.has(c.sense) || FIT_ANCHORS.has(senseClass(c.sense));
  // a preposition: an accessory word before it in its clause, or the title's head with nothing counting between; a fit verb:
  // the nearest accessory word anywhere before it, with nothing counting between ("Kydex holster, well made. Fits Glock 19")
  const anchored = (fit: Fit, k: number, reach: number) => {
    // "This sat on my Tikka T3x" under a scope's title: what sat on the gun is the thing sold, in this field or the title
    if (fit === "rested") return true;
    for (let c = cueFrom(reach); c < f.cues.length && f.cues[c].at.first < k; c++) if (f.cues[c].at.last < k && isAnchor(f.cues[c])) return true;
    if (fit === "preposition") return !!head && isAnchor(head) && head.at.last < k && !countingIn(head.at.last + 1, k);
    for (let c = cueFrom(k) - 1; c >= 0; c--) if (f.cues[c].at.last < k && isAnchor(f.cues[c])) return !countingIn(f.cues[c].at.last + 1, k);
    return false;
  };
  const walked = new Uint8Array(ws.length);
  let from = 0;
  for (let k = 0; k < ws.length; k++) {
    if (k > 0 && l.clause[k] !== l.clause[k - 1]) from = k;
    const fit = fitAt(l, k, f.original);
    if (!fit || walked[k]) continue;
    const reach = Math.max(from, k - FIT_REACH);
    if (tradeBefore(l, k, reach) || countingIn(reach, k)) continue;
    if (!anchored(fit, k, reach)) continue;
    readAfter(f, k, placed, walked, readings, fit === "rested");
  }
}

/** The first index in [0, n) where `before` turns false (it must be true for a prefix only). */
function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Reads the fits named after fit word k, across articles, a few other words (none after a verb of resting, `rested`: "was on
 * sale"), and a list ("für R8/R93", "do Shadow 2 i SP-01").
 */
function readAfter(f: FieldResult, k: number, placed: Placed[], walked: Uint8Array, readings: Map<Hit, Reading>, rested = false): void {
  const gapWords = rested ? 0 : FIT_GAP_WORDS;
  const l = f.layout;
  const ws = l.words;
  const w = ws[k];
  const hit: Hit = {
    a: w.a, b: w.b, start: w.start, end: w.end, normalised: w.text, kind: "cue", category: null, rule: `cue:${FIT_SENSE}`, weight: 0.6,
    language: undefined, generic: false, scope: "overlap", evasion: false, sense: FIT_SENSE,
  };
  const cue: SenseCue = { hit, sense: FIT_SENSE, at: { first: k, last: k } };
  let others = 0;
  let fillers = 0;
  let named = false;
  let i = 0;
  while (i < placed.length && placed[i].first <= k) i++;
  for (let j = k + 1; j < ws.length && !walked[j]; ) {
    // a list runs across a slash or a comma and, once something was named, across "and"/"or"; "with", "+" or a break end it
    if (l.clause[j] !== l.clause[j - 1]) {
      const gap = f.original.slice(ws[j - 1].end, ws[j].start);
      // "compatible with Glock 19": a joining word that is the fit word starts a clause of its own
      // (a filler that is also a joining word elsewhere does not end it: French "ma" is Italian "but", "pour ma Tikka")
      const listed =
        /[/,]/.test(gap) || j === k + 1 || (!named && j - k - 1 === fillers) || (named && (LISTING_JOINERS.has(ws[j].text) || LISTING_JOINERS.has(ws[j - 1].text)));
      if (!listed || !LIST_GAP.test(gap)) return;
    }
    while (i < placed.length && placed[i].first < j) i++;
    let last = -1;
    for (; i < placed.length && placed[i].first === j; i++) {
      const h = f.positives[i];
      if (!isFirearmLikeCategory(h.category)) continue;
      const cls = headClassesOf(h).find((c) => c !== "part");
      if (!cls) return;
      last = Math.max(last, placed[i].last);
      const rule = ruleFor(FIT_SENSE, cls);
      // after a verb of resting only the gun is read; its caliber keeps its own reading ("montado en un Mauser 98 del 30-06 que ya vendí")
      if (rule && !readings.has(h) && !(rested && cls === "ammo")) readings.set(h, { cue, rule });
    }
    if (last >= 0) {
      for (let m = j; m <= last && m < ws.length; m++) walked[m] = 1;
      named = true;
      j = last + 1;
      continue;
    }
    const text = ws[j].text;
    // fillers and listed names are walked once; the few other words are not, since a fit word may stand among them
    if (FIT_FILLERS.has(text) || /^\d+$/.test(text) || (named && LISTING_JOINERS.has(text))) {
      if (!named && others === 0) fillers++;
      walked[j++] = 1;
    } else if (!named && others < gapWords && !/\d/.test(text)) others++, j++;
    else return;
  }
}

/** A make or model after a slash right after one that was read is read alike: "Lederholster SIG P226 / P220", "Чехол на ИЖ-27 / МР-27". */
function readSlashLists(f: FieldResult, readings: Map<Hit, Reading>): void {
  const ps = f.positives;
  for (let i = 1; i < ps.length; i++) {
    const h = ps[i];
    if (readings.has(h) || !headClassesOf(h).some((c) => c === "make" || c === "model")) continue;
    let p: Hit | undefined;
    for (let j = i - 1; j >= 0 && ps[j].a >= h.a - MAX_HIT_CHARS; j--) if (ps[j].end <= h.start && (!p || ps[j].end > p.end)) p = ps[j];
    const r = p && readings.get(p);
    if (!r || !/^\s*\/\s*$/.test(f.original.slice(p!.end, h.start))) continue;
    const cls = headClassesOf(h)[0];
    const rule = ruleFor(r.cue.sense, cls);
    readings.set(h, { cue: r.cue, rule: rule ? { action: rule.action } : r.rule });
  }
}
