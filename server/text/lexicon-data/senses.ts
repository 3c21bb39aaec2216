/**
 * Sense cues, all eight languages. A cue attached to a firearm word (same clause, a few words
 * apart: see sense.ts) reads that word in another sense: "pistola de cola" is a glue gun,
 * "Клеевой пистолет" a glue gun, "pistolet na wodę" a water gun, "Walther P99 blank" a blank
 * pistol. Listing every phrase does not scale (every tool, every language, every word order);
 * listing the cue words does.
 *
 * Terms are normalised like listing text (lower case, accents stripped, ł → l, ß → ss). A
 * trailing "*" is a prefix: up to four more letters ("клеев*" → клеевой, клеевого; "masaz*" →
 * masażu). Words that are ordinary in another of the eight languages, or that sit next to real
 * guns ("price", "air", "hot", "case"), are written as phrases or left out.
 */
import type { Category } from "@/server/taxonomy";
import { cues, type TermSpec } from "./types";

/** What each sense reads a firearm word as, for the console ("read as a glue gun (tool)"). */
export const SENSES: Record<string, string> = {
  "toy:water": "water gun (toy)",
  "toy:toy": "toy gun (toy)",
  "toy:children": "children's toy (toy)",
  "toy:cap": "cap gun (toy)",
  "toy:bubble": "bubble gun (toy)",
  "toy:foam-dart": "foam dart blaster (toy)",
  "toy:spud": "potato gun (toy)",
  "airsoft:airsoft": "airsoft gun (airsoft)",
  "airsoft:gel": "gel blaster (airsoft)",
  "airsoft:paintball": "paintball marker (airsoft)",
  "airsoft:airgun": "air gun: BB, pellet, CO2 (airsoft)",
  "replica:blank": "blank-firing or alarm gun (replica)",
  "replica:deactivated": "deactivated gun (replica)",
  "replica:replica": "replica or dummy (replica)",
  "replica:round": "snap cap, drill or dummy round (not a gun)",
  "tool:glue": "glue gun (tool)",
  "tool:sealant": "caulk, sealant or foam gun (tool)",
  "tool:heat": "heat gun (tool)",
  "tool:nail": "nail, staple or rivet gun (tool)",
  "tool:massage": "massage gun (tool)",
  "tool:paint": "paint spray gun (tool)",
  "tool:solder": "soldering gun (tool)",
  "tool:grease": "grease gun (tool)",
  "tool:tyre": "tyre inflator gun (tool)",
  "tool:air-blow": "air blow gun (tool)",
  "tool:thermometer": "infrared thermometer gun (tool)",
  "tool:scanner": "barcode scanner gun (tool)",
  "tool:tattoo": "tattoo gun (tool)",
  "tool:label": "price or label gun (tool)",
  "tool:wash": "washer or hose spray gun (tool)",
  "tool:drill": "drill or impact gun (tool)",
  "tool:kitchen": "icing or cookie gun (tool)",
  "tool:radar": "speed radar gun (tool)",
  "tool:smoke": "fog or smoke gun (tool)",
  "tool:lighter": "gun-shaped lighter",
  "tool:hardware": "door, gate or window bolt (hardware)",
  "tool:fuel": "fuel nozzle (tool)",
  "tool:dispenser": "drink dispenser gun (tool)",
  "tool:machine": "lathe or machine turret (tool)",
  "camera:camera": "camera or photo gear",
  "food:mushroom": "mushrooms (food)",
  "food:supplement": "gym supplements",
  "tool:hair": "hair tool",
  "tool:measure": "measuring gun (tool)",
  "tool:sharpener": "sharpening steel (tool)",
  "tool:ratchet": "ratchet (tool)",
  "tool:appliance": "coffee or washing machine (appliance)",
  "tool:climbing": "climbing carabiner (tool)",
  "spent:reloading": "reloading equipment",
  "cartridge:other": "ink, pen, needle, lamp or chuck cartridge",
  "merch:game": "video game",
  "merch:game-item": "in-game item or game account",
  "vehicle:vehicle": "vehicle part",
  "service:service": "service, course or event",
  "service:hunt": "hunting trip, lease, membership or course (a service)",
  "hobby:fishing": "fishing gear",
  "hobby:stand": "tree stand, high seat or blind",
  "hobby:horn": "hunting horn",
  "hobby:archery": "bow or archery gear",
  "hobby:dog": "a hunting dog or puppies",
  "hobby:trophy": "trophy or game call",
  "merch:garment": "hunting clothes or boots",
  "drug:cannabis": "cannabis strain or seeds",
  "drug:pill": "ecstasy pill named after a gun",
  "drug:other": "drug, steroid or paraphernalia",
  "crossbow:slingshot": "slingshot",
  "crossbow:speargun": "speargun",
  "food:bread": "bread roll (food)",
  "food:candy": "sweets (food)",
  "food:tea": "gunpowder tea (food)",
  "signal:flare": "flare or signal gun",
  "signal:fireworks": "fireworks sold by their shots",
  "nonlethal:stun": "stun gun or taser (non-lethal)",
  "nonlethal:pepper": "pepper-spray gun (non-lethal)",
  "crossbow:crossbow": "crossbow",
  "spent:brass": "spent cases for crafts or reloading",
  "accessory:accessory": "gun accessory",
  "accessory:fit": "what an accessory fits",
  "accessory:cleaning": "cleaning rod, brush or kit",
  "accessory:magazine": "magazine pouch or loader",
  "accessory:grips": "grips or grip panels",
  "accessory:pocket": "cartridge pockets of a garment",
  "spent:mould": "bullet mould (reloading)",
  "merch:merch": "branded merchandise",
  "merch:media": "book or media",
  "merch:digital": "e-book, PDF or other digital copy",
  "shape:shape": "gun-shaped object",
  "spent:container": "empty ammunition crate or can",
  "spent:drawer": "a safe's ammunition drawer",
  "militaria:helmet": "helmet (militaria)",
  "militaria:item": "uniform, badge, edged weapon or soldier's keepsake (militaria)",
  "depiction:picture": "postcard, photo or painting (a depiction)",
  "depiction:figure": "toy soldier or figurine (a depiction)",
  "ordnance:inert": "inert grenade, shell or fuze (not a gun)",
  "part:of": "part of the gun it names",
  "live:round": "a live round",
};

type Lang = "en" | "es" | "pt" | "fr" | "it" | "de" | "ru" | "pl";
type PerLanguage = Partial<Record<Lang, string[]>>;

function sense(name: string, category: Category | null, weight: number, words: PerLanguage): TermSpec[] {
  return Object.entries(words).flatMap(([lang, terms]) => cues(lang, name, category, weight, terms));
}

export const SENSE_CUES: TermSpec[] = [
  // ---- toys ----
  ...sense("toy:water", "toy", 0.8, {
    en: ["water", "squirt", "squirter", "super soaker"],
    es: ["agua"], pt: ["agua"], fr: ["eau"], it: ["acqua"], de: ["wasser", "wasserspritz*"],
    ru: ["водян*", "водн*"], pl: ["wode", "wody", "wodn*"],
  }),
  ...sense("toy:toy", "toy", 0.7, {
    en: ["toy", "toys", "plastic", "kids toy", "confetti", "party", "party popper", "cork", "foam bullets", "soft bullets"],
    es: ["juguete", "de plastico", "confeti", "de corcho", "corcho"], pt: ["brinquedo", "de plastico", "confete", "confetes", "lanca confete", "lanca-confete"], fr: ["jouet", "en plastique", "confettis", "a bouchon", "a bouchons"],
    it: ["giocattolo", "di plastica", "in plastica", "coriandoli"], de: ["spielzeug*", "plastik*", "aus plastik", "konfetti"],
    ru: ["игрушечн*", "игрушк*", "пластиков*", "конфетти"], pl: ["zabawk*", "zabawkow*", "plastikow*", "konfetti"],
  }),
  ...sense("toy:children", "toy", 0.6, {
    en: ["kids", "children", "childrens", "child", "toddler"],
    es: ["ninos", "nino", "infantil"], pt: ["criancas", "crianca", "infantil"], fr: ["enfant", "enfants"],
    it: ["bambini", "bambino", "bimbi"], de: ["kinder*"], ru: ["детск*"], pl: ["dzieci", "dzieciec*"],
  }),
  ...sense("toy:cap", "toy", 0.7, {
    en: ["cap gun", "cap guns", "cap pistol", "roll caps", "ring caps"], es: ["de fulminantes", "de mixtos", "mixtos", "tiras de fulminantes", "tira de fulminantes"], pt: ["espoleta de brinquedo"], fr: ["a amorces"],
    it: ["a tappi", "a tappo", "a nastro", "nastri"], de: ["knallplattchen", "zundplattchen"], ru: ["пистон*", "с пистонами", "пугач*"], pl: ["na kapiszony"],
  }),
  ...sense("toy:bubble", "toy", 0.8, {
    en: ["bubble", "bubbles"], es: ["burbujas", "pompas"], pt: ["bolhas", "bolinhas de sabao"], fr: ["bulles"],
    it: ["bolle"], de: ["seifenblasen*"], ru: ["пузыр*", "мыльн*"], pl: ["banki", "baniek", "banki mydlane"],
  }),
  ...sense("toy:foam-dart", "toy", 0.85, {
    en: ["nerf", "foam dart", "foam darts", "darts", "dart"], es: ["dardos"], pt: ["dardos"], fr: ["flechettes"],
    it: ["freccette", "dardi"], de: ["schaumstoffpfeile", "darts"], ru: ["нерф"], pl: ["strzalki"],
  }),
  ...sense("toy:spud", "toy", 0.8, { en: ["spud", "potato"] }),
  // ---- airsoft, paintball and air guns: allowed, tagged ----
  ...sense("airsoft:airsoft", "airsoft_paintball", 0.85, {
    en: [
      "airsoft", "air soft", "softair", "aeg", "gbb", "gbbr", "hpa",
      // airsoft makers, read the same in every language: "Привод AK-105 фирмы Cyma", "KJW Glock 17"
      "cyma", "tokyo marui", "marui", "g&g", "vfc", "kjw", "specna arms", "specna", "lct", "krytac", "classic army", "arcturus",
      "novritsch", "jing gong", "double eagle",
    ],
    it: ["softair"], de: ["softair"],
    // "привод" (drive) is Russian airsoft's word for an electric gun: "Привод AK-105 фирмы Cyma"
    ru: ["страйкбол*", "привод*"], pl: ["asg"],
  }),
  ...sense("airsoft:gel", "airsoft_paintball", 0.8, {
    en: ["gel blaster", "gel ball", "gel balls", "gelsoft", "orbeez", "splatrball"], es: ["hidrogel", "bolas de gel", "de gel", "hidrobolas"],
    pt: ["bolinhas de gel", "orbeez", "de gel"], fr: ["billes de gel", "a gel", "de gel"], it: ["palline in gel", "a gel", "in gel"], de: ["gelblaster"],
    ru: ["орбиз*", "гидрогел*"], pl: ["kulki zelowe"],
  }),
  ...sense("airsoft:paintball", "airsoft_paintball", 0.85, {
    en: ["paintball", "first strike"], ru: ["пейнтбол*"], pl: ["paintball*"], de: ["paintball"], fr: ["paintball"],
  }),
  ...sense("airsoft:airgun", "airsoft_paintball", 0.75, {
    en: [
      "bb", "bbs", "pellet", "pellets", "co2", "air rifle", "air pistol", "airgun", "pcp", "springer", "gamo", "weihrauch",
      "umarex", "norica", "beeman", "air arms", "crosman",
    ],
    // a spring-piston air rifle is a "carabina de pistón"; a "pistola de pistón" or "escopeta de pistón" of the 1850s fires percussion caps
    es: ["balines", "aire comprimido", "de aire", "co2", "carabina a piston", "carabina de piston", "rifle de piston"],
    pt: ["chumbinho", "chumbinhos", "pressao", "ar comprimido", "de ar", "co2", "pistao"],
    fr: ["air comprime", "a plomb", "a plombs", "plomb", "billes acier", "co2"],
    it: ["aria compressa", "ad aria", "piombini", "co2"],
    // "Druckluftpistole" is also a blow gun (a tool negative, de.ts); beside a make it is a match air pistol: "Druckluftpistole Walther LP400"
    de: ["luftdruck*", "druckluftwaffe", "diabolo", "diabolos", "co2", "luftgewehr", "luftpistole", "druckluftpistole", "druckluftgewehr", "pressluft*"],
    ru: ["пневматическ*", "пневмо*", "пневматик*", "пульк*", "шарик*", "со2"],
    pl: ["pneumatyczn*", "wiatrowk*", "srut diabolo", "kulki stalowe", "co2"],
  }),
  // ---- replicas, blank-firing and deactivated guns: blocked by default as "replica" ----
  ...sense("replica:blank", "replica", 0.7, {
    en: [
      "blank firing", "blank-firing", "blank firer", "blank fire", "blanks only", "blank gun", "blank pistol", "blank revolver", "alarm",
      "pak", "p.a.k", "ekol", "zoraki", "bruni", "kimar", "retay",
    ],
    es: ["fogueo", "detonadora", "detonador", "de salida"], pt: ["festim", "de alarme"], fr: ["alarme", "a blanc", "d'alarme", "demarrage", "athletisme"],
    it: ["a salve", "scacciacani"], de: ["schreckschuss*", "gaspistole", "gas-alarm", "gas alarm", "ptb"],
    ru: ["охолощ*", "охолощенн*", "схп", "сигнально-холост*", "холост*", "стартов*"], pl: ["hukow*", "startow*", "gazow*", "alarmow*", "straszak"],
  }),
  ...sense("replica:deactivated", "replica", 0.8, {
    en: ["deactivated", "deact", "deactivation", "decommissioned", "non-firing", "non firing", "nonfiring", "inert", "dewat"],
    es: ["inutilizado", "inutilizada", "inutilizados", "desactivado", "desactivada", "inerte", "inertes"],
    pt: ["desativado", "desativada", "inutilizado", "inutilizada", "inerte", "inertes"],
    fr: ["neutralise", "neutralisee", "neutralises", "neutralisation", "inerte", "inertes"],
    it: ["disattivato", "disattivata", "disattivati", "inerte", "inerti", "inertizzato", "inertizzata", "inertizzati", "inertizzate"],
    // "Nachbau Deko, nicht schießbar": a decoration that does not shoot
    de: ["deko-waffe", "dekowaffe", "unbrauchbar*", "salutwaffe", "deko", "nicht schiessbar", "nicht schussfahig"],
    ru: ["ммг", "макет*", "массогабаритн*", "инертн*"], pl: ["pcu", "pozbawion*", "szkoleniow*", "deaktywowan*"],
  }),
  ...sense("replica:replica", "replica", 0.6, {
    en: [
      "replica", "replicas", "dummy", "dummies", "rubber", "blue gun", "blueguns", "prop gun", "prop pistol",
      // a prop made for the stage or screen is one, whatever its listing says of films ("Film prop - resin Thompson")
      "film prop", "movie prop", "stage prop", "theatre prop", "theater prop",
      "prop revolver", "stage prop", "film prop", "theater", "theatre",
      // drill rounds are holed, unprimed training rounds; a drill rifle a parade piece ("drill" alone is a tool: tool:drill)
      "drill rifle", "drill purpose", "parade rifle",
    ],
    es: ["replica", "replicas", "simulacro", "de instruccion"], pt: ["replica", "replicas", "simulacro", "de manejo", "manejo"],
    fr: ["replique", "repliques", "de manipulation", "factice", "factices"], it: ["replica", "repliche", "da manipolazione"],
    // a "Nachbau" (reproduction) also fires, unless it is "Deko"
    de: ["replik*", "attrappe", "nachbildung", "nachbau deko", "deko nachbau", "dekonachbau"],
    ru: ["реплик*", "копия", "учебн*", "болванк*"], pl: ["replik*", "atrap*", "szkoln*", "cwiczebn*"],
  }),
  // rounds that never fire, by their own names, and rounds emptied of powder ("delaborierte Patronen", "naboje delaborowane"): the
  // make or gun they name is their cartridge's or the gun they are for, not a replica ("Exerzierpatronen 7,9 Mauser", "Pufferpatronen
  // 9mm", "фальшпатроны", "salvapercussori cal. 12")
  ...sense("replica:round", null, 0.6, {
    en: ["snap cap", "snap caps", "drill round", "drill rounds", "drill cartridge", "drill cartridges", "dummy round", "dummy rounds", "inert rounds", "training rounds", "wood bullets", "wooden bullets", "wooden bullet"],
    de: ["exerzier*", "exerzierpatron*", "pufferpatron*", "delaboriert*"], ru: ["фальшпатрон*", "учебные патроны", "учебный патрон", "учебных патронов"],
    it: ["manichino", "manichini", "salvapercussor*", "cartucce da esercitazione", "cartucce da addestramento"], es: ["cartuchos de instruccion"],
    pt: ["cartuchos de instrucao", "municao de manejo"], fr: ["cartouches d'exercice"],
    pl: ["zbijak*", "delaborowan*", "cwiczebn*"],
  }),
  // ---- tools: only pistol/gun words take these senses (there is no "glue rifle") ----
  ...sense("tool:glue", null, 0.8, {
    en: ["glue", "hot glue", "hot melt", "hotmelt"], es: ["silicona", "silicon", "pegamento", "cola caliente", "termofusible", "barritas"],
    pt: ["cola", "cola quente", "silicone"], fr: ["colle", "colle chaude", "thermofusible"],
    it: ["colla", "colla a caldo", "spara colla", "sparacolla", "termocolla", "termocollant*", "incollatrice"], de: ["heissklebe*", "klebe", "kleber", "heisskleber", "klebepistole"],
    ru: ["клеев*", "термоклеев*", "клея", "клей"], pl: ["kleju", "klej", "klejow*"],
  }),
  ...sense("tool:sealant", null, 0.8, {
    en: ["caulk", "caulking", "sealant", "silicone", "mastic", "cartridge gun", "expanding foam", "foam"],
    es: ["sellador", "sellante", "calafatear", "calafateo", "espuma", "masilla"], pt: ["selante", "espuma", "calafetar", "silicone", "aplicador", "aplicadora"],
    fr: ["calfeutrer", "mastic", "silicone", "mousse"], it: ["silicone", "spara silicone", "sparasilicone", "sigillante", "schiuma"],
    de: ["kartuschen*", "silikon*", "dichtstoff*", "schaum*", "pu-schaum"], ru: ["герметик*", "пены", "пена", "пену", "пеной", "монтажн*"],
    pl: ["silikon*", "uszczelniacz*", "pianki", "pianka", "piany"],
  }),
  ...sense("tool:heat", null, 0.8, {
    en: ["heat", "hot air", "heatgun"], es: ["calor", "aire caliente", "termica", "decapador"],
    pt: ["calor", "ar quente", "soprador termico"], fr: ["thermique", "air chaud", "decapeur"],
    it: ["termica", "aria calda", "termico"], de: ["heissluft*"], ru: ["термо*", "строительный фен", "фен"],
    pl: ["opalark*", "goracego powietrza", "gorace powietrze", "termiczn*"],
  }),
  ...sense("tool:nail", null, 0.8, {
    // powder-actuated nailers and their loads: "Hilti DX 460 + cartucce", "Bolzensetzgerät mit Kartuschen", "osadzak prochowy"
    en: [
      "nail", "nails", "nailer", "staple", "staples", "stapler", "brad", "brads", "rivet", "rivets", "riveting", "framing", "paslode", "senco", "bostitch",
      "hilti", "ramset", "powder actuated", "powder-actuated",
    ],
    es: ["clavos", "clavadora", "grapas", "grapadora", "remaches", "remachadora"],
    pt: ["pregos", "pregador", "pregadeira", "grampos", "grampeador", "rebites", "rebitadeira"],
    // Québec says "gun à clou" (singular)
    fr: ["clou", "cloueur", "scellement", "agrafes", "agrafeur", "agrafeuse", "rivets", "riveteuse"],
    it: ["chiodi", "spara chiodi", "spara punti", "chiodatrice", "chiodatrici", "sparachiodi", "sparapunti", "fissatrice", "graffette", "graffatrice", "graffettatrice", "rivetti", "rivettatrice"],
    de: ["nagel*", "tacker*", "klammern", "niet*", "bolzensetz*", "setzgerat*"], ru: ["гвозд*", "гвоздезабивн*", "степлер*", "скобозабивн*", "заклепо*", "клепальн*"],
    pl: ["gwozdzi*", "gwozdz*", "zszyw*", "taker*", "nitow*", "osadzak*"],
  }),
  ...sense("tool:massage", null, 0.85, {
    en: ["massage", "massager", "percussion", "fascia", "deep tissue", "theragun", "muscle"],
    es: ["masaje", "masajeador*", "masajes", "muscular"], pt: ["massagem", "massageador*", "muscular"],
    fr: ["massage", "massant", "masseur"], it: ["massaggio", "massaggiante", "massaggiatore", "massaggi"],
    de: ["massage*", "faszien*"], ru: ["массаж*", "перкусс*"], pl: ["masaz*", "powiezi", "masujac*"],
  }),
  ...sense("tool:paint", null, 0.8, {
    en: ["paint", "spray", "sprayer", "airbrush", "hvlp", "lvlp", "varnish", "lacquer", "spray paint"],
    es: ["pintura", "pintar", "barniz", "aerografo", "pulverizador", "pulverizadora"],
    pt: ["pintura", "pintar", "verniz", "aerografo", "pulverizador", "pulverizadora"],
    fr: ["peinture", "peindre", "vernis", "aerographe", "pulverisation", "pulverisateur"],
    it: ["vernice", "verniciare", "verniciatura", "spruzzo", "aerografo", "nebulizzatore"],
    de: ["lackier*", "farbspritz*", "spritz*"], ru: ["краск*", "покраск*", "окраск*", "краскопульт*", "распылител*", "распылит*"],
    pl: ["malowani*", "malarsk*", "natryskow*", "lakier*", "lakiernicz*", "farby"],
  }),
  ...sense("tool:solder", null, 0.85, {
    en: ["soldering", "solder", "desoldering"], es: ["soldar", "soldador", "soldadura", "estano", "desoldador*"],
    pt: ["solda", "soldar", "soldador", "dessoldador*"],
    fr: ["souder", "soudure", "soudage"], it: ["saldatore", "saldare", "saldatura", "stagno"],
    de: ["loten", "lotkolben", "lotstation"], ru: ["паяльн*", "пайк*"], pl: ["lutownic*", "lutowani*"],
  }),
  ...sense("tool:grease", null, 0.8, {
    en: ["grease", "lube", "lubrication"], es: ["engrase", "grasa", "engrasadora"], pt: ["graxa", "graxeira", "engraxar", "engraxadeira", "engraxadeiras"],
    fr: ["graisse", "graissage", "graisseur"], it: ["grasso", "ingrassaggio", "ingrassatore"],
    de: ["fett*", "schmier*"], ru: ["смазк*", "солидол*", "шприц*"], pl: ["smar*", "smarowani*", "smarownic*"],
  }),
  ...sense("tool:tyre", null, 0.85, {
    en: ["tyre", "tyres", "tire", "tires", "inflator", "inflating", "inflation", "psi gauge"],
    es: ["neumaticos", "neumatico", "inflar", "inflador"], pt: ["pneus", "pneu", "calibrador", "calibrar", "encher"],
    fr: ["gonflage", "gonfleur", "pneus", "pneu", "gonfler"], it: ["gonfiagomme", "gonfiare", "pneumatici", "gomme"],
    de: ["reifen*"], ru: ["шин", "шины", "подкачк*", "накачк*", "подкачив*"], pl: ["pompowania", "pompowani*", "opon*", "kol"],
  }),
  ...sense("tool:air-blow", null, 0.8, {
    en: ["blow", "blower", "blowing", "air compressor", "compressor", "compressed air", "air blow", "blowgun"],
    es: ["soplado", "sopladora", "soplador", "compresor", "de aire"], pt: ["sopro", "soprador", "compressor", "de ar"],
    fr: ["soufflette", "soufflage", "souffler", "compresseur"], it: ["soffiaggio", "soffiatore", "compressore"],
    de: ["ausblas*", "kompressor*"], ru: ["продувочн*", "обдувочн*", "продувк*", "компрессор*"],
    pl: ["przedmuch*", "przedmuchiw*", "kompresor*"],
  }),
  ...sense("tool:thermometer", null, 0.85, {
    en: ["thermometer", "infrared", "temperature", "temp", "pyrometer", "ir thermometer"],
    es: ["termometro", "infrarrojo", "infrarroja", "temperatura"], pt: ["termometro", "infravermelho", "temperatura"],
    fr: ["thermometre", "infrarouge", "temperature"], it: ["termometro", "infrarossi", "temperatura"],
    de: ["thermometer", "infrarot*", "temperatur*"], ru: ["термометр*", "пирометр*", "инфракрасн*"],
    pl: ["termometr*", "podczerwien*", "temperatur*"],
  }),
  ...sense("tool:scanner", null, 0.85, {
    en: ["barcode", "bar code", "scanner", "scanning", "reader"], es: ["codigo de barras", "lector", "escaner"],
    pt: ["codigo de barras", "leitor", "leitora", "scanner"], fr: ["code-barres", "code barre", "codes-barres", "lecteur", "douchette", "scanner"],
    it: ["codice a barre", "codici a barre", "lettore", "scanner"], de: ["barcode*", "scanner", "handscanner"],
    ru: ["сканер*", "штрих*"], pl: ["skaner*", "czytnik*", "kodow kreskowych"],
  }),
  ...sense("tool:tattoo", null, 0.85, {
    // and the piercing gun beside it: "Ear piercing gun kit (Studex)"
    en: ["tattoo", "tattoos", "tattooing", "piercing", "ear piercing", "studex"], es: ["tatuar", "tatuaje", "tatuajes"], pt: ["tatuagem", "tatuar"],
    fr: ["tatouage", "tatouer"], it: ["tatuaggio", "tatuaggi", "tatuare"], de: ["tattoo*", "tatowier*"],
    ru: ["тату*"], pl: ["tatuaz*"],
  }),
  ...sense("tool:label", null, 0.85, {
    en: ["price tag", "tag", "label", "labels", "labeller", "labeler", "pricing", "price label", "price marking"],
    es: ["etiquetadora", "etiquetas", "etiquetar", "de precios"], pt: ["etiquetadora", "etiquetas", "etiquetar", "de preco"],
    fr: ["etiqueteuse", "etiquettes", "etiquetage"], it: ["etichettatrice", "etichette", "prezzatrice", "prezzi"],
    de: ["etikett*", "preisauszeichn*", "auszeichnungs*"], ru: ["этикет*", "ценник*", "маркиратор*"],
    pl: ["metkownic*", "etykiet*", "metki"],
  }),
  ...sense("tool:wash", null, 0.8, {
    en: [
      "washer", "pressure washer", "power washer", "wash", "washing", "garden", "hose", "nozzle", "watering", "sprinkler", "irrigation",
      // pressure-washer makers, read the same in every language: "Karcher trigger gun", "Pistolet haute pression Kärcher"
      "karcher", "kaercher", "nilfisk",
    ],
    es: ["riego", "lavado", "hidrolavadora", "manguera", "jardin", "hidrolimpiadora", "alta presion"],
    pt: ["rega", "lavagem", "lavadora", "lava", "lavar", "alta pressao", "lava-jato", "mangueira", "jardim", "jardinagem"],
    fr: ["arrosage", "lavage", "tuyau", "jardin", "nettoyeur haute pression", "haute pression"],
    it: ["irrigazione", "lavaggio", "idropulitrice", "giardino", "annaffiare", "tubo", "alta pressione"],
    de: ["garten*", "gartenspritze", "multispruher", "wasch*", "schlauch*", "hochdruck*", "bewasserung*"], ru: ["мойк*", "полив*", "шланг*", "садов*"],
    pl: ["myjk*", "podlewani*", "ogrod*", "ogrodow*", "zraszaj*", "weza", "wezem"],
  }),
  ...sense("tool:drill", null, 0.7, {
    en: ["impact", "drill", "screwdriver", "cordless"], es: ["taladro", "atornillador", "impacto"], pt: ["furadeira", "parafusadeira", "impacto"],
    fr: ["perceuse", "visseuse"], it: ["trapano", "avvitatore"], de: ["bohr*", "schrauber"], ru: ["дрел*", "шуруповерт*"],
    pl: ["wiertark*", "wkretark*"],
  }),
  ...sense("tool:kitchen", null, 0.8, {
    en: ["icing", "frosting", "piping", "cookie", "churro"], es: ["churros", "reposteria", "galletas"],
    pt: ["confeitar", "biscoitos"], fr: ["patisserie", "biscuits"], it: ["pasticceria", "biscotti", "sparabiscotti"], de: ["geback", "spritzgeback"],
    ru: ["кондитерск*"], pl: ["cukiernicz*", "ciastek"],
  }),
  ...sense("tool:fuel", null, 0.85, {
    en: ["fuel", "gas pump", "diesel", "petrol"], es: ["surtidor", "gasolina", "combustible"], pt: ["abastecimento", "combustivel", "posto", "gasolina"],
    fr: ["carburant", "essence", "gasoil"], it: ["benzina", "carburante", "erogatore", "erogatrice", "gasolio"], de: ["zapf*", "kraftstoff*", "diesel"],
    ru: ["заправочн*", "топлив*", "бензин*"], pl: ["dystrybutor*", "paliw*"],
  }),
  // bar and soda guns: "pistola despachadora de refresco", "soda gun for the bar"
  ...sense("tool:dispenser", null, 0.85, {
    en: ["soda gun", "bar gun", "soda", "beverage"], es: ["despachador*", "dispensador*", "refresco", "refrescos"],
    pt: ["chopeira", "refrigerante"], it: ["spillatore", "bibite"], fr: ["distributeur de boissons"], de: ["zapfanlage"],
  }),
  // the revolver head of a lathe or a tool holder: "4 way revolver head for HMT lathe"
  ...sense("tool:machine", null, 0.85, {
    en: ["revolver head", "lathe", "tool post", "toolpost", "turret", "capstan"], es: ["torno"], pt: ["torno"], fr: ["tour a metaux", "tourelle"],
    it: ["tornio", "torretta"], de: ["drehbank", "drehmaschine", "revolverkopf"], ru: ["токарн*", "револьверн* головк*"], pl: ["tokark*", "tokarsk*"],
  }),
  ...sense("tool:hair", null, 0.85, {
    en: ["hair", "curling"], es: ["cabello", "pelo", "rizar"], pt: ["cabelo", "cachear"], fr: ["cheveux", "boucler"],
    it: ["capelli", "arricciare"], de: ["haar*", "locken*"], ru: ["волос*"], pl: ["wlos*"],
  }),
  ...sense("tool:measure", null, 0.8, {
    en: ["distance", "measuring", "laser level", "rangefinder"], es: ["telemetro", "medidor", "de distancia"], pt: ["trena", "medidor"],
    fr: ["telemetre", "mesure"], it: ["misuratore", "distanziometro"], de: ["entfernungsmesser*", "messgerat*"], ru: ["дальномер*"],
    pl: ["dalmierz*"],
  }),
  ...sense("tool:sharpener", null, 0.85, {
    en: ["sharpening", "honing"], fr: ["aiguiser", "affuter", "affutage", "aiguisage", "a aiguiser"], it: ["affilare"], de: ["wetz*"],
  }),
  // "Hazet Knarre 1/2", "Umschaltknarre feinverzahnt": a ratchet's maker or teeth
  ...sense("tool:ratchet", null, 0.85, {
    de: ["zoll", "steckschlussel*", "nusse", "ratsche", "drehmoment*", "werkzeug*", "hazet", "gedore", "stahlwille", "wera", "proxxon", "feinverzahnt", "umschaltknarre"],
  }),
  // coffee and washing machines are "semiautomatica", "halbautomatisch", "półautomatyczna" too ("café" is left out: Mexican "color café" is brown)
  ...sense("tool:appliance", null, 0.85, {
    en: [
      "coffee machine", "coffee maker", "espresso machine", "espresso", "washing machine", "sewing machine",
      "gaggia", "delonghi", "de'longhi", "saeco", "rancilio", "la pavoni", "lelit", "nespresso", "krups",
      // a clay thrower is semi-automatic too: "Lanceur de plateaux semi-automatique", "Wurfmaschine Trap halbautomatisch"
      "clay thrower", "clay trap", "trap machine",
    ],
    es: ["cafetera", "maquina de cafe", "maquina de coser", "lavarropas", "lanzaplatos"], pt: ["cafeteira", "maquina de cafe", "maquina de lavar", "maquina de costura", "lancador de pratos"],
    fr: ["machine a cafe", "cafetiere", "machine a laver", "lave-linge", "machine a coudre", "lanceur de plateaux", "lanceur"],
    it: ["caffe", "macchina da caffe", "macchina per caffe", "lavatrice", "macchina da cucire", "lanciapiattelli"],
    de: ["kaffeemaschine", "espressomaschine", "siebtrager*", "kaffeevollautomat", "waschmaschine", "nahmaschine", "wurfmaschine", "wurfscheibenmaschine"],
    ru: ["кофемашин*", "кофеварк*", "стиральн*", "швейн*", "машинка для тарелочек"], pl: ["ekspres do kawy", "kawy", "pralk*", "maszyna do szycia", "maszyna do rzutkow", "wyrzutnia rzutkow"],
  }),
  // a climbing carabiner shares the carbine's word ("karabinek", "карабин", "Karabiner"): "karabinek zakręcany wspinaczkowy"
  ...sense("tool:climbing", null, 0.85, {
    en: ["climbing", "screwgate", "screw gate", "belay", "mountaineering"], es: ["escalada", "alpinismo"], pt: ["escalada", "alpinismo"],
    fr: ["escalade", "alpinisme"], it: ["arrampicata", "alpinismo"], de: ["kletter*", "bergsport"],
    ru: ["альпинистск*", "скалолазн*", "страховочн*"], pl: ["wspinaczkow*", "zakrecan*", "alpinistyczn*", "asekuracyjn*"],
  }),
  ...sense("tool:radar", null, 0.85, { en: ["radar", "speed gun"], es: ["radar"], fr: ["radar"], it: ["autovelox"], de: ["radar*"], ru: ["радар*"], pl: ["radar*"] }),
  ...sense("tool:smoke", null, 0.8, {
    en: ["fog", "fogger", "smoke machine", "snow"], es: ["maquina de humo", "niebla"], pt: ["maquina de fumaca", "neblina"],
    fr: ["machine a fumee", "brouillard"], it: ["macchina del fumo", "nebbia"], de: ["nebelmaschine", "rauchmaschine"],
    ru: ["дымогенератор*", "генератор дыма"], pl: ["wytwornica dymu"],
  }),
  // a door or gate bolt: "Ferrolho de porta 20cm", "ferrolho para portão" (only part words: there is no door pistol)
  ...sense("tool:hardware", null, 0.85, {
    pt: ["de porta", "da porta", "para porta", "portao", "portoes", "janela", "janelas", "trinco", "sobrepor", "cadeado", "fechadura", "porta cadeado"],
  }),
  ...sense("tool:lighter", null, 0.85, {
    en: ["lighter", "torch lighter", "butane"], es: ["encendedor", "mechero"], pt: ["isqueiro", "macarico"], fr: ["briquet"],
    it: ["accendino"], de: ["feuerzeug*"], ru: ["зажигалк*"], pl: ["zapalniczk*"],
  }),
  // ---- flares, non-lethal, crossbows ----
  ...sense("signal:flare", null, 0.8, {
    en: ["flare", "flares", "signal", "signalling", "signaling", "distress", "marine flare", "rescue"],
    es: ["bengalas", "bengala", "senales", "nautica", "nautico", "socorro"], pt: ["sinalizador*", "sinalizacao", "nautica", "nautico", "socorro"],
    fr: ["fusee", "fusees", "lance-fusees", "detresse", "signalisation"], it: ["lanciarazzi", "razzi", "segnalazione", "nautico", "soccorso"],
    de: ["leucht*", "signal*", "notsignal*", "seenot*"], ru: ["ракетниц*", "сигнальн*"], pl: ["sygnalow*", "rac", "racy", "racowy"],
  }),
  // fireworks are sold by their shots: "batteria da 25 colpi", "bateria de 100 tiros", "wyrzutnia 49 strzałów", "Batterie 100 Schuss"
  ...sense("signal:fireworks", null, 0.85, {
    en: ["fireworks", "firework", "pyrotechnics", "roman candle", "roman candles", "firework cake", "shot cake"],
    es: [
      "pirotecnia", "fuegos artificiales", "petardos", "bateria", "baterias",
      // Latin America sells fireworks as "pólvora": "pólvora pa las novenas", "Cohetes y morteros pa la quema del diablo"
      "novenas", "cohete", "cohetillo", "voladores", "chispitas", "silbadores", "buscapies",
      // Mexico and Colombia: "Cuetes para año nuevo ... palomas, brujas, cebollitas", "totes y volcanes, pólvora de la buena"
      "ano nuevo", "volcanes", "cebollitas", "cuete de vara", "cuetes de vara",
    ],
    pt: ["pirotecnia", "fogos de artificio", "fogos", "rojoes", "bateria", "baterias"],
    fr: ["feux d'artifice", "feu d'artifice", "petards", "pyrotechnie", "batterie"], it: ["fuochi d'artificio", "petardi", "pirotecnica", "pirotecnici", "botti", "batteria", "batterie"],
    de: ["feuerwerk*", "boller", "pyrotechnik", "batterie"], ru: ["фейерверк*", "салют*", "петард*", "пиротехник*"],
    pl: ["fajerwerk*", "petard*", "pirotechni*", "wyrzutni*", "bateria"],
  }),
  ...sense("nonlethal:stun", null, 0.85, {
    en: ["stun", "taser", "tazer", "electroshock", "shocker"], es: ["paralizador*", "electrochoque", "descarga electrica", "taser"],
    pt: ["choque", "paralisante", "taser"], fr: ["electrique paralysant", "shocker", "taser"], it: ["storditore", "taser"],
    de: ["elektroschock*", "taser"], ru: ["электрошок*", "шокер*"], pl: ["paralizator*"],
  }),
  ...sense("nonlethal:pepper", null, 0.85, {
    en: ["pepper", "pepperball", "self defense spray"], es: ["pimienta", "gas pimienta"], pt: ["pimenta", "spray de pimenta"],
    fr: ["poivre", "lacrymogene"], it: ["peperoncino"], de: ["pfeffer*", "pfefferspray", "reizgas*"], ru: ["перцов*", "газов* баллончик*"],
    pl: ["pieprzow*"],
  }),
  ...sense("crossbow:crossbow", null, 0.85, {
    en: ["crossbow", "crossbows"], es: ["ballesta", "ballestas"], pt: ["besta", "bestas"], fr: ["arbalete", "arbaletes"],
    it: ["balestra", "balestre"], de: ["armbrust*"], ru: ["арбалет*"], pl: ["kusz*"],
  }),
  // slingshot ammunition is steel balls and clay shot: "Slingshot + 500 steel ball ammo"
  ...sense("crossbow:slingshot", null, 0.85, {
    en: ["slingshot", "slingshots", "catapult", "catapults"], es: ["tirachinas", "resortera", "gomera"], pt: ["estilingue", "atiradeira", "bodoque"],
    fr: ["lance-pierre", "lance-pierres", "lance pierre"], it: ["fionda", "fionde"], de: ["zwille", "zwillen", "steinschleuder*"],
    ru: ["рогатк*"], pl: ["proca", "procy", "proce"],
  }),
  ...sense("crossbow:speargun", null, 0.85, {
    en: ["speargun", "spear gun", "spearfishing", "harpoon", "underwater", "cressi", "omer", "salvimar"],
    es: ["arpon", "submarina", "submarino", "pesca submarina"], pt: ["arpao", "subaquatica", "pesca submarina"],
    fr: ["harpon", "sous-marin", "sous-marine", "chasse sous-marine"], it: ["subacqueo", "subacquea", "arbalete", "pesca sub"],
    de: ["harpune*", "unterwasser*"], ru: ["гарпун*", "подводн*"], pl: ["podwodn*", "harpun*"],
  }),
  // ---- Belgian "pistolets" are bread rolls ----
  ...sense("food:bread", null, 0.8, {
    fr: ["boulangerie", "baguette", "baguettes", "pain", "pains", "croissant", "croissants", "viennoiserie", "viennoiseries", "fourres", "cereales"],
  }),
  // ---- Brazilian "balas" are sweets as often as bullets: "bala de coco caseira" ----
  ...sense("food:candy", null, 0.8, {
    pt: ["de coco", "doce", "doces", "caramelo", "caramelos", "de goma", "gelatina", "mastigavel", "mastigaveis", "balinha*", "chiclete*", "confeitaria"],
    es: ["dulce", "dulces", "caramelo", "caramelos", "de goma", "gominola*", "golosina*"],
  }),
  // ---- gunpowder tea, green tea rolled into pellets: "Chá verde pólvora", "Gunpowder green tea", "Thé vert gunpowder" ----
  ...sense("food:tea", null, 0.85, {
    // not French "thé" alone (read as English "the") nor German "Tee" alone (a golf tee, a T-shirt)
    en: ["tea", "green tea", "loose leaf"], es: ["te verde", "te chino"], pt: ["cha", "cha verde"], fr: ["the vert", "the chinois"], it: ["te verde", "the verde"],
    de: ["grüntee", "grüner tee", "chinesischer tee"], ru: ["чай", "зелёный чай", "зеленый чай"], pl: ["herbata", "zielona herbata"],
  }),
  // ---- gym "ammo": supplements sold as munitions ("AMMO pre-workout", "Munition fürs Training: Kreatin + Booster") ----
  ...sense("food:supplement", null, 0.85, {
    en: ["pre-workout", "preworkout", "creatine", "whey", "protein", "bcaa", "supplement", "supplements"],
    es: ["pre-entreno", "preentreno", "creatina", "proteina", "suplementos"], pt: ["pre-treino", "creatina", "whey", "suplementos"],
    fr: ["pre-workout", "creatine", "whey", "proteines", "complements"], it: ["pre-workout", "creatina", "proteine", "integratori", "palestra"],
    de: ["kreatin", "booster", "whey", "proteinpulver", "eiweiss"], ru: ["протеин*", "креатин*", "спортпит*", "предтрен*"],
    pl: ["kreatyn*", "przedtreningowk*", "silke", "silka", "odzywk*", "bialko"],
  }),
  // ---- Russian "маслята" are cartridges in slang and butter mushrooms on every market stall ----
  ...sense("food:mushroom", null, 0.85, {
    ru: ["маринован*", "гриб*", "солен*", "сушен*"], pl: ["grzyb*", "marynowan*"],
  }),
  // ---- cameras: a shutter count is "150.000 disparos", a photo "geschossen" ----
  ...sense("camera:camera", null, 0.8, {
    en: ["bullet camera", "bullet cam", "cctv", "ip camera", "security camera", "trail cam", "trail cams", "trail camera", "trail cameras", "game camera", "game cameras", "camera trap", "cellular cam", "camera", "dslr", "mirrorless", "shutter", "shutter count", "photography", "nikon", "fujifilm", "olympus", "pentax", "hasselblad", "leica"],
    es: ["camara de caza", "camara trampa", "camara", "fotografia", "obturador", "fotografica"], pt: ["camera de trilha", "camera de caca", "camera", "fotografia", "obturador", "cliques"],
    fr: ["camera de chasse", "piege photo", "pieges photo", "appareil photo", "reflex", "declenchements", "photographie"], it: ["telecamera*", "videosorveglianza", "fototrappol*", "fotocamera", "fotografia", "reflex", "scatti", "otturatore"],
    de: ["wildkamera*", "kamera", "spiegelreflex*", "fotoausrust*", "auslosungen", "objektiv*"], ru: ["фотоловушк*", "фотоаппарат*", "зеркалк*", "объектив*"],
    pl: ["fotopulapk*", "aparat fotograficzny", "lustrzank*", "obiektyw*", "migawk*"],
  }),
  // ---- empty cases for crafts or reloading: components, not ammunition ----
  ...sense("spent:brass", null, 0.8, {
    en: ["fired", "scrap", "brass scrap", "scrap brass", "bottle opener", "bottle openers", 
      "spent", "empty", "fired brass", "once fired", "once-fired", "deprimed", "crafts", "craft", "jewelry", "jewellery", "decor",
      "shot glass", "shot glasses",
      "keychain", "keychains", "pendant", "necklace", "pen", "pens", "casings", "shell casings", "hulls", "empty hulls",
      // and the things made of them: "Shotgun shell string lights", "Chaveiro cápsula de munição", "Kugelschreiber aus .50 BMG Hülse"
      "lights", "string lights", "fairy lights", "ornament", "ornaments", "bottle opener", "money clip", "casing",
      // shell cases worked into vases and lamps by soldiers: "Kartuschhülse mit Gravur 'Champagne 1917' - Grabenkunst"
      "trench art",
    ],
    es: ["abrebotellas", "destapador", 
      "vacios", "vacias", "vacia", "vacio", "percutidas", "percutidos", "disparada", "disparadas", "disparado", "disparados", "manualidades", "bisuteria", "decoracion", "casquillos", "vainas",
      "llavero", "llaveros", "colgante", "boligrafo", "arte de trinchera",
    ],
    pt: ["abridor de garrafa*", "vazias", "vazios", "vazia", "vazio", "deflagrados", "deflagradas", "artesanato", "decoracao", "bijuteria", "estojos", "chaveiro", "chaveiros", "pingente", "arte de trincheira"],
    fr: ["decapsuleur", "vides", "percutees", "tirees", "deco", "decoration", "creations", "douilles", "porte-cles", "pendentif", "art de tranchee", "art des tranchees"],
    it: ["apribottiglie", "vuoti", "vuote", "vuota", "vuoto", "sparati", "sparate", "lavoretti", "decorazioni", "bigiotteria", "bossoli", "bossolo", "sparato", "fermasoldi", "portachiavi", "ciondolo", "arte di trincea"],
    de: ["abgeschossen*", "patronenhulsen", "bastelbedarf", "altmessing", "flaschenoffner", 
      "leere", "leer", "verschossen*", "bastler", "basteln", "deko", "hulsen", "schlusselanhanger", "kettenanhanger", "kugelschreiber",
      // a fired primer: "Zündhütchen abgeschossen, komplett leer"
      "abgeschossen", "abgefeuert", "grabenkunst",
    ],
    ru: ["стреляны*", "пуст*", "поделок", "поделки", "сувенир*", "гильз*", "брелок*", "кулон*", "окопное искусство"],
    pl: ["puste", "pusta", "pusty", "wystrzelone", "rekodziel*", "dekoracj*", "lusk*", "brelok*", "wisior*"],
  }),
  ...sense("spent:reloading", null, 0.8, {
    en: ["reloading manual", "reloading", "reloading press", "press", "dies", "die set", "powder measure", "rcbs", "dillon", "lyman", "case trimmer",
      // the other tools a die set or a trimmer is sold by: "Hornady shell holder #16", "Триммер Lee под 7.62х39", "Jogo de dies Lee .38"
      "trimmer", "shell holder", "shellholder",
      // scales, pullers and tumblers, and the chronographs and shot timers that hear the calibers they list ("picks up 9mm and .22")
      "beam scale", "powder scale", "bullet puller", "kinetic puller", "tumbler", "chrono", "chronograph", "shot timer"],
    es: ["manual de recarga", "recarga", "prensa", "matrices", "recortadora", "dosificador", "dosificador de polvora", "cronografo"], pt: ["recarga", "prensa", "matrizes", "jogo de dies", "jogo de matrizes", "dosador", "dosador de polvora", "cronografo"],
    fr: ["rechargement", "recharger", "rechargeurs", "presse", "rogneuse", "matrices", "doseur", "doseur de poudre", "chronographe"],
    it: ["ricarica", "pressa", "matrici", "rifilatore", "dosatore", "dosatore polvere", "cronografo"],
    de: ["wiederlad*", "presse", "matrizen", "matrizensatz", "hulsentrimmer", "pulverfuller", "pulverfullgerat", "pulverwaage", "chronograph"],
    ru: ["переснаряж*", "пресс*", "матриц*", "триммер*", "шеллхолдер*", "дозатор*", "дозатор пороха", "хронограф*"],
    pl: ["elaboracj*", "prasa", "matryc*", "przycinark*", "trymer", "fazownik", "dozownik prochu", "chronograf*"],
  }),
  // a bullet mould casts the bullets and calibers it names: "Lyman bullet mould .45 ACP", "Molde de projéteis Lee .38", "Пулелейка Lee 12 кал"
  ...sense("spent:mould", null, 0.8, {
    en: ["mould", "mold", "bullet mould", "bullet mold"], es: ["molde"], pt: ["molde"], fr: ["moule", "moule a balles"], it: ["conchiglia", "conchiglie"],
    de: ["kugelgiessform", "giessform"], ru: ["пулелейк*"], pl: ["kokil*"],
  }),
  // ---- ink, pen, needle, lamp and drill-chuck cartridges ----
  ...sense("cartridge:other", null, 0.85, {
    en: [
      "ink", "toner", "printer", "needle", "needles", "filter", "faucet", "vape", "fountain pen", "lamp", "bulb", "socket", "chuck", "keyless",
      "co2", "siphon", "soda", "sodastream", "cream charger",
      // nitrous cartridges for balloons and cream: "Cartouches de proto 'gaz hilarant'", "Lachgas-Kapseln (Patronen)"
      "n2o", "nitrous", "whipped cream", "gaz hilarant", "protoxyde", "proto", "lachgas", "sahnekapseln", "protossido", "закись азота",
      "веселящий газ", "podtlenek azotu", "oxido nitroso", "gas de la risa", "gas hilariante",
      // camping gas, water-filter and e-cigarette cartridges: "Cartuchos de gas butano", "Cartouches filtrantes Brita", "Cartucce per sigaretta elettronica"
      "butane", "propane", "campingaz", "camping gas", "brita", "water filter", "e-cig", "e-cigarette", "vape pen",
      // printer makers: "Cartucce Epson 603", "Patronen Brother LC-223" ("canon" is also a French barrel, "hp" horsepower)
      "epson", "brother", "lexmark", "xerox", "kyocera", "ricoh", "inkjet", "laserjet", "deskjet", "officejet", "pixma",
    ],
    es: ["de gas", "silicona", "tinta", "toner", "impresora*", "tricolor", "negro y color", "agujas", "filtro", "grifo", "vapeo", "pluma", "lampara", "portalamparas", "portabrocas", "sifon", "butano", "propano", "filtrant*", "cigarrillo electronico"],
    pt: ["de gas", "silicone", "tinteiro*", "tinta", "toner", "impressora*", "agulhas", "filtro", "torneira", "caneta", "lampada", "mandril", "butano", "filtrant*", "cigarro eletronico"],
    fr: ["de gaz", "silicone", "mastic", "encre", "toner", "imprimante*", "cigarettes", "de cigarettes", "tabac", "marlboro", "gauloises", "winston", "camel", "aiguilles", "d'aiguilles", "filtre", "robinet", "stylo", "plume", "ampoule", "lampe", "mandrin", "butane", "propane", "filtrant*", "cigarette electronique"],
    it: ["silicone", "sigillante", "inchiostro", "d'inchiostro", "toner", "stampante", "aghi", "filtro", "rubinetto", "penna", "stilografica", "lampada", "mandrino", "butano", "filtrant*", "sigaretta elettronica", "svapo"],
    de: ["silikon*", "tinte", "toner", "drucker", "druckerpatrone*", "tintenpatrone*", "tonerpatrone*", "nadel*", "filter", "wasserhahn", "fuller", "lampe*", "fassung", "bohrfutter", "butan", "propan", "gaskartusche*", "e-zigarette*"],
    ru: ["силикон*", "герметик*", "чернил*", "принтер*", "тонер*", "игл*", "фильтр*", "смесител*", "ламп*", "дрел*", "сверл*", "токарн*", "цанг*", "e27", "e14"],
    pl: ["silikon*", "atrament*", "toner*", "drukark*", "igiel", "igly", "filtr*", "piora", "pioro", "dlugopis*", "lamp*", "wiertark*", "syfon*", "e-papieros*"],
  }),
  // ---- accessories: the gun word names what the accessory fits ----
  ...sense("accessory:accessory", null, 0.6, {
    en: ["gun rest", "shooting rest", "rifle rest", 
      "case", "holster", "sling", "scope", "riflescope", "optic", "mount", "bipod", "belt", "bag", "cabinet", "rack",
      "weapon light", "pistol light", "purse", "handbag", "backpack", "rifle stock", "shotgun stock", "gun stock", "gunstock",
      "replacement stock", "chassis", "red dot", "scope mount",
      "ammo can", "ammo box", "ammo crate", "ammo tin", "streamlight", "surefire", "holosun", "eotech", "aimpoint", "vortex", "leupold",
      "trijicon", "bushnell", "olight", "crimson trace", "kydex", "tlr-1", "vault", "lockbox", "lock box", "bayonet", "bayonets",
      // recoil pads, targets, racks, rings and the optics makers a scope is sold by: "LimbSaver pad Remington 870", "AR500 gong"
      "recoil pad", "limbsaver", "butt pad", "gong", "targets", "target", "target set", "steel target", "gun rack", "rings", "scope rings", "swarovski", "zeiss",
      "meopta", "burris", "nightforce", "kahles", "hawke", "sightmark", "delta optical",
      // holster carry positions, said of nothing else: "Glock 19 OWB kydex holster"
      "iwb", "owb", "aiwb",
      // rails, mounts, swivels, cheek risers and pouches, and the makers they are sold by: "EGW 20 MOA rail Remington 700",
      // "Hogue monogrip S&W K frame", "Safariland 6360 for Glock 19", "Double mag pouch G17/G19", "Pelican 1720"
      "rail", "picatinny", "scope base", "sling swivel", "sling swivels", "cheek riser", "cheek rest", "comb riser", "hogue",
      "safariland", "pelican", "adapter plate",
      // cartridge pouches and belts of old service rifles: "K98 magazine pouches", "ammo pouch"
      "ammo pouch", "cartridge pouch", "cartridge belt", "bandolier", "ammo pouches", "ammunition pouch", "ammunition pouches", "cartridge pouches",
      // a muzzleloader's powder flask or horn holds powder for the guns it names ("Powder flask ... for muzzle-loading guns")
      "powder flask", "powder horn", "shot flask", "game bag",
      // thermal and night optics, safes and ammunition boxes name the guns and rounds they watch over or hold
      "thermal", "thermal imager", "thermal monocular", "night vision", "gun safe", "ammo cans", "ammo boxes", "mtm",
    ],
    es: ["apoyo", "barra de apoyo", 
      "funda", "estuche", "maletin", "armario", "visor", "mira telescopica", "mira holografica", "correa", "bipode", "soporte", "armero",
      "cinturon", "mochila", "bolso", "culata", "bayoneta", "montura", "anillas", "diana", "dianas", "cantonera",
      // rails, sights, cheek pieces, holsters and pouches: "Riel picatinny para Mauser 98", "Carrillera para Benelli", "Cartuchera para Makarov"
      "riel", "picatinny", "miras", "carrillera", "pistolera", "cartuchera", "bolsa",
      "caja fuerte", "visor termico", "camara termica", "polvorera", "polvorin", "frasco de polvora", "morral",
    ],
    pt: [
      "coldre", "maleta", "armario", "expositor", "luneta", "mira telescopica", "bandoleira", "suporte", "cofre", "colete", "capa", "mochila", "coronha", "baioneta",
      "mala rigida", "estojo", "alvo", "alvos", "montagem", "aneis", "soleira",
      "trilho", "picatinny", "zarelho", "zarelhos", "apoio de face", "bipe", "bolsa", "miras",
      // a leather "cartucheira" is a cartridge belt, a bare one in Brazil also a single-barrel shotgun: "Cartucheira de couro para cinto"
      "cinto", "de couro", "camera termica", "polvorinho", "corno de polvora",
    ],
    fr: [
      "etui", "housse", "mallette", "lunette", "viseur", "bretelle", "bipied", "support", "ratelier", "coffre", "sac", "sac a dos", "crosse",
      "baionnette", "fourreau", "cible", "cibles", "montage", "colliers", "plaque de couche",
      "rail", "picatinny", "embase", "grenadiere", "grenadieres", "busc", "organes de visee", "point rouge",
      "cartouchiere", "cartouchieres", "coffre-fort", "armoire forte", "armoire", "camera thermique",
      "poire a poudre", "corne a poudre", "gibeciere", "kit de nettoyage",
    ],
    it: ["appoggio", "appoggi", 
      "fondina", "custodia", "valigetta", "valigia", "valigie", "borsa", "ottica", "cannocchiale", "cinghia", "bipiede", "porta", "zaino", "baionetta", "fodero",
      "rastrelliera", "bersaglio", "bersagli", "montatura", "attacchi", "calciolo", "anelli",
      "slitta", "picatinny", "attacco", "magliette", "portacinghia", "poggiaguancia", "mire", "mirino", "punto rosso", "giberna", "giberne", "cassaforte", "armadio blindato", "termocamera", "visore termico",
      "fiaschetta", "fiaschetta da polvere", "corno da polvere", "carniere", "kit da pulizia", "kit di pulizia",
    ],
    de: [
      "holster", "koffer", "tasche", "pistolentasche", "futteral", "zielfernrohr", "optik", "montage", "riemen", "zweibein", "schrank", "tresor",
      "rucksack", "schaft", "bajonett*", "seitengewehr", "gewehrstander", "waffenstander", "zielscheibe*", "schaftkappe",
      "schiene", "picatinny", "ringmontage", "sattelmontage", "schwenkmontage", "einhakmontage", "aufschubmontage", "montageringe", "riemenbugel", "gewehrriemen",
      "schaftbacke", "visierung", "diopter", "waffentasche", "gewehrtasche", "gewehrkoffer", "lederholster", "adapterplatte",
      // the P08's "Koffertasche" holster, cartridge pouches, and stocks by their compound names
      "koffertasche", "patronentasche", "patronengurt", "lochschaft", "daumenlochschaft", "ersatzschaft",
      "warmebildkamera", "warmebild*", "nachtsichtgerat", "waffenschrank", "waffentresor", "patronenkoffer", "munitionsbox*",
      "pulverflasche", "pulverhorn", "jagdtasche", "reinigungskit",
    ],
    ru: ["упор", "упором", "упоры", 
      "кобур*", "чехол*", "кейс*", "прицел*", "оптик*", "ремен*", "сошк*", "креплен*", "сейф*", "рюкзак*", "приклад*", "сумк*", "штык*",
      "пирамид*", "мишен*", "кронштейн*", "затыльник*",
      "кольц*", "планк*", "пикатинни", "антабк*", "целик*", "мушк*",
      // a rifle's accessory kit ("ружейная принадлежность к мосинке")
      "принадлежност*", "тепловизор*", "пороховниц*", "ягдташ*", "патронташ*", "манок", "манки",
    ],
    pl: ["podporka", "podporke", "podporki", "uchwyt", "uchwytem", "uchwyty", 
      "kabur*", "futeral*", "pokrowiec*", "lunet*", "celownik*", "montaz*", "dwojnog*", "sejf*", "plecak*", "kolb*", "torb*", "bagnet*",
      "walizk*", "stojak*", "tarcz*", "obejm*", "szaf*", "pokrowc*", "gablot*",
      "szyn*", "pierscien*", "kretlik*", "podpoliczek*", "muszk*", "szczerbink*", "przybornik*", "termowizj*", "prochownic*", "torba mysliwska",
    ],
  }),
  // what holds or fills magazines names the magazines and guns it is for: "Ładownica na 2 magazynki AR", "Подсумок на 4 магазина АК",
  // "Magazin-Ladehilfe / Schnelllader 9mm", "HKS speed loader K-frame .38/.357"
  ...sense("accessory:magazine", null, 0.6, {
    en: [
      "mag pouch", "magazine pouch", "mag pouches", "magazine pouches", "mag carrier", "magazine carrier", "mag holder", "magazine holder",
      "speed loader", "speedloader", "speed loaders", "speedloaders", "speed strip", "speed strips", "mag loader", "mag loaders",
      "magazine loader", "magazine loaders", "uplula", "maglula",
    ],
    es: ["portacargador", "portacargadores", "porta cargador", "porta cargadores", "cargador rapido", "cargadores rapidos"],
    pt: ["porta-carregador", "porta carregador", "porta-carregadores", "porta carregadores", "municiador", "municiadores"],
    fr: ["porte-chargeur", "porte-chargeurs", "porte chargeur", "porte chargeurs", "chargeur rapide", "chargeurs rapides"],
    it: ["portacaricatori", "portacaricatore", "caricatore rapido", "caricatori rapidi", "velocizzatore", "velocizzatori"],
    de: ["magazintasche", "magazintaschen", "magazinhalter", "ladehilfe", "ladehilfen", "schnelllader", "magazinlader", "speedloader"],
    ru: ["подсумок", "подсумк*", "спидлоадер*", "снаряжател*"],
    pl: ["ladownic*", "ladowark*", "speedloader*"],
  }),
  // hunting clothes list their cartridge pockets: "карманы для патронов", "Taschen für Patronen", "poches à cartouches" (plurals only:
  // "pocket 9mm" is a pistol's size)
  ...sense("accessory:pocket", null, 0.6, {
    en: ["pockets", "shell loops", "cartridge belt", "bandolier", "bandoleer"], es: ["bolsillos", "canana", "cananas", "cartuchera"],
    // not "cartucheira": in Brazil that is a single-shot shotgun ("Cartucheira 20 de um tiro")
    pt: ["bolsos"], fr: ["poches", "cartouchiere", "porte-cartouches", "porte cartouches"], it: ["tasche", "taschini", "cartuccera"], de: ["taschen", "patronengurt"],
    ru: ["карманы", "карманов", "карманами", "патронташ*"], pl: ["kieszenie", "kieszeni", "kieszeniami", "ladownic*"],
  }),
  // grips name the gun they fit only right beside it or as the title's head: ".38 Súper cachas de nácar" is a pistol's grips, not grips
  ...sense("accessory:grips", null, 0.6, {
    en: ["grips", "monogrip"], es: ["cachas"], pt: ["talas"], fr: ["plaquettes"], it: ["guancette"], de: ["griffschalen"], ru: ["накладк*"],
    pl: ["okladzin*"],
  }),
  // cleaning rods, brushes and kits carry the calibers they clean, listed on either side (sense.ts): "Otis .223/9mm/12ga cleaning kit"
  ...sense("accessory:cleaning", null, 0.6, {
    en: ["oiler", "oil bottle", "pull-through", "pull through", "cleaning", "cleaning rod", "bore brush", "bore brushes", "bore snake", "boresnake", "bore snakes", "boresnakes", "otis", "dewey", "hoppes", "hoppe's"],
    es: ["limpieza", "baqueta", "escobillon"], pt: ["limpeza", "vareta"], fr: ["nettoyage", "baguette", "ecouvillon", "ecouvillons"],
    it: ["pulizia", "scovolo", "scovoli", "bacchetta"], de: ["reinigung*", "reinigungsgerat", "reinigungsgerate", "putzstock", "putzzeug", "laufburste"],
    ru: ["чистк*", "шомпол*", "ершик*", "пенал*", "масленк*"], pl: ["czyszczeni*", "wycior*", "olejark*"],
  }),
  // ---- brands on other things, books, cars ----
  ...sense("merch:merch", null, 0.8, {
    // and the other things gun makers sell: Glock shovels, Smith & Wesson torches, Browning trail cameras
    en: [
      "knife", "knives", "handcuffs", "pendant", "necklace", "earrings", "bracelet", "iced out", "moissanite", "vvs", "cufflinks", "jacket", "vest", "hat", "t-shirt", "tshirt", "shirt", "hoodie", "patch", "sticker", "stickers", "decal", "bottle", "mug", "shot glass", "shot glasses", "sunglasses", "vodka", "whisky", "beer", "keychain", "poster", "phone case", "backpack",
      "wristwatch", "tee", "tees", "panini", "hunting vest", "baseball cap", "trucker cap", "beanie", "gloves", "flashlight", "torch", "shovel", "entrenching tool", "multitool", "multi-tool", "tactical pen", "binoculars", "trail camera", "fishing rod", "shaver",
      "clock", "wall clock", "themed", "polo", "polo shirt", "sweatshirt", "hunting jacket",
      "iphone", "samsung", "galaxy", "xiaomi", "pop socket", "popsocket", "phone cover",
      // cufflinks and can coolers shaped or printed like a gun: "Manschettenknöpfe Pistole Silber 925", "Suppressor can cooler"
      "cufflink", "koozie", "koozies", "can cooler", "can coolers", "gag gift",
    ],
    es: ["cromos", "cromo", "gemelos", "funda", "funda movil", "navaja", "cuchillo", "chaleco", "colgante", "pendiente", "pulsera", "chaqueta", "gorra", "camiseta", "pegatina", "botella", "taza", "reloj", "gafas", "llavero", "cerveza", "linterna", "prismaticos", "sudadera"],
    pt: ["figurinhas", "abotoaduras", "abotoadura", "capinha", "capa de celular", "canivete", "faca", "pingente", "pulseira", "brinco", "jaqueta", "casaco", "bone", "camiseta", "adesivo", "garrafa", "caneca", "relogio", "oculos", "chaveiro", "cerveja", "lanterna", "binoculos", "moletom"],
    fr: ["boutons de manchette", "bouton de manchette", "coupe-vent", "blouson", "polaire", "coque", "couteau", "gilet", "pendentif", "collier", "bracelet", "boucles d'oreilles", "veste", "casquette", "t-shirt", "autocollant", "gourde", "tasse", "montre", "porte-cles", "biere", "lampe torche", "pelle", "jumelles", "sweat", "sweat-shirt", "hoodie"],
    it: ["gemelli da polso", "pubblicita", "pubblicitari", "pubblicitario", "cover", "custodia", "coltello", "gilet", "ciondolo", "collana", "braccialetto", "orecchini", "giacca", "giacche", "giaccone", "giubbotto", "polo", "felpa", "cappello", "cappellino", "maglietta", "adesivo", "borraccia", "tazza", "orologio", "occhiali", "portachiavi", "birra", "torcia", "binocolo"],
    de: ["manschettenknopf*", "handyhulle", "hulle", "messer", "weste", "glas", "kristall*", "feldspaten", "halskette", "kettenanhanger", "armband", "ohrringe", "jacke", "jagdjacke", "mutze", "kappe", "aufkleber", "flasche", "tasse", "uhr", "schlusselanhanger", "bier", "taschenlampe", "klappspaten", "spaten", "fernglas", "pullover", "kapuzenpullover", "hoodie"],
    ru: ["запонк*", "чехол*", "чучел*", "трофей", "трофея", "трофеи", "трофеев", "трофеем", "трофеями", "поло", "нож*", "жилет*", "кулон*", "подвеск*", "браслет*", "серьг*", "куртк*", "кепк*", "футболк*", "наклейк*", "бутылк*", "кружк*", "часы", "брелок*", "водк*", "пиво", "фонар*", "лопат*", "бинокл*", "толстовк*", "худи"],
    pl: ["spinki do mankietow", "spinki", "etui", "noz", "noza", "kamizelk*", "wisior*", "naszyjnik*", "bransolet*", "kolczyk*", "kurtk*", "czapk*", "koszulk*", "naklejk*", "butelk*", "kubek", "zegarek", "brelok*", "wodk*", "piwo", "latark*", "saperk*", "lornetk*", "bluza", "bluzy"],
  }),
  ...sense("merch:media", null, 0.8, {
    en: ["reprint", "reprints", "rifle manual", "pistol manual", "operator manual", "operators manual", "operator's manual", "technical manual", 
      "book", "books", "dvd", "vinyl", "album", "poster", "novel", "digest", "catalog", "catalogue", "lp", "cd", "beatles", "outdoor life",
      "field & stream", "guns & ammo", "american rifleman", "blu-ray", "bluray", "movie", "film",
      "handbook", "paperback", "hardcover", "hardback",
      // a gun's papers sold alone: "Sig P320 owners manual", "Glock armorer manual", "exploded parts diagram"
      "owners manual", "owner's manual", "armorer manual", "armorers manual", "armorer's manual", "armorer's guide", "armorers guide", "instruction manual", "parts diagram",
      // training pamphlets, reference libraries and a gunsmith's ledger name the guns they are about
      "manuals", "pamphlet", "pamphlets", "training manual", "field manual", "ledger",
      // expired licences and permits sold as paper ("Old firearm certificates - paper ephemera lot"); never a bare "documents": "ружьё без документов" is a gun
      "ephemera", "old documents", "paper only",
      // a magazine's or catalogue's gun adverts: "Field & Stream from the same years with rifle ads"
      "ads", "adverts", "advertisements", "advertising",
    ],
    es: ["reedicion", "facsimil", "libro", "libros", "revista", "revistas", "catalogo", "cartel", "manual de", "manual del", "manual instruccion", "reglamento", "folleto", "pelicula", "manuales", "biblioteca", "documentos antiguos", "documentos de coleccion"],
    pt: ["livro", "livros", "revista", "revistas", "catalogo", "cartaz", "manual de", "manual do", "filme", "vista explodida", "manuais", "biblioteca", "documentos antigos"],
    fr: ["reimpression", "fac-simile", "livre", "livres", "revue", "revues", "catalogue", "vinyle", "affiche", "affiches", "enseigne", "plaque emaillee", "manuel", "film", "bibliotheque", "gazette", "ouvrages", "documents anciens"],
    it: ["ristampa", "libro", "libri", "rivista", "riviste", "catalogo", "manifesto", "locandina", "manuale", "film", "cartelle di tiro", "libretto", "libretti", "biblioteca", "documenti antichi", "documenti storici"],
    de: ["reprint", "nachdruck", 
      "buch", "bucher", "fachbuch", "fachbucher", "lehrbuch", "lehrbucher", "zeitschrift", "zeitschriften", "katalog", "schallplatte", "plakat", "blechschild", "handbuch", "film", "bedienungsanleitung", "anleitung",
      "explosionszeichnung", "waffenbuch", "schiessbuch", "bibliothek", "alte dokumente", "historische dokumente", "papierkonvolut",
      // a service regulation and its booklets: "Dienstvorschrift H.Dv. 257 - MG 08/15 ... dazu ein Heft über das Gewehr 98"
      "dienstvorschrift", "heft", "schiessvorschrift", "schiessvorschriften",
    ],
    ru: ["книг*", "журнал*", "каталог*", "пластинк*", "плакат*", "руководств*", "наставлен*", "фильм*", "старые документы"],
    pl: ["ksiazk*", "album", "czasopism*", "katalog*", "plyt*", "winyl*", "plakat*", "instrukcj*", "film", "stare dokumenty", "dokumenty kolekcjonerskie"],
  }),
  // digital goods: darknet guides and manuals ("Improvised Munitions Handbook (PDF)", "Glock armorer's manual pdf")
  ...sense("merch:digital", null, 0.85, {
    en: [
      "ebook", "ebooks", "e-book", "e-books", "pdf", "epub", "kindle", "audiobook", "audiobooks", "ddos", "stresser", "booter", "carding", "fullz",
      // fraud kits sold as "ammo": "Fullz DE + Bankdrops = die Munition für deinen Cashout"
      "cashout", "cash out", "bankdrops", "bank drops", "cvv", "dumps",
    ],
  }),
  ...sense("merch:game", null, 0.8, {
    en: ["video game", "card game", "board game", "tabletop", "gaming", "ps3", "ps4", "ps5", "xbox", "playstation", "nintendo", "wii", "nes", "zapper", "light gun", "ps move"],
    es: ["videojuego", "juego de mesa", "juego de cartas"], pt: ["videogame", "jogo de tabuleiro", "jogo de cartas"],
    fr: ["jeu video", "jeu de societe", "jeu de cartes"], it: ["videogioco", "gioco da tavolo", "gioco di carte"],
    de: ["videospiel", "computerspiel", "brettspiel", "kartenspiel"], ru: ["настольн*"], pl: ["gra komputerowa", "gra karciana", "gra planszowa", "planszow*"],
  }),
  // items and accounts inside shooter games: a title that sells one sells no gun ("CS2 skins — AK-47 Redline", "Warzone acct, all gun camos")
  ...sense("merch:game-item", null, 0.85, {
    en: [
      "game account", "steam account", "acct", "skin", "skins", "camo unlocks", "camos", "blueprint", "blueprints", "warface", "csgo", "cs:go", "cs2",
      "counter-strike", "pubg", "fortnite", "call of duty", "warzone", "valorant", "apex legends", "battlefield", "tarkov", "standoff 2",
      // "Munición infinita GTA V", "Munição e diamantes Free Fire": in-game ammunition and currency
      // a weapon skin's name and wear ("case hardened" is a real finish too): "Konto CS2 z AK-47 Fire Serpent", "StatTrak M4A4"
      "fire serpent", "redline", "asiimov", "dragon lore", "doppler", "neo-noir", "stattrak", "factory new",
      "minimal wear", "field-tested", "field tested", "battle-scarred", "well-worn",
      "gta v", "gta 5", "gtav", "gta5", "gta online", "free fire", "freefire", "mod menu", "modder", "modded account", "roblox", "minecraft",
      "aimbot", "unlock all", "wallhack",
    ],
    ru: ["аккаунт*", "варфейс", "скин*"], pl: ["konto steam"],
  }),
  // ---- vehicles and their exhausts: "Schalldämpfer Auspuff BMW", "Culasse moteur 1.9 TDI", "Chevy Beretta" ----
  ...sense("vehicle:vehicle", null, 0.85, {
    en: [
      "chevy", "chevrolet", "motorcycle", "motorbike", "scooter", "engine", "motor", "exhaust", "muffler", "bmw", "audi", "vw", "volkswagen",
      "opel", "vauxhall", "fiat", "renault", "peugeot", "citroen", "toyota", "honda", "mazda", "nissan", "skoda", "mercedes", "kia",
      "hyundai", "suzuki", "yamaha", "kawasaki", "vespa", "lambretta", "lada", "tdi", "hdi", "cdti",
      // Steyr and Zastava also make tractors, trucks and cars
      "tractor", "truck", "puch", "haflinger", "pinzgauer", "downpipe", "resonator",
      // exhaust makers: "Silenziatore Akrapovic per Yamaha MT-07"
      "akrapovic", "yoshimura", "termignoni", "leovince", "slip-on", "remus",
      // scooters and cars named with the part: "silencieux TMAX 530", "Schalldämpfer Golf 4 hinten", "tłumik golf 4"
      // (never a bare "astra": the Spanish pistol maker, "Pistola Astra 400"; "Opel" reads an Astra)
      "tmax", "t-max", "xmax", "nmax", "golf", "passat", "corsa", "clio", "megane", "punto", "ford",
      // a car's silencers by position: "Rear silencer box Ford Focus", "centre silencer", "back box"
      "rear silencer", "centre silencer", "center silencer", "middle silencer", "silencer box", "back box", "rear box",
      // Brazilian motorcycles named with the part: "Ponteira escapamento / silenciador CB 300"
      // Indian motorbikes and their exhausts: "Royal Enfield Bullet 350", "Bullet silencer Punjab type (DB killer)"
      "royal enfield", "classic 350", "bullet 350", "bullet 500", "punjab", "db killer", "pulsar", "splendor",
      "cb 250", "cb 300", "cb 500", "cg 150", "cg 160", "xre 300", "nxr 160", "titan 160", "fazer 250", "factor 150", "twister 250", "ybr 125",
    ],
    es: ["coche", "moto", "tubo de escape", "escape", "motor", "tractor", "troca", "rines", "carro", "camioneta", "refacciones"], pt: ["carro", "moto", "escapamento", "ponteira", "motor", "trator"],
    fr: ["moteur", "voiture", "echappement", "tracteur", "moto"], it: ["motore", "marmitta", "trattore", "scarico", "terminale di scarico", "moto"],
    de: ["auspuff*", "endtopf", "mitteltopf", "mittelteil", "motor", "zylinder*", "traktor*", "schlepper", "motorrad*"],
    ru: [
      "двигател*", "мотор*", "выхлоп*", "цилиндр*", "лада", "ваз", "гранта", "приора", "змз", "уаз", "трактор*", "запчаст*", "жигул*", "приор*", "калин*", "нив*",
      // a motorbike's or a tuned car's exhaust: "прямоточный глушитель с резонатором", "даунпайп", "выпускные трубы"
      "мотоцикл*", "автомобил*", "прямоток*", "прямоточн*", "резонатор*", "даунпайп*", "выпускн*",
    ],
    // Polish declines car makes and models, some with a changed stem: "tłumik do Opla Astry", "do Golfa", "do Forda Focusa"
    pl: [
      "silnik*", "wydech*", "koncow*", "motocykl*", "samochod*", "ciagnik*", "traktor*", "auta", "opla", "oplem", "astry", "astre", "golfa", "passata",
      "corsy", "forda", "fiata", "skody", "toyoty", "hondy", "mazdy", "renaulta", "peugeota", "citroena", "mercedesa", "nissana",
    ],
  }),
  // ---- services, courses, events, places ----
  ...sense("service:service", null, 0.8, {
    en: [
      "licence application", "license application", "licence help", "carry class", "safety class", "course", "lessons", "range day",
      "voucher", "gift card", "tickets", "ticket", "lease", "acres", "catering", "restaurant", "dog training",
    ],
    es: ["curso", "clases", "entradas", "arrendamiento"], pt: ["curso", "aulas", "ingressos", "aluguel"],
    fr: ["cours", "billets"], it: ["corso", "biglietti", "affitto"], de: ["kurs", "lehrgang", "pacht*"], ru: ["курс*", "билет*", "аренд*"],
    pl: ["kurs*", "bilet*", "dzierzaw*", "karnet*", "wypozyczeni*"],
  }),
  // ---- a title headed by a hunting trip, a lease or membership, or a licence course sells the service: the guns, calibers and
  // licences its description names are what the guest brings or learns about (analyse-text.ts, titleContextOf). These words
  // read no word beside them ("hunting trip with rifle"), only the whole listing from the title. ----
  ...sense("service:hunt", null, 0.8, {
    en: [
      "guided", "guided hunt", "guided hunts", "hunting trip", "hunting trips", "hunting stay", "hunting holiday", "hunting package",
      "hunting packages", "safari", "safaris", "outfitter", "outfitters", "membership", "syndicate", "hunters club", "shooting club", "shooting school", "exam", "range session",
      "training", "accommodation", "lodging",
      // driven hunts and shoots sell places to guests with their own guns
      "driven hunt", "driven hunts", "driven shoot", "driven shoots", "shooting lesson", "shooting lessons",
    ],
    es: ["club de tiro", "cuota de socio", "viaje de caza", "viaje caza", "viajes de caza", 
      "coto", "coto de caza", "socio", "socios", "jornada de caza", "jornadas de caza", "alojamiento", "academia", "examen", "preparacion",
      // driven hunts and their stands ("Montería en Sierra Morena – 2 puestos libres"; a bare "puesto" is also a stall)
      "monteria", "monterias", "batida", "batidas", "gancho de caza", "ganchos de caza", "puesto libre", "puestos libres", "escuela de tiro",
    ],
    pt: ["viagem de caca", "viagens de caca", 
      "zona de caca", "socio", "socios", "jornada de caca", "alojamento", "formacao", "treinamento", "exame", "instrutor",
      "cacada", "cacadas", "montaria", "montarias", "batida de caca", "batidas de caca", "escola de tiro", "clube de tiro",
    ],
    fr: ["adhesion", "cotisation", "voyage de chasse", "voyages de chasse", 
      "sejour", "sejours", "sejour de chasse", "chasse guidee", "action de chasse", "part de chasse", "parts de chasse", "actionnaire", "formation", "examen", "hebergement",
      // range courses and first shots ("Stage de tir sportif – initiation pistolet et carabine")
      "stage de tir", "stage d'initiation", "initiation", "initiation au tir", "bapteme du tir", "bapteme de tir", "club de tir", "postes libres",
    ],
    it: ["iscrizione", "tessera", "tiro a volo", "campo di tiro", "viaggio di caccia", "viaggi di caccia", "riserva di caccia", "quota riserva", 
      "giornate di caccia", "giornata di caccia", "azienda faunistico", "azienda agrituristico", "esame", "lezione", "lezioni", "pernottamento", "socio",
      // a driven boar hunt and its stands ("Battuta al cinghiale – posti liberi per cacciatori ospiti")
      "battuta", "battute", "braccata", "braccate", "posti liberi", "posto libero", "cacciatori ospiti",
    ],
    de: ["mitgliedschaft", "schutzenverein", "schiessstand", 
      "begehungsschein*", "jagdschule", "kompaktkurs", "jagdkurs", "jagdreise*", "jagdgast", "schulung", "seminar", "prufung", "ubernachtung",
      "druckjagd", "druckjagden", "gesellschaftsjagd", "gesellschaftsjagden", "schiesskino", "schnupperschiessen", "jagdgaste",
    ],
    ru: ["членство", "стрелковый клуб", "стрелковом клубе", "абонемент", 
      "обучени*", "охота на", "охотничий тур", "охотничьи туры", "тур", "туры", "проживани*", "путевк*", "экзамен*",
      "загонн* охот*", "тир", "стрельбищ*",
    ],
    pl: ["czlonkostwo", "klub strzelecki", "klubie strzeleckim", "polowanie w", "polowania w", "wyjazd na polowanie", "kwatera mysliwska", 
      "polowanie na", "polowania na", "nocleg", "noclegi", "szkoleni*", "egzamin*", "pakiet turystyczny",
      // hunts sold to foreign guests, driven hunts, a hunting club's invitation ("Polowania dewizowe – koło łowieckie zaprasza")
      "polowania dewizowe", "polowanie dewizowe", "polowania zbiorowe", "polowanie zbiorowe", "kolo lowieckie", "strzelnica", "strzelnicy",
    ],
  }),
  // ---- hobby gear beside the hunt: a fishing outfit, a high seat, a hunting horn that heads a title sells that gear; a gun its
  // description names is where or with whom it was used ("se ve a mi cuñado con una escopeta", "mit Rucksack und Waffe bequem
  // sitzen", "wann die Waffen entladen werden"). Like the service words they read the listing from the title only. ----
  ...sense("hobby:fishing", null, 0.8, {
    en: ["fishing", "fishing rod", "fishing rods", "angling", "fly fishing", "carp fishing"],
    es: ["pesca", "equipo de pesca", "canas de pescar"], pt: ["pesca", "pescaria", "equipamento de pesca"],
    fr: ["peche", "materiel de peche", "peche a la carpe"], it: ["pesca", "surfcasting", "attrezzatura da pesca"],
    de: ["angel*", "angelausrustung", "angelzubehor"], ru: ["рыбалк*", "рыболовн*"], pl: ["wedkarsk*", "wedk*", "spinningow*"],
  }),
  ...sense("hobby:stand", null, 0.8, {
    en: ["tree stand", "treestand", "ladder stand", "hunting blind", "ground blind"], fr: ["mirador", "miradors"], it: ["altana", "altane"],
    de: ["ansitzleiter", "hochsitz", "kanzel", "druckjagdkanzel", "druckjagdbock", "ansitzbock"], ru: ["лабаз*"], pl: ["ambona", "ambony"],
  }),
  ...sense("hobby:horn", null, 0.8, {
    en: ["hunting horn"], fr: ["trompe de chasse"], it: ["corno da caccia"], es: ["cuerno de caza"], pt: ["corneta de caca"],
    de: ["jagdhorn*", "parforcehorn*", "pless-horn", "plesshorn", "jagdhornblaser*"], ru: ["охотничий рог", "охотничьи рога"], pl: ["rog mysliwski", "rogi mysliwskie", "sygnalowk*"],
  }),
  // a trophy or a game call heading a title is what is sold; the rifle and caliber its description names are what took the animal
  // ("tiré à la carabine en 8x68S par mon père", "strzał z kal. 9,3x62", "I hunt with a bow mostly ... my 300 Win Mag")
  ...sense("hobby:trophy", null, 0.8, {
    en: ["antlers", "shoulder mount", "euro mount", "european mount", "skull mount", "taxidermy", "elk calls", "game calls", "deer calls", "turkey calls", "duck calls"],
    es: ["trofeo", "trofeos", "cuerna", "cuernas", "reclamo", "reclamos"], pt: ["trofeu", "trofeus", "chamariz"],
    fr: ["massacre", "trophee", "trophees", "appeau", "appeaux"], it: ["trofeo", "trofei", "palco", "richiamo", "richiami"],
    de: ["geweih", "geweihe", "gehorn", "gehorne", "trophae", "rehblatter", "lockjagd"], ru: ["трофей", "трофея", "трофеи", "трофеев", "трофеем", "трофеями", "рога", "чучело", "манок", "манки"],
    pl: ["trofeum", "trofea", "wieniec", "poroze", "wabik", "wabiki"],
  }),
  // a hunting dog heading a title is the dog for sale; the gun its description names is what it is used to ("ni le afecta la escopeta",
  // "ora col fucile va tranquillissima", "ktoś tam przystrzeliwuje sztucery")
  ...sense("hobby:dog", null, 0.8, {
    en: ["pointer", "vizsla", "weimaraner", "brittany", "jagdterrier", "puppies", "pups", "puppy", "gun dog", "bird dog", "beagle", "setter", "spaniel", "retriever", "labrador", "gsp"],
    es: ["cachorros", "cachorro", "perro de caza", "perra de caza", "epagneul", "setter", "pointer", "podenco", "sabueso", "braco"],
    pt: ["cadela", "filhotes", "filhote", "cao de caca", "cadela de caca", "perdigueiro", "setter", "pointer"],
    fr: ["chienne", "chiots", "chiot", "chien de chasse", "chienne de chasse", "epagneul", "setter", "griffon", "braque", "beagle"],
    it: ["cuccioli", "cucciolo", "cane da caccia", "cagna da caccia", "setter", "pointer", "bracco", "segugio", "spinone", "epagneul"],
    de: ["jagdterrier", "welpen", "welpe", "jagdhund", "jagdhunde", "hundin", "deutsch drahthaar", "kurzhaar", "dackel", "teckel", "bracke"],
    ru: ["кобель", "щенки", "щенок", "щенков", "лайка", "лайки", "гончая", "гончие", "легавая", "спаниель", "сеттер", "курцхаар", "дратхаар"],
    pl: ["jagdterier", "jagdterierka", "szczenieta", "szczeniaki", "szczeniak", "pies mysliwski", "suka", "gonczy", "wyzel", "seter", "jamnik", "posokowiec"],
  }),
  // a bow and its archery gear: a rifle its description names is what the seller turns to ("to spend more time with my rifle")
  ...sense("hobby:archery", null, 0.8, {
    en: ["archery", "compound bow", "recurve bow", "bow package", "longbow", "bowtech", "hoyt", "mathews", "bear archery", "pse archery"],
    es: ["tiro con arco", "arco compuesto", "arco recurvo"], pt: ["tiro com arco", "arco composto", "arco recurvo"],
    fr: ["tir a l'arc", "arc a poulies", "arc recurve", "arc compound"], it: ["tiro con l'arco", "arco compound", "arco ricurvo"],
    de: ["bogenschiessen", "compoundbogen", "recurvebogen", "jagdbogen", "langbogen"], ru: ["блочный лук", "блочного лука", "лук блочный", "классический лук", "лучный спорт"],
    pl: ["lucznictwo", "luk bloczkowy", "luk klasyczny"],
  }),
  // ---- hunting and shooting clothes and boots: a gun maker's clothing line ("Costume de traque Verney-Carron", "Костюм Remington
  // Yukon") is the garment's brand, and the cartridges its description names go in its pockets (readings.ts, readGarmentBrand) ----
  ...sense("merch:garment", null, 0.8, {
    en: ["boots", "hunting boots", "trousers", "hunting pants", "hunting suit", "bib overalls", "parka", "softshell"],
    es: ["ropa de caza", "chaqueton", "botas", "botas de caza", "pantalon", "pantalones", "zapatos", "traje de caza", "chaleco de tiro", "forro polar"],
    pt: ["roupa de caca", "botas", "botas de caca", "calcas", "casaco de caca", "fato de caca", "colete de tiro"],
    fr: ["vetements de chasse", "tenue", "tenue de chasse", "tenue de traque", "bottes", "pantalon", "blouson", "parka", "gilet de tir", "chaussures de chasse"],
    it: ["abbigliamento", "abbigliamento da caccia", "scarponi", "scarpone", "stivali", "pantaloni", "ghette", "completo da caccia", "gilet da tiro", "giubbino"],
    de: ["hose", "stiefel", "jagdstiefel", "jagdhose", "jagdanzug", "jagdbekleidung", "ansitzjacke", "ansitzhose", "schiessweste", "lodenmantel"],
    ru: ["костюм*", "ботинк*", "сапог*", "берц*", "штаны", "брюки", "полукомбинезон*"],
    pl: ["buty", "spodnie", "kombinezon*", "stroj mysliwski", "kurtka mysliwska"],
  }),
  // ---- darknet and classifieds: cannabis strains and seed banks named after guns ("AK-47 feminized", "Kalashnikov Seeds") ----
  ...sense("drug:cannabis", null, 0.85, {
    en: [
      "strain", "indica", "sativa", "thc", "cbd", "feminized", "feminised", "autoflower", "autoflowering", "auto flower", "kush", "cannabis",
      "marijuana", "weed", "buds", "hash", "hashish", "seeds", "pre-roll", "preroll", "edibles", "gummies", "gorilla glue",
      "runtz", "haze", "skunk", "thca", "disposables", "dab", "dabs", "shatter", "live resin", "top shelf", "zaza", "exotics",
      // a strain named after gunpowder, a pheno of "AK-47", joints rolled of it
      "gunpowder og", "pheno", "phenos", "joints", "pre-rolls", "prerolls",
    ],
    es: ["semillas", "feminizadas", "marihuana", "cogollos", "cepa", "cepas", "porros"], pt: ["sementes", "maconha", "feminizadas", "flor", "prensado", "colhido"],
    fr: ["graines", "feminisees", "pre-roules", "joints", "beuh"],
    it: ["feminizzati", "feminizzate", "femminizzati", "autofiorenti", "pre-rollate", "erba"], de: ["samen", "feminisiert", "feminisierte", "gras", "bluten", "joints"],
    ru: ["семен*", "шишк*", "гашиш*", "конопл*", "марихуан*", "автоцвет*"],
    pl: ["nasiona", "marihuan*", "ziolo", "zielsko", "jointy"],
  }),
  // ---- darknet: ecstasy pills pressed with gun names ("Glock pills 200mg MDMA") ----
  ...sense("drug:pill", null, 0.85, {
    // and the presses and dies that stamp them: "Glock blue presses", "TDP-5 pill press + custom die"
    en: ["pills", "mdma", "xtc", "ecstasy", "molly", "presses", "pressed", "blues", "pill press", "tdp-5", "tablet press"], es: ["pastillas", "extasis"],
    pt: ["pilulas", "balas de mdma", "prensada", "prensadas", "ecstasy"], fr: ["cachets", "pilules", "ecstas", "ecsta", "extas"],
    it: ["pasticche", "pillole"], de: ["pillen"], ru: ["таблетк*", "экстази"], pl: ["tabletki", "tabsy"],
  }),
  // ---- darknet: other drugs, steroids and paraphernalia, ("blue bullets M30 pressed", "gym ammo Test E 250"); not cartridge loads ("28g", "carts" are shotgun cartridges in the UK) ----
  ...sense("drug:other", null, 0.85, {
    en: [
      "lsd", "blotter", "shrooms", "psilocybin", "dmt", "ketamine", "cocaine", "meth", "mdma crystals", "mephedrone", "xanax", "oxy",
      "oxycodone", "fentanyl", "fent", "percocet", "m30", "m30s", "pressies", "steroids", "test e", "test c", "testosterone", "tren",
      "trenbolone", "anavar", "dianabol", "hgh", "snuff", "snorter", "snorters", "bong", "bongs", "qp",
      "testo", "deca", "boldenone", "boldenon", "nandrolone", "nandrolon", "ugl",
      // "Bullets - 100x 2C-B 25mg", "Shotgun Lean 4oz", "microdose caps"
      "2c-b", "2cb", "lean", "promethazine", "codeine", "wockhardt", "microdose", "microdosing",
    ],
    es: ["cocaina", "perico", "esteroides", "porro"], pt: ["cocaina", "anabolizantes", "esteroides", "baseado", "escama"], fr: ["cocaine", "steroides", "beuh"],
    it: ["cocaina", "steroidi"], de: ["kokain", "koks", "steroide"], ru: ["мефедрон*", "кокаин*", "амфетамин*", "стероид*", "спайс*", "тестостерон*", "нандролон*", "болденон*"],
    pl: ["kokain*", "mefedron*", "amfetamin*", "sterydy"],
  }),
  // ---- an ammunition crate or can is named for what it held: "Caisse à munitions", "Skrzynka po amunicji", "Цинк из-под патронов" ----
  // ("caisse de munitions", "caja de munición" may be full: only the words that say "for" or "from under" are here)
  ...sense("spent:container", null, 0.8, {
    // and a powder horn or flask: "Cuerno de pólvora antiguo", "Poire à poudre", "Pulverflasche"
    en: ["powder horn", "powder flask"],
    es: ["caja para", "cajon para", "cuerno de polvora", "polvorera"], pt: ["caixa para", "polvarinho", "corno de polvora"], fr: ["caisse a", "caisses a", "boite a", "poire a poudre"],
    it: ["cassetta porta", "cassa porta", "cassetta per", "cassa per", "portamunizioni", "fiasca da polvere", "fiaschetta da polvere", "corno da polvere"], de: ["kiste fur", "kisten fur", "munitionsfach", "pulverhorn", "pulverflasche"],
    ru: ["из-под", "из под", "цинк от", "цинки от", "ящик от", "ящики от", "коробка от", "коробки от", "пороховниц*"], pl: ["prochownic*", "skrzynka po", "skrzynki po", "skrzynia po", "pudelko po", "puszka po", "puszki po"],
  }),
  // ---- a safe's drawer for rounds ("Coffre-fort 10 armes + tiroir munitions", "ammo drawer"): only the word right beside it (sense.ts);
  // "200 .223 in the drawer" are rounds ----
  ...sense("spent:drawer", null, 0.8, {
    en: ["drawer", "ammo drawer"], pt: ["gaveta"], fr: ["tiroir"], it: ["cassetto"], de: ["schublade"], pl: ["szuflad*"],
  }),
  // ---- helmets share model names with rifles: "Elmetto Adrian italiano M16", "Stahlhelm M16" ----
  ...sense("militaria:helmet", null, 0.8, {
    en: ["helmet", "helmets"], es: ["casco", "cascos"], pt: ["capacete", "capacetes"], fr: ["casque", "casques"], it: ["elmetto", "elmetti"],
    de: ["stahlhelm", "helm"], ru: ["каск*", "шлем*"], pl: ["helm", "helmy"],
  }),
  // ---- uniforms, badges, edged weapons and a soldier's keepsakes: the guns their descriptions name are their history or their
  // wearer's ("Sable de caballería ... arma de fuego", "Китель ... пулемёты", "Ryngraf ... karabinem") ----
  ...sense("militaria:item", null, 0.8, {
    en: [
      "uniform", "tunic", "cap badge", "cap badges", "badge collection", "sabre", "saber", "sword", "dagger", "dirk", "beer stein", "regimental stein",
    ],
    es: ["uniforme", "guerrera", "sable", "espada", "punal", "daga", "insignia", "insignias"],
    pt: ["farda", "fardas", "uniforme", "sabre", "espada", "punhal", "insignia", "insignias"],
    fr: ["uniforme", "vareuse", "sabre", "epee", "poignard", "dague", "insigne", "insignes"],
    it: ["uniforme", "divisa", "sciabola", "spada", "pugnale", "distintivo", "distintivi", "mostrine"],
    de: ["feldbluse", "uniform", "waffenrock", "dienstrock", "sabel", "degen", "dolch", "abzeichen", "reservistenkrug", "reservistenpfeife"],
    ru: ["китель", "кителя", "мундир*", "шашк*", "сабл*", "кортик*", "кинжал*", "нагрудн* знак*"],
    pl: ["mundur*", "szabla", "szable", "szabli", "sztylet*", "kordzik*", "odznak*", "ryngraf*"],
  }),
  // ---- depictions: a postcard, photo or painting of soldiers "with rifles", toy soldiers and figurines that carry them ----
  // They head the title and the gun comes a few words later, often after "with" (readings.ts, readDepiction); a cue elsewhere
  // ("ver fotos", "photos available") says nothing.
  ...sense("depiction:picture", null, 0.8, {
    en: [
      "postcard", "postcards", "rppc", "cdv", "photo", "photos", "photograph", "photographs", "photo album", "painting", "oil painting",
      "watercolour", "watercolor", "engraving", "lithograph", "etching", "art print",
      // paintings by their medium, prints, and plaster or bronze figures ("Oil on canvas - 'Rough shooting on the moor'")
      "oil on canvas", "oil on board", "oil on panel", "antique print", "framed print", "plaster model", "plaster figure", "bronze figure", "sculpture",
      // portraits, stamps and coins show soldiers with their rifles ("portrait au Lebel", "francobolli con soldati e moschetti")
      "portrait", "portraits", "snapshot", "snapshots", "stamp", "stamps", "coin", "coins",
    ],
    es: [
      "postal", "postales", "tarjeta postal", "foto", "fotos", "fotografia", "fotografias", "album de fotos", "cuadro", "oleo", "grabado", "litografia", "lamina",
      "oleo sobre lienzo", "oleo sobre tela", "escultura", "figura de bronce", "retrato", "retratos", "sellos", "monedas",
    ],
    pt: [
      "postal", "postais", "cartao postal", "foto", "fotos", "fotografia", "fotografias", "album de fotos", "quadro", "gravura", "litografia",
      "oleo sobre tela", "escultura", "retrato", "retratos", "selos", "moedas",
    ],
    fr: [
      "carte postale", "cartes postales", "cpa", "cpsm", "carte photo", "photo", "photos", "photographie", "album photo", "tableau", "gravure", "lithographie",
      "huile sur toile", "huile sur panneau", "estampe", "sculpture", "statuette en bronze", "portrait", "portraits", "timbres", "pieces de monnaie",
    ],
    it: [
      "cartolina", "cartoline", "foto", "fotografia", "fotografie", "album fotografico", "quadro", "dipinto", "stampa antica", "incisione", "litografia",
      "olio su tela", "olio su tavola", "stampa", "stampe", "scultura", "statua", "ritratto", "ritratti", "francobolli", "francobollo", "monete",
    ],
    de: [
      "postkarte", "ansichtskarte", "feldpostkarte", "foto", "fotos", "privatfoto*", "fotografie", "fotoalbum", "gemalde", "kupferstich", "lithographie", "lithografie",
      "ol auf leinwand", "olgemalde", "gravur", "stich", "gipsmodell", "gipsfigur", "bronzefigur", "skulptur", "portrat", "atelierfoto", "briefmarke*", "munze*",
    ],
    ru: ["открытк*", "фотооткрытк*", "фото", "фотографи*", "фотоальбом*", "картин*", "гравюр*", "литографи*", "холст", "скульптур*", "статуэтк*", "портрет*", "монет*", "значок", "значк*"],
    pl: ["pocztowk*", "kartka pocztowa", "zdjeci*", "fotografi*", "obraz", "grafik*", "litografi*", "obraz olejny", "olej na plotnie", "rzezba", "portret*", "znaczk*", "monet*"],
  }),
  ...sense("depiction:figure", null, 0.8, {
    en: [
      "lead soldiers", "tin soldiers", "toy soldiers", "lead soldier", "toy soldier", "figurine", "figurines", "elastolin", "lineol", "britains", "mignot",
      // scale model kits: "Tamiya 1/35 German 88mm Gun Flak 36/37 kit", "Revell Bausatz Panzerhaubitze"
      "tamiya", "italeri", "revell", "dragon models", "model kit", "scale model", "plastic kit", "modelkit",
    ],
    es: ["soldaditos", "soldados de plomo", "figuras de plomo", "figura de plomo", "figuritas", "maqueta", "maquetas"],
    pt: ["soldadinhos", "soldados de chumbo", "miniaturas de chumbo", "maquete", "kit de montar"],
    fr: ["soldats de plomb", "soldat de plomb", "figurine", "figurines", "maquette", "maquettes"],
    it: ["soldatini", "soldatino", "figurini", "statuetta", "statuette", "modellino", "modellini", "kit di montaggio", "modellismo"],
    de: ["zinnfigur*", "zinnsoldat*", "bleisoldat*", "bleifigur*", "massefigur*", "figuren", "elastolin", "lineol", "bausatz", "modellbausatz"],
    ru: ["солдатик*", "оловянн*", "фигурк*", "статуэтк*", "сборная модель", "сборную модель"],
    pl: ["zolnierzyk*", "figurk*", "olowian*", "model do sklejania", "modelarstwo"],
  }),
  // ---- inert ordnance: a grenade, shell or fuze that is inert, emptied or "Übung" is no gun and no replica gun ----
  ...sense("ordnance:inert", null, 0.8, {
    en: ["grenade", "grenades", "hand grenade", "mills bomb", "mortar bomb", "artillery shell", "fuze"],
    es: ["granada", "granadas", "proyectil de artilleria", "obus", "espoleta de artilleria"], pt: ["granada", "granadas", "obus", "granada de mao"],
    fr: ["grenade", "grenades", "obus", "allumeur"], it: ["granata", "granate", "bomba a mano", "proietto", "spoletta"],
    de: ["granate", "handgranate", "stielhandgranate", "eihandgranate", "eierhandgranate", "ubungsgranate", "morsergranate", "zunder"],
    ru: ["гранат*", "снаряд*", "запал*"], pl: ["granat*", "pocisk artyleryjski"],
  }),
  // ---- the parts of a named gun: "Cerrojo Springfield 1903", "Magazin P08", "Магазин к Парабеллуму", "Nagant M1895 frame" (readings.ts) ----
  ...sense("part:of", null, 0.8, {
    en: ["magazine", "mag", "bolt", "barrel", "frame", "cylinder", "receiver"],
    // barrels by their word ("Cano de substituição para a Browning Maxus", "Canna per Beretta A400")
    es: ["cargador", "cerrojo", "armazon", "tambor", "corredera", "canon"], pt: ["carregador", "ferrolho", "armacao", "tambor", "pente", "cano"],
    fr: ["chargeur", "culasse", "carcasse", "barillet", "canon"], it: ["caricatore", "caricatori", "otturatore", "fusto", "tamburo", "carrello", "canna"],
    de: ["magazin", "verschluss", "lauf", "griffstuck", "trommel", "systemkasten"], ru: ["магазин*", "затвор*", "ствол*", "рамк*", "барабан*"],
    pl: ["magazynek", "magazynk*", "zamek", "lufa", "szkielet", "beben"],
  }),
  // ---- a cartridge said to be live is ammunition, however weak its word: "Cartuchos vivos", "Patrone scharf", "патрон боевой" (readings.ts, livesOf) ----
  // (a negated "inert" is no inert: "non inerte", "NOT inert" negate the replica cue, sense.ts)
  ...sense("live:round", null, 0.7, {
    en: ["live", "unfired"], es: ["vivo", "vivos", "viva", "vivas", "activo", "activos", "activa", "activas"],
    pt: ["ativo", "ativos", "ativa", "ativas", "carregado", "carregados"], fr: ["active", "actives", "actif", "actifs"],
    it: ["carica", "cariche", "attiva", "attive"], de: ["scharf", "scharfe", "scharfen", "unverschossen*"], ru: ["боев*"], pl: ["ostr*"],
  }),
  // ---- shapes: "tipo pistola", "pistol-shaped", "в форме пистолета" ----
  ...sense("shape:shape", null, 0.75, {
    en: ["shaped", "shape", "style"], es: ["tipo", "forma"], pt: ["tipo", "formato", "forma"], fr: ["forme"],
    it: ["forma", "tipo"], de: ["pistolenform"], ru: ["форме", "виде"], pl: ["ksztalcie", "typu"],
  }),
];
