/**
 * Builders for allowed listings: toys (label toy), airsoft/paintball/gel blasters (label
 * airsoft_paintball), and everything with empty labels — tools called "guns", firearm accessories
 * the marketplace allows (holsters, safes, cases, cleaning kits, optics), hunting clothes, books,
 * films, cameras, shot glasses, knives, "magnum" products, and ordinary goods.
 */
import type { Category } from "@/server/taxonomy";
import { CALIBERS, HANDGUNS, LONG_GUNS, type CaliberKey } from "./catalog";
import type { Ctx, Draft } from "./context";
import { INNOCENT, NOUN, SELLER, w, type NounKey, type Phrases } from "./lexicon";

const ACC = {
  batteries: w("en batteries|2 batteries|battery / es pilas|baterías / fr piles|batteries / de Batterien|Akku / pt pilhas|bateria / it batterie|batteria / ru батарейки|аккумулятор / pl baterie|akumulator"),
  charger: w("en battery and charger|charger|2 batteries and charger / es batería y cargador / fr batterie et chargeur / de Akku und Ladegerät / pt bateria e carregador / it batteria e caricabatterie / ru аккумулятор и зарядка / pl akumulator i ładowarka"),
  darts: w("en {n} darts|{n} foam darts|{n}-dart drum|{n} dart clip / es {n} dardos / fr {n} fléchettes / de {n} Darts|{n} Pfeile / pt {n} dardos / it {n} dardi / ru {n} патронов-стрел|{n} пуль / pl {n} strzałek"),
  glue_sticks: w("en {n} glue sticks|glue sticks / es {n} barras de silicona / fr {n} bâtons de colle / de {n} Klebesticks / pt {n} bastões de cola / it {n} stick di colla / ru {n} стержней клея / pl {n} wkładów klejowych"),
  case: w("en carry case|case|storage bag / es maletín|estuche / fr mallette|housse / de Koffer|Tasche / pt maleta|estojo / it valigetta|borsa / ru кейс|сумка / pl walizka|torba"),
  nails: w("en box of nails|{n} nails|brad nails / es caja de clavos|{n} clavos / fr boîte de clous|{n} clous / de Nägel|{n} Nägel / pt caixa de pregos / it scatola di chiodi / ru гвозди|{n} гвоздей / pl gwoździe|{n} gwoździ"),
  bbs: w("en {n} BBs|6mm BBs|bag of {n} 0.25g BBs / es {n} bolas|bolas 6mm / fr {n} billes|billes 6mm / de {n} BBs|6mm Kugeln / pt {n} BBs / it {n} pallini / ru {n} шаров|шары 6 мм / pl {n} kulek|kulki 6mm"),
  mask: w("en mask|goggles|mask and hopper / es máscara|gafas / fr masque|lunettes / de Maske|Schutzbrille / pt máscara / it maschera / ru маска|очки / pl maska|gogle"),
  strap: w("en strap|neck strap|shoulder strap / es correa / fr sangle|dragonne / de Gurt|Trageriemen / pt alça / it tracolla / ru ремень|ремешок / pl pasek"),
  water: w("en holds {n} ml|{n} ml tank|shoots {n} m|range up to {n} ft / es depósito de {n} ml|alcance {n} m / fr réservoir {n} ml|portée {n} m / de {n} ml Tank|Reichweite {n} m / pt reservatório de {n} ml|alcance de {n} m / it serbatoio {n} ml|gittata {n} m / ru бак {n} мл|стреляет на {n} м / pl zbiornik {n} ml|zasięg {n} m"),
  size: w("en size {x}|{x}, fits true to size|men's {x} / es talla {x} / fr taille {x} / de Größe {x} / pt tamanho {x} / it taglia {x} / ru размер {x} / pl rozmiar {x}"),
  waterproof: w("en waterproof|scent control|insulated|breathable / es impermeable|térmico / fr imperméable|chaud / de wasserdicht|warm gefüttert / pt impermeável / it impermeabile|imbottito / ru непромокаемый|утеплённый / pl wodoodporna|ocieplana"),
  pages: w("en {n} pages|hardcover, {n} pages|great reference|first edition / es {n} páginas|tapa dura / fr {n} pages|relié / de {n} Seiten|gebunden / pt {n} páginas|capa dura / it {n} pagine|copertina rigida / ru {n} страниц|твёрдый переплёт / pl {n} stron|twarda oprawa"),
  shutter: w("en shutter count {n}|shoots 4K video|great for portrait shoots|only {n} shots taken / es {n} disparos de obturador|graba en 4K / fr {n} déclenchements|filme en 4K / de {n} Auslösungen|filmt in 4K / pt {n} cliques|grava em 4K / it {n} scatti|registra in 4K / ru пробег {n} кадров|снимает 4K / pl przebieg {n} zdjęć|nagrywa 4K"),
  set_of: w("en set of {n}|{n} pieces / es juego de {n}|{n} piezas / fr lot de {n} / de {n} Stück|{n}er Set / pt jogo de {n} / it set da {n} / ru набор {n} шт / pl komplet {n} szt"),
  power: w("en {n}W|{n} watts|{n}V cordless / es {n}W|{n}V sin cable / fr {n}W|{n}V sans fil / de {n}W|{n}V Akku / pt {n}W|{n}V / it {n}W|{n}V a batteria / ru {n} Вт|{n}В аккумуляторный / pl {n}W|{n}V akumulatorowa"),
} as const;

const cal = (c: Ctx, k: CaliberKey) => c.ph(CALIBERS[k].names);
const gunModel = (c: Ctx) => {
  const m = c.rng.chance(0.7) ? c.pk(HANDGUNS) : c.pk(LONG_GUNS);
  return m.make ? `${m.make} ${m.model}` : m.model;
};

interface NegSpec {
  labels: Category[];
  category: readonly string[];
  noun: NounKey;
  items: readonly (readonly [string, number, number])[];
  facts: (c: Ctx) => string[];
  /** Words that look like firearm vocabulary (evasion on negatives aims here). */
  sensitive?: readonly string[];
}

const some = (c: Ctx, ...gens: (() => string)[]) => c.rng.shuffle(gens).slice(0, c.rng.int(1, gens.length)).map((g) => g());
const incl = (c: Ctx, acc: Phrases, n = 0) => c.ph(INNOCENT.incl, { x: c.ph(acc, { n }) });

export const NEGATIVES: Readonly<Record<string, NegSpec>> = {
  toy_water_gun: {
    labels: ["toy"], category: ["toys", "sporting_goods", "home"], noun: "water_gun",
    items: [["Nerf Super Soaker Hydra", 15, 35], ["Water Warriors Stream Machine", 8, 20], ["Spyra Two", 90, 140], ["electric water gun Glock style", 15, 40], ["electric water gun M416", 25, 60], ["Zuru X-Shot Hyperload", 8, 18], ["pack of 4 squirt guns", 5, 12], ["Super Soaker XP100 (1990s)", 30, 80]],
    facts: (c) => some(c, () => c.ph(ACC.water, { n: c.rng.pick([300, 500, 750, 1200, 10, 30]) }), () => c.ph(INNOCENT.not_real), () => c.ph(INNOCENT.age, { n: c.rng.int(3, 8) }), () => incl(c, ACC.batteries)),
    sensitive: ["gun", "Glock", "M416", "pistol"],
  },
  nerf: {
    labels: ["toy"], category: ["toys"], noun: "nerf",
    items: [["Nerf Elite 2.0 Commander", 10, 25], ["Nerf Rival Nemesis MXVII-10K", 40, 90], ["Nerf Fortnite SCAR", 20, 40], ["Nerf N-Strike Longshot CS-6", 25, 70], ["Nerf Mega Thunderhawk", 20, 45], ["Nerf Ultra One", 20, 40], ["X-Shot Regenerator", 10, 25], ["Nerf Modulus Regulator", 30, 60], ["Nerf Fortnite Pump SG", 15, 30]],
    facts: (c) => some(c, () => incl(c, ACC.darts, c.rng.pick([6, 10, 12, 20, 25, 50])), () => c.ph(INNOCENT.age, { n: 8 }), () => c.ph(INNOCENT.not_real), () => c.ph(SELLER.works), () => incl(c, ACC.batteries)),
    sensitive: ["blaster", "SCAR", "Pump SG", "gun", "drum"],
  },
  cap_gun: {
    labels: ["toy"], category: ["toys", "collectibles"], noun: "cap_gun",
    items: [["Edison Giocattoli Western cap revolver", 15, 40], ["vintage Mattel Fanner 50", 60, 180], ["Nichols Stallion 45 cap gun", 80, 250], ["8-shot ring cap pistol", 5, 15], ["Hubley Texan cap gun", 60, 200], ["Gonher cap gun 8 shots", 8, 20]],
    facts: (c) => some(c, () => c.ph(INNOCENT.not_real), () => incl(c, ACC.set_of, c.rng.pick([6, 12])), () => c.ph(INNOCENT.age, { n: 6 })),
    sensitive: ["revolver", "pistol", "Colt", "45", "shot"],
  },
  toy_gun: {
    labels: ["toy"], category: ["toys"], noun: "toy_gun",
    items: [["LEGO Star Wars blaster set", 10, 40], ["Playmobil pistols and rifles pack", 5, 15], ["plastic AK toy with lights and sounds", 10, 25], ["toy sniper rifle with scope", 12, 30], ["bubble gun with lights", 5, 15], ["Fortnite toy pistol", 5, 15], ["soft bullet toy gun shell ejecting", 12, 30], ["police toy pistol with handcuffs", 5, 12]],
    facts: (c) => some(c, () => c.ph(INNOCENT.not_real), () => c.ph(INNOCENT.age, { n: c.rng.int(3, 10) }), () => incl(c, ACC.batteries)),
    sensitive: ["AK", "rifle", "pistol", "sniper", "bullet", "gun"],
  },
  airsoft: {
    labels: ["airsoft_paintball"], category: ["sporting_goods", "toys"], noun: "airsoft",
    items: [["Tokyo Marui Glock 17 GBB", 120, 200], ["G&G CM16 Raider", 110, 180], ["Specna Arms SA-E05 M4", 150, 260], ["Cyma AK-47 AEG", 100, 180], ["Elite Force 1911 CO2", 100, 160], ["VFC HK416", 300, 450], ["ASG CZ Scorpion Evo 3 A1", 250, 380], ["Krytac Trident MK2", 250, 400], ["KWA M4 Ronin", 200, 320], ["WE Desert Eagle GBB", 150, 250], ["Umarex HK MP5 AEG", 200, 350]],
    facts: (c) => some(c, () => `${c.rng.int(280, 420)} FPS`, () => incl(c, ACC.bbs, c.rng.pick([1000, 2000, 5000])), () => incl(c, ACC.charger), () => c.ph(INNOCENT.incl, { x: "hi-cap mag" }), () => c.rng.pick(["orange tip", "green gas", "CO2", "6mm"]), () => c.ph(SELLER.works)),
    sensitive: ["Glock", "AK-47", "M4", "HK416", "MP5", "Scorpion", "gun", "rifle", "pistol"],
  },
  paintball: {
    labels: ["airsoft_paintball"], category: ["sporting_goods"], noun: "paintball",
    items: [["Tippmann 98 Custom", 80, 150], ["Tippmann Cronus", 90, 160], ["Planet Eclipse Etha 3", 300, 450], ["Dye Rize CZR", 250, 400], ["Spyder Fenix", 80, 140], ["Empire Mini GS", 150, 250], ["First Strike T15 rifle", 400, 700]],
    facts: (c) => some(c, () => incl(c, ACC.mask), () => c.ph(INNOCENT.incl, { x: c.rng.pick(["CO2 tank", "HPA tank", "hopper", "200 First Strike rounds", "2000 paintballs"]) }), () => c.ph(SELLER.works)),
    sensitive: ["marker", "gun", "rounds", "rifle"],
  },
  gel_blaster: {
    labels: ["airsoft_paintball"], category: ["toys", "sporting_goods"], noun: "gel_blaster",
    items: [["gel blaster M416", 30, 80], ["SplatRBall SRB1200", 40, 70], ["gel blaster Glock", 20, 50], ["orbeez blaster AKM", 30, 70], ["gel blaster MP5", 30, 70]],
    facts: (c) => some(c, () => c.ph(INNOCENT.incl, { x: c.rng.pick(["10000 gel balls", "40000 water beads", "goggles"]) }), () => incl(c, ACC.charger), () => c.ph(INNOCENT.age, { n: 14 })),
    sensitive: ["M416", "Glock", "AKM", "MP5", "blaster"],
  },
  nail_gun: {
    labels: [], category: ["tools"], noun: "nail_gun",
    items: [["DeWalt 20V framing nailer", 180, 320], ["Milwaukee M18 Fuel brad nailer", 200, 300], ["Ryobi 18V Airstrike brad nailer", 80, 140], ["Paslode cordless framing nailer", 180, 320], ["Metabo HPT NR90AES1", 150, 240], ["Bostitch finish nailer", 90, 160], ["Makita 18V pin nailer", 150, 250], ["Hitachi NT50AE2", 50, 90]],
    facts: (c) => some(c, () => incl(c, ACC.charger), () => incl(c, ACC.nails, c.rng.pick([500, 1000, 2500])), () => `${c.rng.pick([16, 18, 23])} gauge`, () => c.ph(SELLER.works), () => incl(c, ACC.case)),
    sensitive: ["gun", "nailer", "gauge"],
  },
  staple_gun: {
    labels: [], category: ["tools"], noun: "staple_gun",
    items: [["Arrow T50", 15, 30], ["Stanley TR150", 15, 30], ["Bostitch heavy duty", 20, 35], ["Ryobi 18V stapler", 50, 90], ["Rapid R353", 15, 35]],
    facts: (c) => some(c, () => c.ph(INNOCENT.incl, { x: "staples" }), () => c.ph(SELLER.works)),
    sensitive: ["gun"],
  },
  glue_gun: {
    labels: [], category: ["tools", "home"], noun: "glue_gun",
    items: [["Bosch Gluey", 15, 30], ["Stanley hot glue gun", 10, 20], ["100W hot glue gun", 8, 20], ["Ryobi 18V glue gun", 20, 40], ["mini glue gun for crafts", 5, 10]],
    facts: (c) => some(c, () => incl(c, ACC.glue_sticks, c.rng.pick([10, 20, 50])), () => c.ph(ACC.power, { n: c.rng.pick([20, 60, 100]) }), () => c.ph(SELLER.works)),
    sensitive: ["gun"],
  },
  heat_gun: {
    labels: [], category: ["tools"], noun: "heat_gun",
    items: [["Wagner Furno 500", 30, 60], ["DeWalt D26960", 60, 110], ["Bosch GHG 23-66", 70, 130], ["Milwaukee M18 heat gun", 90, 150], ["Steinel HG 2320 E", 60, 110]],
    facts: (c) => some(c, () => c.ph(ACC.power, { n: c.rng.pick([1500, 1800, 2000, 2300]) }), () => incl(c, ACC.case), () => c.ph(SELLER.works)),
    sensitive: ["gun"],
  },
  caulking_gun: {
    labels: [], category: ["tools"], noun: "caulk_gun",
    items: [["Newborn 930-GTD", 10, 25], ["Milwaukee M12 caulk gun", 80, 140], ["Dripless ETS2000", 15, 30], ["Ryobi 18V caulk gun", 40, 70]],
    facts: (c) => some(c, () => c.ph(SELLER.works), () => incl(c, ACC.batteries)),
    sensitive: ["gun"],
  },
  grease_gun: {
    labels: [], category: ["tools", "auto_parts"], noun: "grease_gun",
    items: [["Lincoln 1134 pistol grip grease gun", 25, 45], ["Milwaukee M18 grease gun", 150, 230], ["Alemite lever grease gun", 20, 40], ["Lumax 14 oz grease gun", 20, 35]],
    facts: (c) => some(c, () => c.ph(SELLER.works), () => c.ph(INNOCENT.incl, { x: "flex hose" })),
    sensitive: ["gun", "pistol grip"],
  },
  spray_gun: {
    labels: [], category: ["tools", "home"], noun: "spray_gun",
    items: [["Graco Magnum X5", 150, 250], ["Wagner Flexio 590", 80, 140], ["DeVilbiss Finishline", 100, 160], ["HVLP spray gun 1.4mm", 25, 60], ["Iwata Eclipse airbrush", 100, 170]],
    facts: (c) => some(c, () => c.ph(SELLER.works), () => incl(c, ACC.case)),
    sensitive: ["gun", "Magnum", "shoot"],
  },
  massage_gun: {
    labels: [], category: ["health_beauty", "sporting_goods"], noun: "massage_gun",
    items: [["Theragun Prime", 120, 200], ["Hypervolt Go 2", 80, 130], ["Renpho massage gun", 40, 80], ["Theragun Mini", 80, 130]],
    facts: (c) => some(c, () => incl(c, ACC.case), () => c.ph(SELLER.works), () => c.ph(INNOCENT.incl, { x: `${c.rng.int(4, 6)} heads` })),
    sensitive: ["gun"],
  },
  drill: {
    labels: [], category: ["tools"], noun: "drill",
    items: [["DeWalt DCD791", 90, 160], ["Milwaukee M18 Fuel hammer drill", 150, 250], ["Makita XFD131", 80, 140], ["Bosch GSR 18V-55", 90, 160], ["Ryobi One+ drill driver", 40, 80], ["Makita DTD153 impact driver", 80, 130]],
    facts: (c) => some(c, () => incl(c, ACC.charger), () => c.ph(ACC.power, { n: c.rng.pick([12, 18, 20]) }), () => incl(c, ACC.case), () => c.ph(SELLER.works)),
    sensitive: ["trigger", "impact"],
  },
  holster: {
    labels: [], category: ["sporting_goods", "clothing"], noun: "holster",
    items: [["Safariland 6360", 60, 120], ["Alien Gear Cloak Tuck", 25, 50], ["Blackhawk Serpa CQC", 25, 45], ["Vedder LightTuck", 45, 70], ["Tier 1 Concealed Axis", 60, 100], ["Crossbreed SuperTuck", 50, 80], ["Galco leather holster", 40, 90]],
    facts: (c) => some(c, () => c.ph(INNOCENT.fits, { x: gunModel(c) }), () => c.rng.pick(["IWB", "OWB", "appendix carry", "right hand"]), () => c.ph(SELLER.works)),
    sensitive: ["holster", "Glock", "IWB", "carry"],
  },
  gun_safe: {
    labels: [], category: ["home", "sporting_goods"], noun: "gun_safe",
    items: [["Liberty Centurion 24", 800, 1300], ["Cannon 24-gun safe", 600, 1100], ["Stack-On 10 gun cabinet", 150, 300], ["Fort Knox handgun vault", 300, 500], ["Vaultek VT20i", 200, 350], ["SentrySafe QAP1", 100, 180], ["Format Olimp", 300, 600]],
    facts: (c) => some(c, () => c.ph(INNOCENT.fits, { x: `${c.rng.pick([4, 8, 10, 24, 36])} ${c.en(NOUN.rifle)}s` }), () => c.rng.pick(["digital keypad", "biometric", "fireproof 30 min", "bolt-down kit"]), () => c.ph(SELLER.pickup)),
    sensitive: ["gun", "rifle", "safe"],
  },
  gun_case: {
    labels: [], category: ["sporting_goods"], noun: "gun_case",
    items: [["Pelican 1750", 200, 320], ["Plano All Weather 42\"", 40, 80], ["Vault by Pelican V800", 150, 220], ["Allen tactical rifle bag", 30, 70], ["Negrini ABS case", 100, 200], ["5.11 range bag", 40, 80]],
    facts: (c) => some(c, () => c.ph(INNOCENT.fits, { x: c.rng.pick(["AR-15 with optic", "2 pistols", "shotgun 28\"", gunModel(c)]) }), () => c.rng.pick(["lockable", "pick and pluck foam", "TSA approved"])),
    sensitive: ["gun", "rifle", "AR-15", "pistol"],
  },
  cleaning_kit: {
    labels: [], category: ["sporting_goods"], noun: "cleaning_kit",
    items: [["Otis Elite cleaning kit", 60, 110], ["Hoppe's No. 9 kit", 20, 40], ["Real Avid Gun Boss Pro", 30, 60], ["Tipton Ultra cleaning rod set", 40, 80], ["BoreSnake", 10, 25], ["Ballistol cleaning set", 20, 45]],
    facts: (c) => some(c, () => c.ph(INNOCENT.fits, { x: cal(c, c.rng.pick<CaliberKey>(["9mm", "556", "12ga", "22lr", "308", "45acp"])) }), () => c.ph(INNOCENT.incl, { x: c.rng.pick(["bore brushes", "patches", "jags", "solvent and oil"]) }), () => c.ph(SELLER.works)),
    sensitive: ["gun", "bore", "9mm", ".223", "12 gauge"],
  },
  optic: {
    labels: [], category: ["sporting_goods", "electronics"], noun: "scope",
    items: [["Vortex Diamondback 4-12x40", 150, 250], ["Leupold VX-3HD", 400, 700], ["Holosun 507C", 200, 300], ["Aimpoint PRO", 350, 450], ["Trijicon ACOG TA31", 900, 1300], ["Swarovski EL 10x42 binoculars", 1500, 2500], ["Sig Kilo rangefinder", 150, 300], ["Bushnell Banner 3-9x40", 60, 110]],
    facts: (c) => some(c, () => c.ph(SELLER.works), () => c.ph(INNOCENT.fits, { x: c.rng.pick(["Picatinny rail", "RMR footprint", "1 inch rings"]) })),
    sensitive: ["scope", "red dot", "rifle"],
  },
  hunting_clothes: {
    labels: [], category: ["clothing", "sporting_goods"], noun: "camo",
    items: [["Sitka Kelvin", 150, 300], ["Realtree Edge jacket", 40, 90], ["Mossy Oak bibs", 50, 110], ["Kuiu Attack pants", 80, 140], ["Härkila Pro Hunter", 200, 400], ["Seeland Avail", 60, 120], ["Deerhunter camo set", 60, 130], ["Carhartt camo hoodie", 30, 60]],
    facts: (c) => some(c, () => c.ph(ACC.size, { x: c.rng.pick(["S", "M", "L", "XL", "XXL", "52", "54"]) }), () => c.ph(ACC.waterproof), () => c.ph(SELLER.smoke_free)),
    sensitive: ["hunting", "camo", "blaze"],
  },
  militaria_book: {
    labels: [], category: ["books"], noun: "book",
    items: [["The Gun by C.J. Chivers", 8, 20], ["Small Arms of the World", 15, 40], ["Jane's Infantry Weapons", 30, 80], ["Blue Book of Gun Values", 15, 40], ["Osprey Weapon: The M16", 10, 20], ["Band of Brothers - Stephen Ambrose", 5, 12], ["Stalingrad - Antony Beevor", 6, 15], ["Gun Digest 2023", 15, 30], ["Kalashnikov: The Arms and the Man", 20, 50], ["The Guns of August", 6, 14]],
    facts: (c) => some(c, () => c.ph(ACC.pages, { n: c.rng.int(180, 900) }), () => c.ph(SELLER.smoke_free)),
    sensitive: ["Gun", "Guns", "Arms", "M16", "Kalashnikov"],
  },
  militaria: {
    labels: [], category: ["collectibles"], noun: "militaria",
    items: [["M1 helmet WWII", 150, 400], ["Stahlhelm M40", 300, 700], ["Soviet medal lot", 30, 120], ["empty .50 cal ammo can", 15, 30], ["US Army field jacket M65", 40, 90], ["Vietnam era patch set", 20, 60]],
    facts: (c) => some(c, () => c.ph(SELLER.trades), () => c.rng.pick(["original, not repro", "from my grandfather", "attic find"])),
    sensitive: ["ammo", "Army", "military"],
  },
  top_gun_poster: {
    labels: [], category: ["collectibles", "home", "books"], noun: "poster",
    items: [["Top Gun (1986) poster", 15, 60], ["Top Gun: Maverick 4K Blu-ray", 10, 25], ["Young Guns DVD", 4, 10], ["Lethal Weapon collection", 10, 30], ["John Wick trilogy", 12, 30], ["Guns N' Roses Appetite for Destruction vinyl", 20, 45], ["Smoking Aces DVD", 3, 8], ["Annie Get Your Gun playbill", 10, 30]],
    facts: (c) => some(c, () => c.ph(SELLER.smoke_free), () => c.rng.pick(["framed", "like new", "sealed", "24x36"])),
    sensitive: ["Gun", "Guns", "Weapon", "Maverick"],
  },
  camera: {
    labels: [], category: ["electronics"], noun: "camera",
    items: [["Canon EOS R6", 1200, 1700], ["Sony A7 III", 900, 1300], ["Nikon Z6 II", 1100, 1500], ["GoPro Hero 11", 200, 300], ["Fujifilm X-T4", 900, 1200], ["Canon EOS Rebel T7", 250, 400]],
    facts: (c) => some(c, () => c.ph(ACC.shutter, { n: c.rng.pick([3200, 8000, 15000, 500]) }), () => incl(c, ACC.strap), () => incl(c, ACC.charger)),
    sensitive: ["shoot", "shots", "trigger", "strap"],
  },
  shot_glass: {
    labels: [], category: ["home"], noun: "shot_glass",
    items: [["Jägermeister shot glasses", 8, 20], ["crystal shot glass set", 10, 30], ["bullet shaped shot glasses", 10, 25], ["Las Vegas shot glass collection", 15, 40]],
    facts: (c) => some(c, () => c.ph(ACC.set_of, { n: c.rng.pick([4, 6, 12]) }), () => c.rng.pick(["dishwasher safe", "never used"])),
    sensitive: ["shot", "bullet"],
  },
  bullet_journal: {
    labels: [], category: ["books", "home"], noun: "journal",
    items: [["Leuchtturm1917 A5 dotted", 12, 22], ["Moleskine bullet journal", 10, 20], ["Archer & Olive notebook", 20, 35], ["bullet journal stencil kit", 6, 15]],
    facts: (c) => some(c, () => c.ph(ACC.pages, { n: c.rng.pick([160, 240]) }), () => c.rng.pick(["unused", "with stickers", "washi tape included"])),
    sensitive: ["bullet"],
  },
  magnum: {
    labels: [], category: ["health_beauty", "home", "other"], noun: "magnum",
    items: [["Magnum ice cream (freezer box)", 8, 20], ["Trojan Magnum 36 pack", 12, 25], ["Moët magnum 1.5L", 90, 150], ["Magnum P.I. complete series", 30, 70]],
    facts: (c) => some(c, () => c.ph(SELLER.pickup), () => c.rng.pick(["sealed", "unopened", "discreet shipping"])),
    sensitive: ["Magnum"],
  },
  knife: {
    labels: [], category: ["sporting_goods", "collectibles", "home"], noun: "knife",
    items: [["Spyderco Paramilitary 2", 120, 180], ["Benchmade Bugout", 120, 170], ["Opinel No. 8", 10, 20], ["Victorinox Huntsman", 30, 50], ["Buck 110", 40, 70], ["Morakniv Companion", 12, 20], ["KA-BAR USMC", 60, 90], ["Gerber StrongArm", 50, 80], ["AK bayonet (scabbard)", 40, 90]],
    facts: (c) => some(c, () => c.ph(SELLER.works), () => c.rng.pick(["razor sharp", "with sheath", "never carried", "S30V steel"])),
    sensitive: ["knife", "bayonet", "AK"],
  },
  novelty: {
    labels: [], category: ["home", "electronics", "collectibles"], noun: "novelty",
    items: [["pistol lighter", 8, 20], ["Glock phone case", 10, 25], ["revolver bookends", 25, 60], ["bullet keychain", 3, 10], ["AK-47 vodka bottle (empty)", 15, 40], ["pistol shaped USB drive", 8, 15]],
    facts: (c) => some(c, () => c.rng.pick(["funny gift", "novelty item", "great conversation piece"]), () => c.ph(INNOCENT.not_real)),
    sensitive: ["pistol", "Glock", "revolver", "bullet", "AK-47"],
  },
  gunmetal: {
    labels: [], category: ["clothing", "home", "auto_parts"], noun: "gunmetal",
    items: [["Seiko 5 gunmetal", 120, 220], ["Ray-Ban gunmetal aviators", 60, 120], ["17\" gunmetal rims set", 300, 700], ["gunmetal floor lamp", 40, 90], ["iPhone 14 Pro case gunmetal", 10, 20]],
    facts: (c) => some(c, () => c.ph(SELLER.smoke_free), () => c.ph(SELLER.works)),
    sensitive: ["gunmetal"],
  },
};

/** Ordinary goods with no firearm words at all. */
const GENERAL = w(
  "en sofa|dining table|office chair|iPhone 13|Samsung Galaxy S22|PS5|winter jacket|Nike Air Max|mountain bike|baby stroller|coffee machine|55 inch TV|MacBook Air M1|summer dress|bookshelf|kids bunk bed|washing machine" +
    " / es sofá|mesa de comedor|silla de oficina|iPhone 13|bicicleta de montaña|cochecito de bebé|cafetera|televisor|chaqueta de invierno|vestido de verano|estantería|lavadora" +
    " / fr canapé|table à manger|chaise de bureau|iPhone 13|VTT|poussette|machine à café|télévision|manteau d'hiver|robe d'été|bibliothèque|lave-linge" +
    " / de Sofa|Esstisch|Bürostuhl|iPhone 13|Mountainbike|Kinderwagen|Kaffeemaschine|Fernseher|Winterjacke|Sommerkleid|Bücherregal|Waschmaschine" +
    " / pt sofá|mesa de jantar|cadeira de escritório|iPhone 13|bicicleta|carrinho de bebê|cafeteira|televisão|jaqueta de inverno|vestido|estante|máquina de lavar" +
    " / it divano|tavolo da pranzo|sedia da ufficio|iPhone 13|mountain bike|passeggino|macchina del caffè|televisore|giacca invernale|vestito estivo|libreria|lavatrice" +
    " / ru диван|обеденный стол|офисное кресло|iPhone 13|горный велосипед|детская коляска|кофемашина|телевизор|зимняя куртка|летнее платье|книжный шкаф|стиральная машина" +
    " / pl kanapa|stół do jadalni|krzesło biurowe|iPhone 13|rower górski|wózek dziecięcy|ekspres do kawy|telewizor|kurtka zimowa|sukienka|regał|pralka",
);
const GENERAL_CATEGORY = ["home", "electronics", "clothing", "sporting_goods", "home", "electronics", "other"];

function negDraft(c: Ctx, sublabel: string, spec: NegSpec): Draft {
  const [name, lo, hi] = c.pk(spec.items);
  const noun = c.ph(NOUN[spec.noun]);
  const facts = spec.facts(c);
  if (c.rng.chance(0.3)) facts.push(c.ph(c.rng.pick([SELLER.works, SELLER.smoke_free, SELLER.reason])));
  return {
    sublabel, labels: [...spec.labels], category: c.rng.pick(spec.category), price: Math.round(c.rng.float(lo, hi)),
    name, noun, spec: "", facts, positive: false,
    sensitive: [...(spec.sensitive ?? []), noun, ...name.split(/\s+/).filter((t) => /gun|pistol|rifle|glock|ak|bullet|shot/i.test(t))],
  };
}

export function negative(c: Ctx, sublabel: string): Draft {
  if (sublabel === "general") {
    const noun = c.ph(GENERAL);
    return {
      sublabel, labels: [], category: c.rng.pick(GENERAL_CATEGORY), price: Math.round(c.rng.float(10, 900)),
      name: noun, noun, spec: "", positive: false, sensitive: [],
      facts: some(c, () => c.ph(SELLER.smoke_free), () => c.ph(SELLER.works), () => c.ph(SELLER.reason)),
    };
  }
  const spec = NEGATIVES[sublabel];
  if (!spec) throw new Error(`unknown negative sublabel ${sublabel}`);
  return negDraft(c, sublabel, spec);
}
