/**
 * Real makes, models, calibers, parts and ammunition, with street-price ranges in US dollars.
 * Language-neutral: brand and model names are written the same everywhere; calibers carry their
 * local spellings where sellers differ (9mm Kurz, 12/70, 12 калибр).
 */
import { w, type Language, type Phrases } from "./lexicon";

export type CaliberKey =
  | "9mm" | "45acp" | "40sw" | "380acp" | "22lr" | "556" | "762x39" | "308" | "3006" | "65cm"
  | "12ga" | "20ga" | "357mag" | "44mag" | "762x54r" | "9x18" | "57x28" | "8x57" | "303" | "3030" | "762x25";

export const CALIBERS: Readonly<Record<CaliberKey, { names: Phrases; perRound: [number, number] }>> = {
  "9mm": { names: w("en 9mm|9x19|9mm Luger|9 mm|9mil / de 9mm|9x19|9 mm Para|9mm Luger / it 9x19|9mm|9x21 / ru 9x19|9мм|9 мм Люгер / pl 9x19|9mm|9 mm Para"), perRound: [0.22, 0.4] },
  "45acp": { names: w("en .45 ACP|45 ACP|.45 Auto|45 cal / de .45 ACP|45 Auto / ru .45 ACP|45 калибр"), perRound: [0.45, 0.7] },
  "40sw": { names: w("en .40 S&W|40 S&W|.40 cal|40sw"), perRound: [0.35, 0.55] },
  "380acp": { names: w("en .380 ACP|380 auto|.380 / de 9mm Kurz|.380 ACP / it 9 corto|.380 ACP / es .380 ACP|9 corto / ru 9x17|.380 ACP / pl 9x17|.380 ACP"), perRound: [0.35, 0.55] },
  "22lr": { names: w("en .22 LR|22lr|.22 Long Rifle|22 cal / de .22 lfB|KK .22 lr / ru .22 LR|22 кал / pl .22 LR|kbks .22"), perRound: [0.06, 0.14] },
  "556": { names: w("en 5.56x45|5.56 NATO|.223 Rem|223|5.56|.223/5.56 / de .223 Rem|5,56x45|5.56 NATO / ru 5.56x45|.223 Rem|223 / pl 5.56x45|.223 Rem"), perRound: [0.38, 0.65] },
  "762x39": { names: w("en 7.62x39|7.62x39mm|762x39 / de 7,62x39|7.62x39 / ru 7.62x39|7,62х39 / pl 7.62x39|7,62x39"), perRound: [0.32, 0.5] },
  "308": { names: w("en .308 Win|308|7.62x51|.308 Winchester / de .308 Win|7,62x51 / ru .308 Win|7,62x51 / pl .308 Win|7.62x51"), perRound: [0.8, 1.6] },
  "3006": { names: w("en .30-06|30-06 Springfield|30.06 / de .30-06|30-06 Sprg / ru .30-06|30-06 / pl .30-06"), perRound: [1, 1.8] },
  "65cm": { names: w("en 6.5 Creedmoor|6.5 CM|6.5CM / de 6,5 Creedmoor|6.5 Creedmoor"), perRound: [1, 1.8] },
  "12ga": { names: w("en 12 gauge|12ga|12 ga|12g / es calibre 12|cal. 12 / fr calibre 12|cal. 12|12/70 / de Kal. 12/70|12/70|Kaliber 12 / pt calibre 12|cal 12|12 / it calibro 12|cal. 12|12/70 / ru 12 калибр|12/70|12 кал / pl kaliber 12|12/70|kal. 12"), perRound: [0.4, 1.1] },
  "20ga": { names: w("en 20 gauge|20ga|20 ga / es calibre 20 / fr calibre 20|20/76 / de Kal. 20/76|20/70 / pt calibre 20 / it calibro 20 / ru 20 калибр / pl kaliber 20"), perRound: [0.45, 1.1] },
  "357mag": { names: w("en .357 Magnum|357 mag|.357 / de .357 Mag|357 Magnum / ru .357 Magnum"), perRound: [0.6, 1] },
  "44mag": { names: w("en .44 Magnum|44 mag|.44 Mag"), perRound: [0.9, 1.5] },
  "762x54r": { names: w("en 7.62x54R|7.62x54r|54R / ru 7,62х54R|7.62x54R / pl 7.62x54R"), perRound: [0.5, 0.9] },
  "9x18": { names: w("en 9x18 Makarov|9x18|9mm Mak / ru 9х18|9x18 ПМ|9 мм Макаров / pl 9x18 Makarov|9x18"), perRound: [0.3, 0.5] },
  "57x28": { names: w("en 5.7x28|5.7x28mm / de 5,7x28"), perRound: [0.5, 0.8] },
  "8x57": { names: w("en 8mm Mauser|8x57 IS|8x57 / de 8x57 IS|8x57 IRS / pl 8x57 IS / ru 8x57"), perRound: [1, 1.8] },
  "303": { names: w("en .303 British|303 Brit|.303"), perRound: [1, 1.6] },
  "3030": { names: w("en .30-30 Win|30-30|.30-30"), perRound: [0.9, 1.4] },
  "762x25": { names: w("en 7.62x25 Tokarev|7.62x25 / ru 7,62х25 ТТ|7.62x25 / pl 7.62x25 TT"), perRound: [0.3, 0.5] },
};

export interface GunModel {
  make: string;
  model: string;
  cal: readonly CaliberKey[];
  price: readonly [number, number];
  /** Extra model-specific variants sellers append ("Gen 5", "MOS", "threaded"). */
  variants?: readonly string[];
  kind: "pistol" | "revolver" | "rifle" | "shotgun";
}

const g = (make: string, model: string, kind: GunModel["kind"], cal: CaliberKey[], price: [number, number], variants?: string[]): GunModel =>
  ({ make, model, kind, cal, price, variants });

export const HANDGUNS: readonly GunModel[] = [
  g("Glock", "17", "pistol", ["9mm"], [420, 650], ["Gen 5", "Gen 4", "Gen 3", "MOS"]),
  g("Glock", "19", "pistol", ["9mm"], [430, 650], ["Gen 5", "Gen 4", "Gen 3", "MOS", "FDE"]),
  g("Glock", "43X", "pistol", ["9mm"], [380, 550], ["MOS", "Rail"]),
  g("Glock", "26", "pistol", ["9mm"], [400, 580], ["Gen 5", "Gen 4"]),
  g("Glock", "22", "pistol", ["40sw"], [380, 560], ["Gen 4"]),
  g("Glock", "21", "pistol", ["45acp"], [420, 600], ["Gen 4", "SF"]),
  g("Glock", "43", "pistol", ["9mm"], [360, 520]),
  g("SIG Sauer", "P320", "pistol", ["9mm", "45acp"], [450, 750], ["Compact", "X-Carry", "M17", "Full Size"]),
  g("SIG Sauer", "P365", "pistol", ["9mm"], [430, 650], ["XL", "X-Macro", "SAS"]),
  g("SIG Sauer", "P226", "pistol", ["9mm"], [800, 1300], ["Legion", "MK25"]),
  g("Smith & Wesson", "M&P Shield", "pistol", ["9mm", "40sw"], [300, 480], ["Plus", "2.0", "EZ"]),
  g("Smith & Wesson", "M&P9 2.0", "pistol", ["9mm"], [420, 600], ["Compact", "Metal"]),
  g("Smith & Wesson", "686", "revolver", ["357mag"], [750, 1100], ["Plus", "4 inch"]),
  g("Smith & Wesson", "Model 629", "revolver", ["44mag"], [850, 1300]),
  g("Beretta", "92FS", "pistol", ["9mm"], [550, 800], ["Inox", "M9"]),
  g("Beretta", "PX4 Storm", "pistol", ["9mm", "40sw"], [480, 700]),
  g("Beretta", "APX", "pistol", ["9mm"], [350, 500], ["A1 Carry"]),
  g("Colt", "1911 Government", "pistol", ["45acp"], [800, 1300], ["Series 70", "Gold Cup"]),
  g("Colt", "Python", "revolver", ["357mag"], [1300, 2600], ["6 inch"]),
  g("Ruger", "LCP", "pistol", ["380acp"], [200, 320], ["II", "Max"]),
  g("Ruger", "Security-9", "pistol", ["9mm"], [250, 350]),
  g("Ruger", "Mark IV", "pistol", ["22lr"], [380, 650], ["22/45", "Target"]),
  g("Ruger", "GP100", "revolver", ["357mag"], [650, 900]),
  g("CZ", "75 SP-01", "pistol", ["9mm"], [550, 800], ["Shadow", "Tactical"]),
  g("CZ", "P-10 C", "pistol", ["9mm"], [400, 550], ["OR"]),
  g("CZ", "Shadow 2", "pistol", ["9mm"], [1100, 1400]),
  g("Walther", "PPK/S", "pistol", ["380acp", "22lr"], [650, 900]),
  g("Walther", "PDP", "pistol", ["9mm"], [550, 750], ["Compact", "F-Series"]),
  g("Walther", "P22", "pistol", ["22lr"], [250, 350]),
  g("Taurus", "G2C", "pistol", ["9mm"], [190, 280]),
  g("Taurus", "G3", "pistol", ["9mm"], [230, 320]),
  g("Taurus", "Judge", "revolver", ["45acp"], [450, 650]),
  g("Heckler & Koch", "VP9", "pistol", ["9mm"], [600, 850], ["SK", "Tactical"]),
  g("HK", "USP", "pistol", ["45acp", "9mm"], [700, 1000], ["Compact", "Tactical"]),
  g("FN", "509", "pistol", ["9mm"], [550, 800], ["Tactical", "Midsize"]),
  g("FN", "Five-seveN", "pistol", ["57x28"], [1100, 1400]),
  g("Springfield Armory", "XD", "pistol", ["9mm", "45acp"], [330, 480], ["Mod.2", "Subcompact"]),
  g("Springfield Armory", "Hellcat", "pistol", ["9mm"], [450, 600], ["OSP", "Pro"]),
  g("Makarov", "PM", "pistol", ["9x18"], [300, 500], ["Bulgarian", "East German"]),
  g("Tokarev", "TT-33", "pistol", ["762x25"], [300, 500]),
  g("Nagant", "M1895", "revolver", ["762x25"], [300, 550]),
  g("Canik", "TP9SF", "pistol", ["9mm"], [330, 450], ["Elite", "Mete"]),
  g("Hi-Point", "C9", "pistol", ["9mm"], [150, 220]),
  g("Kimber", "Micro 9", "pistol", ["9mm"], [550, 750]),
  g("Bersa", "Thunder 380", "pistol", ["380acp"], [250, 350]),
  g("Polymer80", "PF940C build", "pistol", ["9mm"], [350, 600], ["completed", "w/ Glock parts"]),
  g("Steyr", "M9-A2", "pistol", ["9mm"], [400, 550]),
];

export const LONG_GUNS: readonly GunModel[] = [
  g("Ruger", "10/22", "rifle", ["22lr"], [250, 400], ["Carbine", "Takedown"]),
  g("Colt", "LE6920", "rifle", ["556"], [900, 1300]),
  g("Smith & Wesson", "M&P15", "rifle", ["556"], [650, 900], ["Sport II"]),
  g("Palmetto State Armory", "PA-15", "rifle", ["556"], [450, 700]),
  g("Daniel Defense", "DDM4 V7", "rifle", ["556"], [1500, 2000]),
  g("Aero Precision", "M4E1 AR-15 build", "rifle", ["556"], [800, 1300], ["16 inch"]),
  g("BCM", "Recce 16", "rifle", ["556"], [1200, 1600]),
  g("Ruger", "AR-556", "rifle", ["556"], [600, 800]),
  g("", "AR-15", "rifle", ["556"], [500, 1500], ["custom build", "16\"", "with optic"]),
  g("Century Arms", "WASR-10", "rifle", ["762x39"], [800, 1100]),
  g("Zastava", "M70", "rifle", ["762x39"], [850, 1100]),
  g("Arsenal", "SAM7", "rifle", ["762x39"], [1500, 2200]),
  g("", "AK-47", "rifle", ["762x39"], [700, 1400], ["AKM", "underfolder", "milled"]),
  g("Izhmash", "Saiga", "rifle", ["762x39"], [700, 1300]),
  g("Molot", "Vepr", "rifle", ["762x39", "308"], [900, 1600]),
  g("", "SKS", "rifle", ["762x39"], [400, 700], ["Yugo", "Chinese", "Russian"]),
  g("", "Mosin-Nagant 91/30", "rifle", ["762x54r"], [250, 450], ["1942 Izhevsk", "with bayonet"]),
  g("Remington", "700", "rifle", ["308", "3006"], [450, 900], ["SPS", "ADL", "BDL"]),
  g("Savage", "Axis II", "rifle", ["308", "65cm"], [300, 450]),
  g("Tikka", "T3x", "rifle", ["65cm", "308"], [650, 900], ["Lite", "CTR"]),
  g("Sako", "85", "rifle", ["308", "65cm"], [1400, 2000], ["Hunter", "Finnlight"]),
  g("Bergara", "B-14", "rifle", ["65cm"], [700, 1000], ["HMR", "Ridge"]),
  g("Winchester", "Model 70", "rifle", ["3006", "308"], [700, 1100]),
  g("Marlin", "336", "rifle", ["3030"], [450, 700]),
  g("Springfield Armory", "M1 Garand", "rifle", ["3006"], [1100, 1800]),
  g("Mauser", "K98", "rifle", ["8x57"], [500, 1100]),
  g("Lee-Enfield", "No. 4 Mk I", "rifle", ["303"], [500, 900]),
  g("Blaser", "R8", "rifle", ["308", "65cm"], [2500, 4000]),
  g("Springfield Armory", "M1A", "rifle", ["308"], [1400, 1900]),
  g("FN", "SCAR 17S", "rifle", ["308"], [3000, 4000]),
  g("IWI", "Tavor X95", "rifle", ["556"], [1600, 2000]),
  g("Ruger", "Mini-14", "rifle", ["556"], [900, 1200], ["Ranch"]),
  g("CZ", "457", "rifle", ["22lr"], [400, 600], ["Varmint"]),
  g("Remington", "870", "shotgun", ["12ga", "20ga"], [300, 500], ["Express", "Wingmaster", "Tactical"]),
  g("Mossberg", "500", "shotgun", ["12ga", "20ga"], [280, 450], ["Field", "Persuader"]),
  g("Mossberg", "590", "shotgun", ["12ga"], [450, 650], ["A1", "Shockwave"]),
  g("Benelli", "M4", "shotgun", ["12ga"], [1800, 2200]),
  g("Benelli", "Super Black Eagle 3", "shotgun", ["12ga"], [1500, 1900]),
  g("Beretta", "A400 Xtreme", "shotgun", ["12ga"], [1300, 1700]),
  g("Beretta", "686 Silver Pigeon", "shotgun", ["12ga", "20ga"], [1700, 2400]),
  g("Browning", "Citori", "shotgun", ["12ga", "20ga"], [1500, 2300]),
  g("Maverick", "88", "shotgun", ["12ga"], [200, 280]),
  g("Stoeger", "M3000", "shotgun", ["12ga"], [500, 650]),
  g("Baikal", "IZh-27", "shotgun", ["12ga"], [400, 600]),
  g("", "Saiga-12", "shotgun", ["12ga"], [900, 1500]),
  g("Franchi", "Affinity 3", "shotgun", ["12ga", "20ga"], [700, 950]),
];

export const AMMO_BRANDS = [
  "Federal", "Winchester", "Remington", "Hornady", "CCI", "PMC", "Fiocchi", "Sellier & Bellot", "Blazer Brass",
  "Tula", "Wolf", "Barnaul", "Magtech", "Geco", "RWS", "Norma", "Lapua", "Aguila", "Speer Gold Dot", "Federal HST",
  "Hornady Critical Defense", "Prvi Partizan", "Herter's", "American Eagle",
] as const;
export const AMMO_TYPES = ["FMJ", "JHP", "hollow point", "HP", "soft point", "ball", "+P", "match", "subsonic", "range ammo", "defense ammo", "steel case", "brass case"] as const;
export const SHELL_TYPES = ["00 buckshot", "#4 buck", "birdshot #7.5", "#6 shot", "rifled slugs", "Foster slugs", "target loads", "trap loads"] as const;
export const AMMO_COUNTS = [20, 25, 50, 50, 100, 200, 250, 500, 1000, 1000, 1080] as const;

export interface PartModel {
  name: string;
  noun: "lower" | "upper" | "barrel" | "slide" | "bcg" | "trigger" | "suppressor" | "solvent_trap" | "magazine" | "drum" | "conversion";
  price: readonly [number, number];
  /** Words a seller would disguise. */
  sensitive: readonly string[];
}

const p = (name: string, noun: PartModel["noun"], price: [number, number], sensitive: string[] = []): PartModel => ({ name, noun, price, sensitive });

export const RECEIVERS: readonly PartModel[] = [
  p("Aero Precision stripped lower", "lower", [90, 160], ["lower"]),
  p("Anderson AM-15 stripped lower receiver", "lower", [50, 90], ["lower receiver"]),
  p("Polymer80 PF940V2 80% frame", "lower", [120, 180], ["Polymer80", "80%"]),
  p("AR-15 80% lower with jig kit", "lower", [80, 170], ["80% lower", "AR-15"]),
  p("billet AR-10 80% lower", "lower", [110, 200], ["80% lower", "AR-10"]),
  p("Glock 19 compatible 80% frame", "lower", [90, 160], ["Glock", "80%"]),
  p("AR-15 complete upper 16\" 5.56", "upper", [300, 600], ["AR-15", "upper"]),
  p("BCM complete upper 14.5\"", "upper", [500, 800], ["upper"]),
  p("AK-47 receiver flat", "lower", [40, 90], ["AK-47", "receiver"]),
  p("Matrix Arms 80% lower", "lower", [60, 110], ["80% lower"]),
  p("5D Tactical router jig + 80% lower", "lower", [150, 260], ["80% lower"]),
];

export const COMPONENTS: readonly PartModel[] = [
  p("Glock 19 threaded barrel", "barrel", [90, 180], ["Glock", "barrel"]),
  p("AR-15 16\" 5.56 barrel", "barrel", [120, 280], ["AR-15", "barrel"]),
  p("Faxon match barrel", "barrel", [150, 300], ["barrel"]),
  p("Glock 19 RMR cut slide", "slide", [180, 380], ["Glock", "slide"]),
  p("Zev Technologies slide", "slide", [300, 450], ["slide"]),
  p("Toolcraft full auto BCG", "bcg", [90, 160], ["BCG", "full auto"]),
  p("Toolcraft bolt carrier group", "bcg", [90, 160], ["bolt carrier group"]),
  p("Geissele SSA-E trigger", "trigger", [200, 260], ["trigger"]),
  p("Timney AR trigger", "trigger", [150, 230], ["trigger"]),
  p("Apex action enhancement trigger kit for M&P", "trigger", [100, 160], ["trigger", "M&P"]),
  p("AR-15 lower parts kit", "trigger", [50, 90], ["AR-15", "lower parts kit"]),
  p("Glock parts kit", "trigger", [70, 140], ["Glock"]),
  p("AK-47 trunnion and barrel kit", "barrel", [150, 400], ["AK-47", "trunnion"]),
];

export const CONVERSIONS: readonly PartModel[] = [
  p("Glock switch", "conversion", [50, 400], ["Glock", "switch"]),
  p("auto switch for Glock", "conversion", [60, 400], ["switch", "Glock"]),
  p("selector switch (giggle switch)", "conversion", [60, 300], ["switch", "selector"]),
  p("drop-in auto sear (DIAS)", "conversion", [150, 900], ["auto sear", "DIAS"]),
  p("lightning link", "conversion", [80, 600], ["lightning link"]),
  p("Slide Fire bump stock", "conversion", [120, 350], ["bump stock"]),
  p("Rare Breed FRT-15 forced reset trigger", "conversion", [350, 900], ["FRT-15", "forced reset trigger"]),
  p("Franklin Armory BFSIII binary trigger", "conversion", [350, 480], ["binary trigger"]),
  p("Roni conversion kit for Glock", "conversion", [120, 300], ["Glock", "conversion kit"]),
  p("full auto conversion kit", "conversion", [150, 900], ["full auto", "conversion kit"]),
];

export const SUPPRESSORS: readonly PartModel[] = [
  p("SilencerCo Omega 9K", "suppressor", [500, 800], ["SilencerCo", "suppressor"]),
  p("SilencerCo Osprey 45", "suppressor", [450, 700], ["SilencerCo"]),
  p("Dead Air Sandman-S", "suppressor", [800, 1100], ["Dead Air"]),
  p("SureFire SOCOM556-RC2", "suppressor", [1000, 1400], ["SureFire"]),
  p("Rugged Obsidian 45", "suppressor", [650, 900], ["Obsidian"]),
  p("Ase Utra SL7", "suppressor", [350, 600], ["Ase Utra"]),
  p("A-TEC CMM-4", "suppressor", [300, 500], ["A-TEC"]),
  p("solvent trap kit 1/2x28", "solvent_trap", [60, 250], ["solvent trap", "1/2x28"]),
  p("fuel filter kit 5/8x24", "solvent_trap", [40, 180], ["fuel filter", "5/8x24"]),
  p("oil filter adapter 1/2x28 with cups", "solvent_trap", [40, 160], ["oil filter adapter", "cups"]),
  p("titanium solvent trap with 6 cups", "solvent_trap", [120, 300], ["solvent trap", "cups"]),
];

export const MAGAZINES: readonly PartModel[] = [
  p("Magpul PMAG 30 round", "magazine", [12, 20], ["PMAG"]),
  p("Glock 33 round magazine", "magazine", [20, 40], ["Glock", "33 round"]),
  p("50 round drum for Glock", "drum", [40, 120], ["drum", "Glock"]),
  p("100 round AR-15 drum", "drum", [80, 160], ["drum", "AR-15"]),
  p("AK 75 round drum", "drum", [90, 180], ["drum", "AK"]),
  p("ETS 31 rd Glock mags", "magazine", [18, 30], ["Glock", "mags"]),
  p("Mec-Gar Beretta 92 mags", "magazine", [25, 45], ["Beretta", "mags"]),
  p("10x Magpul PMAG Gen M3", "magazine", [120, 200], ["PMAG"]),
  p("SIG P365 12 round mags", "magazine", [30, 50], ["SIG", "P365", "mags"]),
];

export const REPLICAS: readonly { name: string; deact: boolean; price: readonly [number, number]; sensitive: readonly string[] }[] = [
  { name: "Denix Colt Peacemaker", deact: false, price: [80, 140], sensitive: ["Colt", "Peacemaker"] },
  { name: "Denix Luger P08", deact: false, price: [80, 130], sensitive: ["Luger"] },
  { name: "Denix Thompson M1928", deact: false, price: [180, 280], sensitive: ["Thompson"] },
  { name: "Denix MP40", deact: false, price: [150, 250], sensitive: ["MP40"] },
  { name: "Denix AK-47", deact: false, price: [120, 200], sensitive: ["AK-47"] },
  { name: "Denix Mauser C96", deact: false, price: [90, 150], sensitive: ["Mauser"] },
  { name: "Lee-Enfield No. 4", deact: true, price: [350, 700], sensitive: ["Lee-Enfield"] },
  { name: "AKM with certificate", deact: true, price: [400, 900], sensitive: ["AKM"] },
  { name: "Makarov PM", deact: true, price: [200, 400], sensitive: ["Makarov"] },
  { name: "MP5", deact: true, price: [800, 1600], sensitive: ["MP5"] },
  { name: "Bren gun", deact: true, price: [1200, 2500], sensitive: ["Bren"] },
  { name: "Colt 1911 film prop", deact: false, price: [100, 250], sensitive: ["Colt", "1911"] },
  { name: "Glock 17 training replica (metal)", deact: false, price: [60, 150], sensitive: ["Glock"] },
];

/** Firearm slang by language (titles like "strap for sale"). */
export const SLANG: Phrases = w(
  "en blick|strap|heater|pew pew|boom stick|ghost gun|glizzy|chopper|stick|piece|draco|burner|iron|toolie|fully" +
    " / es fierro|cuete|cohete|plomo / fr flingue|pétard|calibre|feu / de Knarre|Wumme|Ballermann|Eisen / pt berro|ferro|oitão|máquina / it ferro|cannone|pistolone|roba / ru ствол|волына|пушка|машинка / pl spluwa|klamka|gnat|pukawka",
);

export type { Language };
