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
    ["mauser", 0.8], ["luger", 0.7], ["derringer", 0.8], ["makarov", 0.7], ["tokarev", 0.8],
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
    "mosin", "mosin nagant", "mosin-nagant", "m1 garand", "garand", "m1 carbine", "m1a",
    "m4 carbine", "m16", "m16a2", "m16a4", "hk416", "g36", "mp5", "mp5k", "mp7", "ump45", "hk vp9", "vp9",
    "hk usp", "hk p30", "fn scar", "fn fal", "fn 509", "fnx", "fnx-45", "five-seven", "fn five-seven",
    "fn p90", "p90", "ps90", "cz 75", "cz75", "cz p-10", "cz p10", "cz scorpion", "cz scorpion evo",
    "cz 457", "cz 527", "walther ppk", "walther ppk/s", "ppk", "walther pdp", "walther p99", "walther ppq",
    "springfield xd", "springfield xds", "springfield xdm", "springfield hellcat", "springfield saint",
    "xdm", "tikka t3", "tikka t3x", "sako 85", "benelli m4", "benelli m2", "benelli nova",
    "taurus g2c", "taurus g3", "taurus judge", "taurus 856", "desert eagle", "deagle", ["uzi", 0.8], "mini uzi",
    "mac-10", "mac 10", "mac-11", "tec-9", "tec 9", "tec9", ["saiga", 0.5], "saiga-12", "vepr", ["draco", 0.5],
    ["mini draco", 0.8], "steyr aug", "tavor", "scar 17", "scar 16", "barrett m82", "barrett m107",
    "barrett .50", "kriss vector", "thompson submachine gun", "tommy gun", "sten gun", "sterling smg",
    "makarov pm", "pm makarov", "tt-33", "nagant revolver", "canik tp9", "hk mp5", "sig mpx", "mpx",
    "sig mcx", "henry big boy", "marlin 336", "marlin 1895", "savage 110", "savage axis", "keltec ks7",
    "keltec sub2000", "sub-2000", "kel-tec ksg", "ksg", "sw40ve", "sd9ve", "sw model 29",
  ]),
];
