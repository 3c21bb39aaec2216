/** German. Inflections (-e, -en, -n, -s, -es, -er) match automatically. */
import { lexicon, negative, type TermSpec } from "./types";

/** Antique guns are named by their lock in one word: "Steinschlossflinte", "Perkussionspistole", "Stiftfeuerrevolver", "Radschlossbüchse". */
const LOCKS = ["steinschloss", "perkussions", "radschloss", "luntenschloss", "vorderlader", "stiftfeuer"];
const ARMS = ["flinte", "gewehr", "pistole", "büchse", "revolver", "muskete", "karabiner"];
const ANTIQUE: Array<[string, number]> = LOCKS.flatMap((lock) => ARMS.map((arm): [string, number] => [lock + arm, 0.85]));

export const DE: TermSpec[] = [
  ...lexicon("de", "generic", "firearm", 0.85, [
    "pistole", ["gewehr", 0.9], ["flinte", 0.85], ["schrotflinte", 0.95], ["jagdgewehr", 0.95],
    ["büchse", 0.3], ["repetierbüchse", 0.95], ["revolver", 0.85], ["schusswaffe", 0.95], ["feuerwaffe", 0.95],
    ["waffe", 0.55], ["karabiner", 0.25], ["sturmgewehr", 0.95], ["maschinenpistole", 0.95], ["kurzwaffe", 0.9],
    ["langwaffe", 0.9], ["halbautomatik", 0.6], ["halbautomatisch", 0.5], ["selbstlader", 0.8],
    ["pumpgun", 0.9], ["scharfe waffe", 0.95], ["selbstladepistole", 0.9], ["sportpistole", 0.8], ["dienstpistole", 0.9],
    ["kleinkaliberpistole", 0.9], ["kk-pistole", 0.85], ["repetiergewehr", 0.95], ["kleinkalibergewehr", 0.9], ["kk-gewehr", 0.9],
    ["selbstladegewehr", 0.95], ["jagdbüchse", 0.9], ["doppelflinte", 0.9], ["bockdoppelflinte", 0.95], ["bockflinte", 0.9],
    ["kipplaufbüchse", 0.9], ["unterhebelrepetierer", 0.9], ["vorderlader", 0.8], ["steinschloss", 0.6], ["perkussionsgewehr", 0.8],
    // a three-barrelled hunting gun (also triplets: "Drillinge" prams meet the children cue)
    ["drilling", 0.6], ["flobert", 0.7],
    // Flobert rimfire guns by their compound names
    ["flobertgewehr", 0.85], ["flobertbüchse", 0.85], ["flobertpistole", 0.85], ["muskete", 0.6], ...ANTIQUE, ["sattelpistole", 0.85],
  ], { generic: true }),
  // "Knarre" is also a ratchet: a ratchet cue nearby reads it so (senses.ts)
  ...lexicon("de", "slang", "firearm", 0.5, [["knarre", 0.5], ["wumme", 0.6], ["schießeisen", 0.6]], { generic: true }),
  ...lexicon("de", "part", "firearm_part", 0.8, [
    ["schalldämpfer", 0.7], ["verschluss", 0.2], ["verschlussträger", 0.85], ["lauf für", 0.3],
    ["pistolenlauf", 0.85], ["gewehrlauf", 0.85], ["griffstück", 0.6], ["unterteil", 0.2], ["magazin für pistole", 0.85],
    ["pistolenmagazin", 0.85], ["gewehrmagazin", 0.85], ["abzugsgruppe", 0.8], ["waffenteile", 0.85],
    ["lösungsmittelfalle", 0.9],
    // interchangeable choke tubes
    ["wechselchoke", 0.8],
  ]),
  ...lexicon("de", "ammo", "ammunition", 0.8, [
    ["munition", 0.9], ["gp11", 0.8], ["gp 11", 0.8], ["gw pat 11", 0.9], ["gw pat 90", 0.9], ["patronen", 0.5], ["patrone", 0.3], ["schrotpatronen", 0.9], ["kugeln", 0.2], ["schrot", 0.4],
    ["geschosse", 0.6], ["hülsen", 0.4], ["zündhütchen", 0.8], ["schwarzpulver", 0.5], ["treibladungspulver", 0.85], ["flintenlaufgeschoss*", 0.85],
    // pinfire, rimfire and centrefire cartridges by their compound names
    ["stiftfeuerpatrone", 0.8], ["randfeuerpatrone", 0.8], ["zentralfeuerpatrone", 0.8],
  ]),
  ...lexicon("de", "replica", "replica", 0.8, [
    ["dekowaffe", 0.95], ["deko-waffe", 0.95], ["dekorationswaffe", 0.95], ["salutwaffe", 0.9],
    ["schreckschusspistole", 0.7], ["schreckschuss", 0.6], ["gaspistole", 0.6], ["signalpistole", 0.6],
    ["schreckschussrevolver", 0.7], ["unbrauchbar gemacht", 0.8], ["attrappe", 0.6], ["nachbildung", 0.4], ["replik", 0.4],
  ]),
  ...negative("de", "airsoft", "airsoft_paintball", 0.85, [
    "softair", "softairwaffe", "softair-pistole", "luftgewehr", "luftpistole", "druckluftwaffe", "co2-pistole",
    "luftdruckgewehr", "gotcha", "paintball-markierer",
  ], { scope: "nearby" }),
  ...negative("de", "toy", "toy", 0.9, [
    "wasserpistole", "spielzeugpistole", "spielzeugwaffe", "spielzeuggewehr", "spielzeug", "kinderspielzeug",
    "knallplättchen", "seifenblasenpistole", "wasserspritzpistole",
  ], { scope: "nearby" }),
  // the dramatic principle, a book and essay title ("Strzelba Czechowa. Eseje o dramaturgii")
  // and giving up: "hab die Flinte ins Korn geworfen"
  ...negative("de", "idiom", null, 0.8, ["tschechows gewehr", "tschechow's gewehr", "tschechowsche gewehr", "flinte ins korn"], { scope: "nearby" }),
  ...negative("de", "tool", null, 0.8, [
    "heißklebepistole", "klebepistole", "heißluftpistole", "lackierpistole", "farbspritzpistole", "spritzpistole",
    "kartuschenpistole", "silikonpistole", "massagepistole", "tackerpistole", "nagelpistole", "druckluftpistole",
    "ausblaspistole", "lötpistole", "fettpresse", "auspuff", "endschalldämpfer", "auspuffanlage",
    "druckerpatronen", "tintenpatronen", "tonerkartusche",
  ], { scope: "nearby" }),
  // a barrel by its volume, in a title too short to tell its language (makes.ts reads "Fass 90" as the Swiss rifle)
  ...negative("de", "container", null, 0.8, ["fass 90 liter", "fass 90 l", "fass 90l", "fass 57 liter", "fass 57 l", "fass 57l"]),
  // "Fotos geschossen" is photography, not "Geschosse"
  ...negative("de", "photo", null, 0.6, ["geschossen"]),
  ...negative("de", "accessory", null, 0.6, ["waffenschrank", "waffenkoffer", "waffentresor", "holster", "reinigungsset"], { scope: "nearby" }),
];
