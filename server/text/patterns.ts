/**
 * Regular-expression patterns over the normalised text for what a word list cannot enumerate:
 * calibers (9mm, 5.56x45, .45 acp, 12 gauge), round counts, magazine capacities, "80% lower".
 * Compiled once. Numbers alone never match: ".308" needs its dot or a suffix ("308 win"), so a
 * Peugeot 308, the year 1911, "$5.56" or "9 month" stay innocent.
 */
import type { Category } from "@/server/taxonomy";

export interface PatternSpec {
  id: string;
  category: Category;
  weight: number;
  regex: RegExp;
  /** Dropped when a longer hit contains it ("30 rounds" inside "30 round magazine"). */
  generic?: boolean;
}

const B = String.raw`(?<![\p{L}\p{N}])`; // start of a word
const E = String.raw`(?![\p{L}\p{N}])`; // end of a word
const NOT_NUMBER_BEFORE = String.raw`(?<![\p{L}\p{N}$€£.,])`;
const DEC = String.raw`[.,]`;
const X = String.raw`\s?[x×*х]\s?`; // х: Cyrillic

function p(id: string, category: Category, weight: number, source: string, generic = false): PatternSpec {
  return { id, category, weight, regex: new RegExp(source, "gu"), ...(generic ? { generic } : {}) };
}

/** Magazine words and round words for capacities written out ("cargador de 15 tiros", "Magazin 10 Schuss", "magazynek 30 nab."). */
const MAG = String.raw`(?:mags?|magazines?|magazin(?:e|en|es)?|magazynk\p{L}*|magazynek|cargador(?:es)?|chargeurs?|carregador(?:es)?|caricator[ei]|магазин\p{L}*)`;
const ROUNDS = String.raw`(?:rounds?|rds?|rnds?|shots?|schuss|schusse|colpi|coups|cps|cartouches|tiros|cartuchos|balas|nab|naboi|nabojow|патрон\p{L}*|выстрел\p{L}*)`;

/** Measurements that make "9mm" a thickness, a drill bit or a dimension, not a caliber. */
const NOT_MEASUREMENT = String.raw`(?!\s?(?:thick|wide|long|deep|diameter|dia|drill|socket|wrench|spanner|bit|hex|allen|bolt|screw|nut|thread|pipe|tube|hose|cable|wire|led|lens|film|plywood|board|sheet|rod|bar|x\s?\d))`;

export const PATTERNS: readonly PatternSpec[] = [
  // calibers: metric
  // (not the decimals of another caliber: "7,9mm Mauser", "5.9 mm")
  p("caliber:9mm", "ammunition", 0.6, `${B}(?<!\\d[.,])(?<!(?:x|size|sz|width|thickness)\\s?)9\\s?(?:mm|мм)(?:\\s?(?:luger|parabellum|para|nato|ammo|fmj|jhp|pistol|handgun|парабеллум|люгер))?${E}${NOT_MEASUREMENT}`),
  p("caliber:10mm", "ammunition", 0.6, `${B}10\\s?mm\\s?(?:auto|ammo|fmj|jhp|pistol|handgun|glock)${E}`),
  p("caliber:9x19", "ammunition", 0.7, `${B}9${X}(?:19|18|21)(?:\\s?mm)?${E}`),
  p("caliber:5.56x45", "ammunition", 0.7, `${B}5${DEC}56(?:${X}45|\\s?(?:mm|nato))${E}`),
  p("caliber:7.62x39", "ammunition", 0.7, `${B}7${DEC}62(?:${X}(?:39|51|54r?|25)|\\s?(?:nato|mm))${E}`),
  p("caliber:5.45x39", "ammunition", 0.7, `${B}5${DEC}45${X}39${E}`),
  p("caliber:metric-rifle", "ammunition", 0.7, `${B}(?:6${DEC}5${X}55|8${X}57(?:\\s?(?:js|is))?|7${X}64|7${X}57|5${DEC}7${X}28|4${DEC}6${X}30|12${DEC}7${X}(?:99|108)|14${DEC}5${X}114|6${DEC}5${X}47)${E}`),
  // European hunting calibers, written with a decimal or a rim letter so a screw size ("8x60") stays a screw: "9,3x62", "7x65R", "8x68S"
  p("caliber:metric-hunting", "ammunition", 0.7, `${B}(?:9${DEC}3${X}(?:62|64|72\\s?r|74\\s?r)|6${DEC}5${X}(?:57\\s?r?|65\\s?r?|68\\s?r?|54)|5${DEC}6${X}(?:50\\s?r?|52\\s?r|57\\s?r?)|7${X}65\\s?r|7${DEC}5${X}55|7${DEC}92${X}57|8${X}(?:57\\s?(?:irs|jrs|ir|jr)|68\\s?s|60\\s?s|75\\s?rs|56\\s?r)|6${X}62\\s?r)${E}`),
  // old service calibers named for their rifle or revolver, collected one cartridge at a time: "8mm Lebel", "6,5 Carcano", "11mm Gras",
  // "10,35 Vetterli", "7,62 Nagant", "7,63 Mauser", "12mm Lefaucheux" (pinfire), ".303 British" (the name in them is the caliber's: field-hits.ts)
  p("caliber:named-service", "ammunition", 0.7, `${B}(?:8\\s?(?:mm|мм)\\s?(?:lebel|mauser|kropatschek|mannlicher|steyr|roth|nambu|gasser)|6${DEC}5\\s?(?:mm\\s?)?(?:carcano|mannlicher|arisaka|swedish)|6${DEC}5${X}52(?:\\s?carcano)?|11\\s?(?:mm|мм)\\s?(?:gras|remington|mauser|chassepot|vetterli|comblain|beaumont)|10${DEC}(?:35|4)\\s?(?:mm\\s?)?vetterli|7${DEC}62\\s?(?:mm\\s?|мм\\s?)?(?:nagant|наган\\p{L}*)|7${DEC}63\\s?(?:mm\\s?|мм\\s?)?(?:mauser|маузер\\p{L}*)|7${DEC}65\\s?(?:mm\\s?)?(?:mauser|argentin\\p{L}*)|7${DEC}92\\s?(?:mm\\s?)?mauser|7${DEC}5\\s?(?:mm\\s?)?(?:schmidt-rubin|gp11|mas)|(?:5|7|9|12|15)\\s?mm\\s?(?:lefaucheux|pinfire)|\\.?303\\s?brit(?:ish)?)${E}`),
  p("caliber:6.5-creedmoor", "ammunition", 0.75, `${B}6${DEC}5\\s?(?:mm\\s?)?(?:creedmoor|creed|cm|grendel|prc)${E}`),
  p("caliber:6.8-spc", "ammunition", 0.7, `${B}6${DEC}8\\s?(?:spc|mm\\s?spc)${E}`),
  p("caliber:7mm-rem-mag", "ammunition", 0.7, `${B}7\\s?mm(?:\\s?(?:rem|remington)\\s?(?:mag|magnum)|-08|\\s?prc|\\s?mauser)${E}`),
  // calibers: inch with a leading dot (".45", ".22lr") or a suffix ("45 acp", "308 win")
  p("caliber:dotted", "ammunition", 0.5, `${NOT_NUMBER_BEFORE}\\.(?:17|22|223|243|25|270|30|300|303|308|32|338|35|357|366|38|380|40|410|44|45|450|454|458|50|500)(?:-06|-30|-70)?(?:\\s?(?:tkm|ткм|lr|l\\.r\\.|long rifle|wmr|hmr|acp|auto|s&w|sw|special|spl|spc|mag|magnum|win|winchester|rem|remington|wsm|bmg|blackout|blk|aac|nato|colt|creedmoor|lapua|cal|caliber|calibre|gap|super|ae|grendel|wylde|h&h))?${E}`),
  p("caliber:suffixed", "ammunition", 0.7, `${B}(?:22\\s?(?:lr|wmr|long rifle|magnum)|17\\s?hmr|223\\s?(?:rem|remington|wylde)|243\\s?win|270\\s?win|308\\s?(?:win|winchester)|300\\s?(?:blk|blackout|aac|win mag|wsm|prc)|30\\s?-?\\s?06(?:\\s?springfield)?|30\\s?-\\s?30(?:\\s?win)?|338\\s?lapua|45\\s?-\\s?70|50\\s?bmg|(?:25|32|380|45)\\s?acp|380\\s?auto|40\\s?(?:s&w|sw)|38\\s?(?:special|spl)|357\\s?(?:mag|magnum|sig)|44\\s?(?:mag|magnum)|45\\s?(?:colt|gap|auto)|410\\s?bore|315\\s?bore)${E}(?![-/.]\\d)`),
  p("caliber:cal", "ammunition", 0.6, `${B}(?:22|223|25|30|308|32|38|357|380|40|44|45|50)\\s?(?:cal|caliber|calibre|kaliber|calibro)${E}`),
  // the word first, as Portuguese, Spanish, Italian and Russian write it: "Cal 38 cano curto", "calibre .22", "калибр 12"
  // a size range is a sausage casing's or a hose's caliber ("Kaliber 32/34", "calibre 36/38"); a shell length is a shotgun's ("cal. 12/70")
  p("caliber:cal-first", "ammunition", 0.6, `${B}(?:cal|calibre|caliber|kaliber|calibro|калибр|кал)\\.?\\s?\\.?(?:22|223|25|30|308|32|38|357|380|40|44|45|50|12|16|20)${E}(?![.,]\\d|\\/(?!(?:65|67|70|76|89)${E})\\d)`),
  p("caliber:gauge", "ammunition", 0.6, `${B}(?:10|12|16|20|28)\\s?-?\\s?(?:gauge|ga|gage|bore)${E}|${B}\\.?410\\s?(?:gauge|ga)${E}|${B}(?:12|16|20)\\s?(?:калибр|кал|kaliber|calibre|calibro|cal)${E}|${B}(?:12|16|20|28)\\/(?:65|67|70|76|89)${E}`),
  // the caliber in words, as sellers write it to pass a filter: "nueve milímetros", "calibro nove", "девять миллиметров"
  // ("nueve mil", "nove mil" are nine thousand: only English says "nine mil")
  p("caliber:9mm-in-words", "ammunition", 0.6, `${B}nine\\s?-?\\s?mil${E}|${B}(?:nine|nueve|nove|neuf|neun|девять|dziewiec)\\s?-?\\s?(?:mm|millimeters?|millimetres?|milimetros?|millimetri|milimetr\\p{L}*|миллиметр\\p{L}*|мм)${E}|${B}(?:calibre|calibro|caliber|kaliber|калибр)\\s(?:nine|nueve|nove|neuf|neun|девять|dziewiec)${E}`),
  p("caliber:7.65", "ammunition", 0.7, `${B}7${DEC}65\\s?(?:mm\\s?)?(?:browning|br|para|parabellum|x17|x21|x25|x53|x54)${E}|${B}(?:cal|calibre|caliber|kaliber|calibro|калибр|кал)\\.?\\s?7${DEC}65${E}(?![.,]\\d)`),
  // quantities
  // rounds and cartridges in the thousands may be grouped ("1.000 cartuchos", "1,000 rounds"); shots in the thousands are a camera's
  // shutter count or a used gun's history ("Canon 7D - 30.000 disparos"), and the tail of a grouped number ("000 disparos") counts nothing
  p("ammo:round-count", "ammunition", 0.6, `${B}(?<!\\d[.,])(?:(?:\\d{1,3}[.,]\\d{3}|\\d{2,4})\\s?-?\\s?(?:rounds?|rds?|rnds?|cartridges|shells|shotshells|патронов|naboi|nabojow|cartouches|cartuchos|munizioni)|\\d{2,4}\\s?-?\\s?(?:schuss|colpi|tiros|disparos|coups|strzalow|выстрелов))${E}`, true),
  p("ammo:box-of", "ammunition", 0.3, `${B}box(?:es)?\\s?of\\s?\\d{2,4}${E}`, true),
  p("ammo:grain", "ammunition", 0.5, `${B}\\d{2,3}\\s?(?:gr|grain|grains)\\s?(?:fmj|jhp|hp|sp|bthp|hollow|soft|ammo|rounds?|bullets?|v-max|vmax|eld)${E}`),
  // lead shot by size, sold loose for reloading shotshells: "Дробь 3мм 5кг", "дробь №5", "śrut nr 7", "Schrot 2,5mm" (a fraction, "дробь 3/4", has no size)
  p("ammo:shot-size", "ammunition", 0.7, `${B}(?:дробь|дроби|srut|schrot)\\s?(?:(?:no|nr|n)\\.?\\s?\\d{1,2}|\\d(?:[.,]\\d{1,2})?\\s?(?:mm|мм))${E}`),
  p("part:capacity-magazine", "firearm_part", 0.85, `${B}\\d{1,3}\\s?-?\\s?(?:rounds?|rds?|rnds?|shot)\\s?-?\\s?(?:mag|mags|magazines?|drums?|clips?|sticks?|pmags?)${E}`),
  // the same in the other languages, either way round: "magazynki 30 nab.", "cargador de 15 tiros", "Magazin 10 Schuss",
  // "магазин на 8 патронов", "30-Schuss-Magazin"; German counts with "-er": "10er Magazin", "Magazine 10er"; one describing word
  // may stand before the count ("caricatore originale da 7 colpi")
  p("part:capacity-magazine-words", "firearm_part", 0.85, `${B}(?:${MAG}\\s?(?:\\p{L}{3,14}\\s)?(?:(?:de|da|a|na|на|for|per|fur|mit|von|do|on)\\s)?\\d{1,3}\\s?-?\\s?${ROUNDS}|\\d{1,3}\\s?-?\\s?${ROUNDS}\\s?-?\\s?${MAG}|\\d{1,3}er\\s?-?\\s?magazin(?:e|en)?|magazin(?:e|en)?\\s?\\d{1,3}er)${E}`),
  // "Cargadores AK 30 tiros", "AR-15 mags", "магазины АК": magazines named for the rifle they fit
  p("part:rifle-magazine", "firearm_part", 0.8, `${B}(?:(?:ak|ar|akm|ак)\\s?-?\\s?(?:47|74|15|10)?\\s?(?:mags?|magazines?|cargadores?|chargeurs?|carregadores?|caricatori|magazin(?:e|es)?|магазин\\p{L}*|magazyn(?:ek|k\\p{L}*))|(?:mags?|magazines?|cargadores?|chargeurs?|carregadores?|caricatori|magazin(?:e|es)?|магазин\\p{L}*|magazyn(?:ek|k\\p{L}*))\\s?(?:de\\s|para\\s|pour\\s|per\\s|für\\s|fur\\s|для\\s|do\\s)?(?:ak|ar|akm|ак)(?:\\s?-?\\s?(?:47|74|15|10))?)${E}`),
  // air-gun calibers: count as airsoft_paintball, and read the pistol or rifle next to them as an air gun
  p("airgun:caliber", "airsoft_paintball", 0.5, `${B}(?:4${DEC}5|5${DEC}5)\\s?mm${E}|${NOT_NUMBER_BEFORE}\\.177${E}`),
  // auto sears for Glocks, named the other way round or in other languages: "switch per Glock", "switches for glocks"
  p("part:glock-switch", "firearm_part", 0.95, `${B}(?:glock\\s?(?:auto\\s?)?switch(?:es|s)?|switch(?:es|s)?\\s(?:for|per|para|pour|für|fur|do|dla|для)\\s(?:a\\s|an\\s|la\\s|el\\s|le\\s)?glocks?)${E}`),
  // the same unfinished frames in other languages, and named frame-first: "Armazón 80% + jig", "Fusto 80% + dima", "Lower 80% + przyrząd",
  // "Polímero 80" (not "frames 80% off", "Rahmen", "telaio": glasses and bicycles)
  p("part:80-frame", "firearm_part", 0.95, `${B}(?:80\\s?(?:%|por ciento|pour cent|per cento|prozent|procent)\\s?(?:armazon(?:es)?|armacao|armacoes|carcasse|fusto|szkielet|griffstuck|рамк[аи])|(?:armazon(?:es)?|armacao|fusto|griffstuck|lowers?|receivers?)\\s?80\\s?(?:%|percent|por ciento|pour cent|per cento|prozent|procent)|polimero\\s?80)${E}`),
  p("part:80-lower", "firearm_part", 0.95, `${B}80\\s?(?:%|percent|pct|per cent)\\s?(?:ar-?\\s?15\\s?|ar-?\\s?10\\s?|glock\\s?|pistol\\s?)?(?:lowers?|receivers?|frames?|jigs?|builds?|kits?)${E}`),
  // models written with numbers
  p("model:glock-number", "firearm", 0.95, `${B}glock\\s?-?\\s?(?:model\\s?)?(?:17|19|19x|20|21|22|23|26|27|29|30|34|36|40|41|42|43|43x|44|45|47|48)(?:\\s?gen\\s?\\d)?${E}`),
  p("model:g-number", "firearm", 0.5, `${B}g(?:17|19|19x|20|21|22|23|26|27|29|30|34|35|36|40|42|43|43x|45|47|48)(?:\\s?gen\\s?\\d)?${E}`),
  // Russian and Czech numbered models: ТОЗ-34, ИЖ-27, ВПО-136, Сайга-410, Вепрь-12, vz. 58
  p("model:numbered", "firearm", 0.85, `${B}(?:тоз|toz|иж|izh|впо|vpo|мц|сайга|saiga|вепрь|vepr)\\s?-?\\s?\\d{1,3}(?:\\p{L}{1,3})?${E}|${B}vz\\.?\\s?(?:24|26|52|58|61|82|83)${E}`),
  p("model:ak-ar", "firearm", 0.9, `${B}(?:ak|ar|akm|aks)\\s?-\\s?(?:47|74|15|10|12|103|104|105)${E}`),
];
