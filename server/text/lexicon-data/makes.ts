/**
 * Makes and models: brand names read the same in every language, so they are filed under "en".
 * Weights: a name that only means a gun maker is strong (glock 0.9); one that is also a horse, a
 * city, a razor or a curry (colt, springfield, remington, tikka) is weak alone and strong with a
 * model number. Bare model numbers that are also years or cars (1911, m4, 308) are not entries;
 * they count only in a phrase ("colt 1911", "m4 carbine").
 */
import { lexicon, type TermSpec } from "./types";

export const MAKES: TermSpec[] = [
  ...lexicon("en", "make", "firearm", 0.9, [
    "glock", "sig sauer", "sig-sauer", "smith & wesson", "smith and wesson", ["s&w", 0.8], ["m&p", 0.6],
    "mossberg", "kimber", ["ruger", 0.85], ["beretta", 0.8], ["walther", 0.7], ["benelli", 0.6],
    ["sako", 0.6], ["heckler & koch", 0.9], ["heckler and koch", 0.9], ["heckler koch", 0.9], ["h&k", 0.8],
    ["fn herstal", 0.9], ["springfield armory", 0.9], ["kel-tec", 0.9], ["keltec", 0.9], ["hi-point", 0.9],
    ["hipoint", 0.9], ["savage arms", 0.9], ["daniel defense", 0.9], ["bushmaster", 0.8], ["armalite", 0.9],
    ["palmetto state armory", 0.9], ["aero precision", 0.7], ["stag arms", 0.9], ["canik", 0.8],
    ["zastava", 0.6], ["norinco", 0.7], ["izhmash", 0.9], ["baikal", 0.5], ["chiappa", 0.8], ["uberti", 0.8],
    ["henry repeating arms", 0.9], ["marlin firearms", 0.9], ["weatherby", 0.7], ["steyr", 0.5],
    ["mauser", 0.8], ["luger", 0.7], ["derringer", 0.8], ["makarov", 0.7], ["tokarev", 0.8], ["tokariew", 0.8],
    ["kalashnikov", 0.9], ["colt", 0.4], ["remington", 0.4], ["winchester", 0.4], ["browning", 0.3],
    ["taurus", 0.3], ["tikka", 0.3], ["barrett", 0.3], ["springfield", 0.2], ["sccy", 0.8], ["diamondback arms", 0.9],
  ]),
  ...lexicon("en", "model", "firearm", 0.95, [
    "glock 17", "glock 19", "glock 19x", "glock 22", "glock 23", "glock 26", "glock 43", "glock 43x",
    "glock 45", "glock 48", "sig p320", "sig p365", "sig p226", "sig p229", "p320", "p365", "p365xl",
    "p226", "p229", "m&p9", "m&p 9", "m&p40", "m&p45", "m&p15", "m&p 15", "m&p shield", "beretta 92",
    "beretta 92fs", "beretta m9", "beretta px4", "beretta apx", "beretta 1301", "colt 1911", "m1911",
    "1911a1", "1911 pistol", "1911 45", "kimber 1911", "colt python", "colt ar-15", "ruger 10/22",
    "ruger lcp", "ruger lcr", "ruger mini-14", "mini-14", "mini 14", "ruger sr9", "ruger security-9",
    "ruger gp100", "ruger sp101", "ruger mark iv", "remington 870", "remington 700", "remington 1100",
    "mossberg 500", "mossberg 590", "mossberg 590a1", "mossberg shockwave", "winchester model 70",
    "winchester 1894", "browning a5", "browning bar", "browning hi-power", "ar-15", "ar15", "ar 15",
    "ar-10", "ar10", "ak-47", "ak47", "ak 47", "akm", "ak-74", "ak74", "aks-74u", "ak-74u", "sks",
    "mosin", "mosina", "mosinka", "lee enfield", "lee-enfield", "smle", ["enfield", 0.4], "no4 mk1", "no 4 mk1", "no. 4 mk1", "no4 mk2",
    "super 38", "super .38", "manufrance robust", "mosin nagant", "mosin-nagant", "m1 garand", "garand", "m1 carbine", "m1a",
    "m4 carbine", "m16", "m16a2", "m16a4", "hk416", "g36", "mp5", "mp5k", "mp7", "ump45", "hk vp9", "vp9",
    "hk usp", "hk p30", "fn scar", "fn fal", "fn 509", "fnx", "fnx-45", "five-seven", "fn five-seven",
    "fn p90", "p90", "ps90", "cz 75", "cz75", "cz p-10", "cz p10", "cz scorpion", "cz scorpion evo",
    "cz 457", "cz 527", "walther ppk", "walther ppk/s", "ppk", "walther pdp", "walther p99", "walther ppq",
    "springfield xd", "springfield xds", "springfield xdm", "springfield hellcat", "springfield saint",
    "xdm", "tikka t3", "tikka t3x", "sako 85", "benelli m4", "benelli m2", "benelli nova",
    "taurus g2c", "taurus g3", "taurus judge", "taurus 856", "desert eagle", "deagle", ["uzi", 0.8], "mini uzi",
    "mac-10", "mac 10", "mac-11", "tec-9", "tec 9", "tec9", ["saiga", 0.5], "saiga-12", "vepr", ["draco", 0.5],
    ["mini draco", 0.8], ["mini drac", 0.8], "steyr aug", "tavor", "scar 17", "scar 16", "barrett m82", "barrett m107",
    "barrett .50", "kriss vector", "thompson submachine gun", "tommy gun", "sten gun", "sterling smg",
    "makarov pm", "pm makarov", "tt-33", "nagant revolver", "canik tp9", "hk mp5", "sig mpx", "mpx",
    "sig mcx", "henry big boy", "marlin 336", "marlin 1895", "savage 110", "savage axis", "keltec ks7",
    "keltec sub2000", "sub-2000", "kel-tec ksg", "ksg", "sw40ve", "sd9ve", "sw model 29",
  ]),
  // Eastern European, Latin American, Turkish and European makers; Czech, Polish, Russian and Swiss service arms
  ...lexicon("en", "make", "firearm", 0.85, [
    ["glok", 0.8], ["glokk", 0.8], "pedersoli", "bersa", ["haenel", 0.8], ["stoeger", 0.6], "tisas", ["imbel", 0.8], ["rossi", 0.3],
    ["ceska zbrojovka", 0.9], ["cz", 0.4], ["fabarm", 0.8], ["franchi", 0.5], ["lanber", 0.8], ["ata arms", 0.8], "blaser",
    ["merkel", 0.5], "krieghoff", ["anschutz", 0.8], ["heym", 0.7], ["mannlicher", 0.8], ["rock island armory", 0.9], ["lwrc", 0.9],
    ["noveske", 0.9], ["wilson combat", 0.9], ["nighthawk custom", 0.9], ["dan wesson", 0.9], ["les baer", 0.9],
    ["charter arms", 0.9], ["heritage arms", 0.8], ["pietta", 0.8], ["molot", 0.7], ["century arms", 0.9], ["radom", 0.3],
    ["fb radom", 0.9], ["tanfoglio", 0.9], ["sarsilmaz", 0.9], ["girsan", 0.9], ["akdal", 0.8], ["sar arms", 0.9],
    ["iwi", 0.6], ["galil", 0.8], ["cbc", 0.4], ["boito", 0.8], ["ballester molina", 0.9],
    // Italian, French, German and Swiss sporting makers sold by name alone ("Pardini GT45", "Perazzi MX8")
    ["pardini", 0.8], ["perazzi", 0.9], ["rizzini", 0.8], ["caesar guerini", 0.9], ["sabatti", 0.8], ["bettinsoli", 0.8],
    ["verney-carron", 0.9], ["verney carron", 0.9], ["manurhin", 0.8], ["j.p. sauer", 0.9], ["sauer 404", 0.95], ["sauer 100", 0.9], ["sauer 101", 0.9], ["sauer 202", 0.9], ["sauer 303", 0.9], ["sauer 505", 0.9],
    ["hammerli", 0.6], ["armsan", 0.8], ["ugartechea", 0.8],
  ]),
  ...lexicon("en", "model", "firearm", 0.9, [
    // CZ
    "cz shadow", "cz shadow 2", ["shadow 2", 0.6], "sp-01", ["sp01", 0.7], "cz sp-01", "cz 75 sp-01", "cz 75b", "cz 75 d", "cz 83",
    "cz 97", "cz 100", "cz 452", "cz 455", "cz 550", "cz 600", "cz bren", "bren 2", "cz 805", "scorpion evo", "scorpion evo 3",
    "cz p-07", ["p-07", 0.6], "cz p-09", ["p-09", 0.6], "cz 85", "vz 58", "vz58", "sa vz 58", "vz 61", ["skorpion", 0.7], "vz 52", "vz 24",
    // H&K
    ["sp5", 0.7], "sp5k", "hk sp5", "mr556", "mr762", "mr223", "hk91", "hk93", "hk94", "p7m8", "hk p7", "hk45", "p2000", "hk p2000", "sfp9",
    "hk417", "hk g3", "hk g28", "usp compact", "usp 45", "usp tactical",
    // Walther, Beretta, Browning, Winchester, Marlin, Henry, Remington, Ruger, S&W
    "walther p22", "walther p38", ["p38", 0.5], "walther pps", "walther ccp", "walther q5", "q5 match", "walther p1",
    "beretta 92x", "beretta 96", "beretta a400", "beretta 686", "beretta 687", "beretta dt11", "beretta 692", "beretta nano",
    "beretta pico", "beretta 21a", "beretta m12", "beretta arx", ["92fs", 0.8], ["m9a3", 0.8], ["m9a1", 0.8],
    "browning hi power", "browning buckmark", "buck mark", "browning x-bolt", ["x-bolt", 0.7], "browning citori", ["citori", 0.8],
    "browning b525", "browning maxus", "browning auto-5", "bar mk3",
    "winchester sxp", "winchester model 12", "winchester 1873", "winchester 1892", "winchester 94", ["model 94", 0.6],
    "marlin 39a", "marlin 1894", "marlin 60", "henry golden boy", ["golden boy", 0.4], "henry h001",
    "remington 7600", "remington 742", "remington 11-87", "remington versa max", "remington 597", "remington 783", "r1 1911",
    "ruger 22/45", "ruger american", "ruger precision rifle", "ruger pc carbine", "ruger blackhawk", "super blackhawk", "ruger redhawk",
    "ruger wrangler", "ruger max-9", "ruger ec9s", "ruger lc9", "ruger sr22", "ruger p95", "ruger scout", "ruger no. 1",
    "sw22", "s&w 686", "model 686", "s&w 629", "s&w model 10", "s&w 642", ["airweight", 0.8], "bodyguard 380", "m&p 15-22", "s&w sw1911",
    // SIG, Taurus, Rossi, Bersa, Hi-Point, SCCY, Kel-Tec, Canik, Tisas, Zastava, Norinco, Draco
    "p238", "p938", "p250", "p225", "p220", "p210", "p365x", "p365 macro", "sig m17", "sig m18", "sig 516", "sig 550", "sg 550",
    "sg550", "sig cross", "sig 556", "taurus g3c", "taurus pt92", ["pt92", 0.8], "taurus pt111", "taurus 605", "taurus tx22",
    "taurus th9", "taurus gx4", "raging bull", "rossi r92", "rossi circuit judge", "rossi rs22", "bersa thunder", "bersa tpr9",
    "thunder 380", "bersa 380", "hi-point c9", "hi point c9", "hi-point 995", "cpx-1", "cpx-2", "sccy cpx", "kel-tec p3at", ["p3at", 0.8],
    "kel-tec pf9", "pmr-30", "kel-tec p50", "tp9sf", "tp9sfx", "canik mete", "canik tp9 elite", "tisas 1911", "tisas zigana",
    ["zigana", 0.7], "zastava m70", "zastava pap", "pap m92", "m92 pap", "zastava m57", "zastava m85", "m48 mauser", "norinco sks",
    "mak-90", "mak 90", "norinco 1911", ["type 56", 0.7], "norinco t97", "micro draco", "draco nak9", "draco ak",
    // FN, Steyr, Sako, Tikka, Benelli, Mossberg, Savage
    "fn 502", "fn 503", "fn 545", "fn fnx", "fn slp", "fn spr", "fn fs2000", ["fs2000", 0.8], "fn minimi", ["minimi", 0.8],
    "steyr scout", "steyr m9", "steyr mannlicher", "steyr ssg", "steyr pro hunter", "sako trg", "trg 42", "trg 22", "sako a7",
    "sako 90", "sako s20", "sako finnfire", "tikka t1x", "tikka ctr", "benelli supernova", "super black eagle", "sbe3",
    "benelli montefeltro", "benelli raffaello", "benelli vinci", "benelli mr1", "benelli argo", "mossberg 930", "mossberg 940",
    "mossberg patriot", "mossberg mvp", "maverick 88", "savage 93r17", "savage mark ii", "savage 64", "savage 220", "savage 212",
    "stoeger m3000", "stoeger m3500", "stoeger p3000", "bersa thunder 380", "haenel cr223", "cr223",
    // Polish, Swiss, Israeli service arms
    "vis 100", "vis wz 35", "radom vis", "wist-94", "wist 94", ["p-64", 0.8], ["p-83", 0.7], "p-83 wanad", ["wanad", 0.7], "pm-63",
    "pm-84", "pm-98", ["beryl", 0.4], "mini-beryl", "kbk ak", ["kbkg", 0.7], "k31", "karabiner 31", "stgw 57", "stgw57", "stgw 90",
    "stgw90", "sturmgewehr 57", "schmidt-rubin", "galil ace", "iwi tavor", "jericho 941",
    // printed guns, sold as builds and build packs
    "fgc-9", "fgc9", "fgc 9", "fgc-9 mkii",
    // model names sold bare, without the make: "G2C", "22/45 Lite", "MAS 36"
    ["g2c", 0.7], ["g3c", 0.7], ["22/45", 0.7], ["mas 36", 0.7], ["mas-36", 0.8], ["mas 49", 0.7], ["mas 49/56", 0.8], ["mas-49", 0.8],
  ]),
  // the Swiss Stgw 57 and 90 in Italian and French ("fucile d'assalto", "fusil d'assaut"); in German a "Fass" is a barrel (de.ts)
  ...lexicon("en", "model", "firearm", 0.9, ["fass 90", "fass90", "fass 57", "fass57"], { onlyIn: ["it", "fr", "und"] }),
  // bump-fire stocks and match triggers sold by name
  ...lexicon("en", "part", "firearm_part", 0.85, [
    ["slide fire", 0.9], ["slidefire", 0.9], ["ssar-15", 0.9], ["geissele", 0.6], ["timney", 0.6], ["ssa-e", 0.8], ["extendo", 0.6],
    // suppressor makers ("SD Ase Utra SL5")
    ["silencerco", 0.9], ["ase utra", 0.9], ["hausken", 0.8], ["rugged obsidian", 0.9],
    // choke-tube systems by name ("Strozzatori Mobilchoke", "Rem choke tubes", "Chokes Teague Invector+"); "Optima HP" needs its HP
    ["mobilchoke", 0.8], ["optimachoke", 0.8], ["optima choke", 0.8], ["optima hp", 0.6], ["remchoke", 0.8], ["invector plus", 0.8], ["invector", 0.5],
  ]),
  // ammunition and powder makers, and powders by name
  ...lexicon("en", "ammomaker", "ammunition", 0.8, [
    "eley", "hodgdon", ["vihtavuori", 0.85], ["alliant", 0.6], "fiocchi", ["sellier & bellot", 0.85], ["sellier bellot", 0.85],
    ["prvi partizan", 0.85], ["ppu", 0.4], "lapua", ["aguila", 0.3], ["aguila ammo", 0.9], "magtech",
    // Barnaul is a city too ("ледобур Тонар Барнаул"): alone it is weak, beside its caliber the caliber counts
    ["barnaul", 0.4],
    ["tula ammo", 0.9], ["wolf ammo", 0.9], ["geco", 0.6], ["rws", 0.4], ["hornady", 0.7], ["federal premium", 0.8], ["nosler partition", 0.8], ["sierra matchking", 0.85], ["matchking", 0.8], ["kent fasteel", 0.85], ["fasteel", 0.7], ["nosler accubond", 0.8], ["nosler ballistic tip", 0.8],
    ["winchester white box", 0.9], ["imr", 0.4], ["imr 4064", 0.9], ["imr 4350", 0.9], ["imr 4895", 0.9], ["varget", 0.85],
    ["h4350", 0.85], ["h335", 0.8], ["titegroup", 0.85], ["n140", 0.6], ["n320", 0.6], ["pyrodex", 0.85], ["cci", 0.4],
    // primers by model and powders by brand: "pistones cci 209", "poudre Vectan BA10", "NC-Pulver Rottweil", "polvere Baschieri"
    ["cci 209", 0.9], ["cci 200", 0.9], ["cci 400", 0.9], ["cci 450", 0.9], ["cci 500", 0.9], ["federal 209a", 0.9], ["vectan", 0.75],
    ["nc-pulver", 0.85], ["nc pulver", 0.85], ["baschieri", 0.6], ["baschieri pellagri", 0.85],
    ["remington umc", 0.9], ["dove loads", 0.8], ["target loads", 0.7], ["duck loads", 0.8], ["turkey loads", 0.8], ["game loads", 0.7],
  ]),
  // muzzleloaders: antique and black-powder guns are firearms in this taxonomy; "percussion" is also a massage gun's word (senses.ts),
  // a percussion pistol or shotgun is not
  ...lexicon("en", "generic", "firearm", 0.8, [
    ["flintlock", 0.7], "muzzleloader", "muzzle loader", ["muzzleloading", 0.7], "percussion rifle", "percussion revolver", "brown bess",
    "kentucky rifle", ["black powder rifle", 0.85], ["cap and ball", 0.7], "percussion pistol", "percussion shotgun", "percussion musket",
    "percussion carbine",
    // a pistol carried in a saddle holster is a gun type, not a holster ("Pair of flintlock holster pistols by Ketland")
    "holster pistol",
  ], { generic: true }),
  // old service and collectors' guns sold by name alone: "Parabellum P08 1918 DWM", "Caricatore Glisenti 1910", "Vetterli 1870/87",
  // "Cerrojo Springfield 1903", "Nagant M1895 frame"; "9mm Parabellum", "8mm Lebel", "6,5 Carcano" are calibers (patterns.ts)
  ...lexicon("en", "make", "firearm", 0.8, [
    ["parabellum", 0.7], "carcano", ["mannlicher-carcano", 0.9], ["vetterli", 0.85], ["glisenti", 0.85], ["lefaucheux", 0.8], "nagant", ["lebel", 0.7],
    ["chassepot", 0.85], ["kropatschek", 0.85], ["werndl", 0.85], ["martini-henry", 0.9], ["arisaka", 0.85], ["krag-jorgensen", 0.9], ["dreyse", 0.8],
    ["roth-steyr", 0.9], ["steyr-hahn", 0.9], ["bodeo", 0.8], ["mauser-vergueiro", 0.85],
  ]),
  ...lexicon("en", "model", "firearm", 0.9, [
    ["p08", 0.7], "luger p08", "parabellum p08", "mauser c96", ["c96", 0.6], ["broomhandle", 0.7], "k98", "k98k", "kar98k", "kar 98k",
    ["karabiner 98k", 0.95], "nagant m1895", "nagant 1895", ["m1895 nagant", 0.95], ["rolling block", 0.8], ["springfield 1903", 0.95], "m1903",
    "m1903a3", "1903a3", ["03a3", 0.8], "vetterli-vitali", "carcano 91", ["mod. 91", 0.6], ["mannlicher 1895", 0.9], ["steyr m95", 0.9],
    // the French Gras rifle, named with its gun word or year ("gras" alone is grass in German and fat in French)
    "fusil gras", "gras 1874", "gras mle 1874", "gras modele 1874", "gras m80", "mousqueton gras", "carabine gras",
    // the war's submachine and machine guns, named alone on militaria lists ("Cargador original MP40", "ППШ-41 ММГ")
    "mp40", "mp 40", "mp-40", "mp38", "mp 38", "ppsh", "ppsh-41", "ппш", "ппш-41", "mg42", "mg 42", "mg34", "mg 34", "stg44", "stg 44", "stg-44",
    "mp44", "mp 44",
  ]),
];
