/**
 * What a sentence says of the gun it names, when the words that say it stand too far from the gun for the clause rules.
 *
 * Denied: a gun named in one place and denied later in the same sentence: "Karabinek, który wisi w gabinecie na jednym ze zdjęć, jest
 * już sprzedany", "Das KK-Gewehr, das auf einem Foto an der Wand hängt, ist schon weg", "la carabina Flobert che si vede appesa
 * in studio: è già venduta", "the 30-30 on the wall in the photo, it stays with me". The clause rules (sense.ts, notIncluded)
 * read a denial only a few words after the gun; a relative clause, a colon or a pronoun puts it further away.
 *
 * The sentence must deny and nothing else in it may sell: once the denial itself is taken out, a sale verb, "included", a price,
 * "separately" or "only to" keeps the gun counting ("The Beretta isn't for sale separately, only with the safe"), and so does a
 * "but" between the gun and the denial ("the Beretta stays with me but the Browning goes"; "Beretta 686, but the case is not for
 * sale"), unless what follows it only points back at the same gun ("ma l'arma non c'entra").
 *
 * Affirmed: "la escopeta que ven en la foto también va", "die Flinte ist auch dabei": the gun is sold, whatever accessory, safe
 * or title it is named beside (analyse-text.ts lets no sense reading or title context take it).
 */

/** Denials of a sale, said of the gun the sentence names (lower case, accents stripped). */
const DENIALS = [
  // the sale named after "part of": listed before the shorter phrases (the first alternative that matches wins), so that the
  // sale word left over is no sale ("nie wchodzą w skład sprzedaży", "ne fait pas partie de la vente")
  "not part of the sale", "nicht teil des verkaufs", "ne fait pas partie de la vente", "ne font pas partie de la vente",
  "no forma parte de la venta", "no forman parte de la venta", "non fa parte della vendita", "non fanno parte della vendita",
  "nao faz parte da venda", "nao fazem parte da venda", "nie wchodzi w sklad sprzedazy", "nie wchodza w sklad sprzedazy",
  "не входит в продажу", "не входят в продажу",
  // the seller takes them along, or the buyer brings their own
  "taking them with me", "take it with me", "nehme ich mit", "je les emmene", "je l'emmene", "me los llevo", "me la llevo",
  "me lo llevo", "me li porto", "me la porto", "levo comigo", "zabieram ze soba", "забираю с собой", "bring your own",
  "chacun vient avec son", "chacun vient avec sa", "chacun apporte son", "cada uno trae su", "cada cual trae su", "cada um traz a sua",
  "cada um traz o seu", "jeder bringt seine", "jeder bringt sein", "ognuno porta il suo", "ognuno porta la sua",
  "kazdy przychodzi ze swoja", "kazdy przynosi swoja", "каждый со своим",
  // nothing else is sold
  "sell nothing else", "ne vends rien d'autre", "verkaufe nichts anderes", "no vendo nada mas", "nao vendo mais nada",
  "non vendo altro", "nic innego nie sprzedaje", "больше ничего не продаю", "keine verkaufen", "all sold off", "were all sold",
  // en
  "not for sale", "isn't for sale", "isnt for sale", "aren't for sale", "not included", "isn't included", "not part of", "stays with me",
  "staying with me", "stay with me", "i'm keeping", "im keeping", "i am keeping", "already sold", "already gone", "has been sold",
  "have been sold", "not selling", "won't sell", "wont sell", "not in the sale",
  // it goes to someone else, or was handed in: "my brother already claimed it so it is going to him", "it goes to my nephew"
  "already claimed", "goes to my", "going to my", "is going to him", "is going to her", "was handed in", "were handed in",
  "there are none", "there is none", "was donated", "were donated", "do not still have", "don't still have", "went to a neighbor",
  "went to my", "took those",
  // fr
  "pas a vendre", "pas en vente", "deja vendu", "reste avec moi", "reste chez moi", "je la garde", "je le garde", "je les garde",
  "pas inclus", "non inclus", "ne fait pas partie", "ne font pas partie", "pas compris", "n'en vends aucun", "ne vends pas", "ne la vends pas",
  "ne le vends pas", "ne part pas", "ne partent pas", "reste dans la famille", "restent dans la famille", "a ete vendu", "ont ete vendu",
  "a ete remis", "ont ete remis", "remis a la gendarmerie", "partent avec nous", "part avec nous", "partent avec moi",
  // de
  "nicht zu verkaufen", "nicht zum verkauf", "nicht im verkauf", "nicht verkauft", "nicht dabei", "nicht enthalten", "nicht inklusive",
  "behalte ich", "bleibt bei mir", "schon weg", "bereits weg", "schon verkauft", "bereits verkauft", "gehort nicht", "verkaufe ich nicht",
  "nicht teil", "bleibt hier", "bleiben hier", "bleibt naturlich hier", "bleiben naturlich hier", "gibt es nicht mehr", "verkauft er nicht",
  "verkauft er naturlich nicht", "geht an meinen", "gehen an meinen", "musste abgegeben werden", "wurde abgegeben",
  "verkaufe ich hier nicht", "nicht hier dabei", "ubergegangen", "wurden ubergeben",
  // es
  "no esta a la venta", "no estan a la venta", "no esta en venta", "no se vende", "no se venden", "no la vendo", "no lo vendo",
  "no los vendo", "no las vendo", "ya se vendio", "ya la vendi", "ya lo vendi", "ya esta vendid", "ya fue vendid", "me la quedo",
  "me lo quedo", "me los quedo", "me las quedo", "no se incluye", "no se incluyen", "no esta incluid", "no entra", "no forma parte", "no vendo",
  "se queda conmigo", "se quedan conmigo", "sigue en casa", "no se toca", "se entrego", "se entregaron", "nunca he tenido armas",
  // pt
  "nao esta a venda", "nao estao a venda", "nao vai ser vendid", "nao sera vendid", "nao se vende", "ja foi vendid", "ja a vendi",
  "ja o vendi", "fica comigo", "ficam comigo", "nao vendo", "nao faz parte", "nao fazem parte", "nao esta incluid", "nao vai no lote",
  "nao vao no lote", "nao entra", "nao vao junto", "nao vai junto", "sao minhas", "sao meus", "foi entregue", "foram entregues",
  "ficou com meu", "ficou com o meu", "ficou com a minha", "ficaram com meu", "ficaram com o meu",
  // it
  "non e in vendita", "non sono in vendita", "non la vendo", "non lo vendo", "non li vendo", "gia venduta", "gia venduto",
  "gia venduti", "la tengo", "lo tengo", "li tengo", "resta a me", "restano a me", "rimane a me", "non e compres", "non sono compres",
  "non e inclus", "non sono inclus", "non fa parte", "non fanno parte", "non c'entra", "non si vende", "non vendo",
  "fu consegnat", "e stato consegnat", "e stata consegnat", "li ha presi", "le ha prese", "l'ha preso", "l'ha presa", "li ha avuti",
  "le ha avute", "li tiene", "non l'ho mai avuto", "lo ha restituito", "la ha restituita", "l'ho venduto",
  "l'ho venduta", "li ho venduti", "le ho vendute", "sono state vendute", "sono stati venduti", "e stato venduto", "e stata venduta",
  // pl
  "nie jest na sprzedaz", "nie sa na sprzedaz", "nie na sprzedaz", "juz sprzedan", "zostaje u mnie", "zostaja u mnie",
  "zostawiam sobie", "nie wchodzi w sklad", "nie wchodza w sklad", "nie jest w zestawie", "nie jest czescia", "nie sprzedaje",
  "sprzedal przez", "sprzedala przez", "sprzedalismy przez",
  // ru
  "не продается", "не продаются", "не продаю", "уже продан", "уже ушл", "оставляю себе", "остается у меня", "не входит", "не входят",
  "не продаем", "его нет", "его нема", "их нет", "там нет", "тут нет", "сдал в полицию", "сдали в полицию", "давно продан",
  "продал через магазин", "продали через магазин", "патронов не осталось", "глока нет",
  // the seller has none, it is elsewhere, someone else kept it: "NO tengo escopetas para vender", "on ne le vend PAS", "tu jej nie ma"
  "no tengo", "nao tenho", "non ho", "je n'ai pas", "i don't have", "i dont have", "ich habe keine", "nie mam", "у меня нет",
  "ne le vend pas", "ne la vend pas", "ne les vend pas", "ne le vendons pas", "ne les vendons pas", "jej nie ma", "go nie ma", "ich nie ma",
  "se las quedo", "se la quedo", "se lo quedo", "se los quedo", "depose a la gendarmerie", "deposee a la gendarmerie",
];
const DENIAL = phrases(DENIALS);
/**
 * Phrases that say neither a denial nor a sale, though they start like one: "que no tengo para qué quedármelas" (no reason to keep
 * them), "Me preguntan mucho si vendo escopetas o rifles: no" (asks whether it is sold). Blanked before a sentence is read.
 */
const SAYS_NEITHER = new RegExp(phrases([
  "no tengo para que", "no tengo por que", "no tengo prisa", "no tengo problema", "nao tenho pressa", "nao tenho problema", "non ho fretta",
  "non ho problemi", "i don't have time", "i dont have time", "i don't have room", "i dont have room", "je n'ai pas le temps",
  "je n'ai pas la place", "si vendo", "si vendemos", "if i sell", "if we sell", "if i have", "if we have", "si je vends", "si on vend",
  "se vendo", "se vendiamo", "ob ich", "ob wir", "czy sprzedaje", "czy jest", "продаю ли", "есть ли",
]).source, "gu");
/** The same, global, for matchAll and replace (which never keep its lastIndex between calls). */
const EVERY_DENIAL = new RegExp(DENIAL.source, "gu");

/** What still sells once the denial is taken out: a sale verb, an inclusion, a price, "separately", "only to/with". */
const STILL_SELLS =
  /(?<!\p{L})(?:sell|selling|for sale|vend[oe](?!r)|vends|verkauf|sprzeda|прода|cedo|includ|inclu|inklusive|compris|compres|dabei|w komplecie|w zestawie|в комплекте|va junto|vai junto|goes|idzie|отдам|separately|einzeln|separement|por separado|separadamente|a parte|osobno|отдельно|only (?:to|with)|nur (?:an|mit)|solo (?:a|con) |apenas (?:a|com) |tylko (?:z|dla)|только (?:с|для))|[$€£₽]\s?\d|\d\s?(?:[$€£₽]|zl\b|zł|руб|eur\b|euro)/iu;
/** "But" between the gun and the denial: the denial is another gun's. */
const BUT = /(?<!\p{L})(?:but|aber|mais|pero|ma|mas|ale|но|however|jedoch|sin embargo|otherwise|sonst|sinon|altrimenti|inaczej|иначе)(?!\p{L})/u;
/**
 * ... unless what follows "but" only points back at the same gun: "un fucile solo per le misure, ma l'arma non c'entra", "salen
 * mis rifles, pero las armas no se incluyen", "mais le fusil, non, il reste avec moi".
 */
const BACK_REFERENCE = new Set([
  "the", "it", "they", "them", "gun", "guns", "weapon", "weapons", "rifle", "rifles", "shotgun", "shotguns",
  "l", "la", "le", "les", "il", "elle", "ils", "elles", "arme", "armes", "fusil", "fusils", "carabine", "non",
  "el", "los", "las", "ella", "ellas", "arma", "armas", "escopeta", "escopetas", "no",
  "o", "a", "os", "as", "ela", "elas", "espingarda", "espingardas", "nao",
  "lo", "gli", "i", "armi", "fucile", "fucili", "carabina",
  "der", "die", "das", "es", "sie", "er", "waffe", "waffen", "flinte", "flinten", "gewehr", "gewehre", "nicht",
  "ona", "ono", "one", "bron", "strzelba", "sztucer", "nie",
  "оно", "она", "он", "они", "оружие", "ружье", "ружья", "карабин", "не",
  // a reassurance before the denial: "ma non vi preoccupate che non sono in vendita", "but don't worry, they're not for sale"
  "don", "dont", "worry", "vi", "preoccupate", "preoccupatevi", "che", "preocupe", "preocupen", "que", "preocupes", "inquietez", "vous", "pas",
  "keine", "sorge", "sorgen", "martw", "martwcie", "волнуйтесь", "что",
]);
function butBetween(text: string): boolean {
  const m = BUT.exec(text);
  if (!m) return false;
  const after = text.slice(m.index + m[0].length).split(/[^\p{L}]+/u).filter(Boolean);
  return after.length > 4 || !after.every((w) => BACK_REFERENCE.has(w));
}

/**
 * "Also goes" said of the gun the sentence names: "La escopeta que ven en la foto también va", "die Flinte ist auch dabei",
 * "Re the hammer gun in the picture: yes it's included", "ружьё тоже отдам вместе с сейфом". Only with "also", "too" or "yes", or
 * naming the sale itself ("compris dans la vente"): a bare "w komplecie" or "in the lot" lists an accessory's own parts as often.
 */
const AFFIRMATIONS = [
  "yes it's included", "yes its included", "yes it is included", "also included", "is included too", "goes too", "also goes",
  "goes with it too", "also selling", "also for sale", "can go too",
  "tambien va", "tambien van", "tambien entra", "tambien entran", "tambem entra", "tambem entram", "tambien la vendo", "tambien lo vendo", "tambien la vendemos", "tambien lo vendemos",
  "tambem vai", "tambem vao", "tambem vendo", "vai junto", "vao junto", "van junto", "va junto",
  "va aussi", "vont aussi", "part aussi", "partent aussi", "est aussi inclus", "aussi inclus", "je la vends aussi", "je le vends aussi",
  "va anche", "vanno anche", "e compreso anche", "vendo anche",
  "ist auch dabei", "sind auch dabei", "auch mit dabei", "gibt es auch dazu", "verkaufe ich auch", "geht auch mit", "lege ich dazu", "lege ich gerne dazu", "gebe ich dazu",
  "tez idzie", "tez ida", "rowniez idzie", "tez sprzedam", "tez sprzedaje",
  // included in the sale itself: "Les deux fusils qu'on voit dedans sont compris dans la vente", "c'è una canna di ricambio ed è compresa"
  "compris dans la vente", "inclus dans la vente", "included in the sale", "incluidas en la venta", "incluida en la venta",
  "incluido en la venta", "incluidos en la venta", "incluida na venda", "incluido na venda", "e compresa", "e compreso", "sono compresi",
  "im verkauf enthalten", "im preis enthalten",
  "тоже отдам", "тоже продам", "тоже продаю", "тоже идет", "тоже идут",
];
const AFFIRMATION = phrases(AFFIRMATIONS);
const EVERY_AFFIRMATION = new RegExp(AFFIRMATION.source, "gu");

// (ł has no decomposition: "skład" → "sklad"; every mapping keeps one character per character, so offsets stay aligned)
export const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ł/g, "l").replace(/[’‘`´]/g, "'");
function phrases(list: string[]): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${list.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "u");
}

/** Words that give what a sentence names to the buyer: "comes with", "thrown in", "je les cède avec", "dołożę", "отдам покупателю". */
const GIVES =
  /(?<!\p{L})(?:comes? with|coming with|thrown? in|throw in|bonus|dorzuc|doloz|dokladam|cede|cedo|lascio|dejo dentro|te dejo|le dejo|les dejo|os dejo|lo dejo|la dejo|los dejo|las dejo|deixo|oddam|отдам|отдать|в подарок|viene con|vienen con|vem com|vient avec|kommt mit|offerts? avec|offertes? avec|sont offert|buyer|new owner|comprador|nuevo dueno|novo dono|acheteur|acquirente|nuovo proprietario|kaufer|neuen besitzer|kupujac|nowemu wlascicielowi|nowego wlasciciela|покупател|новому владельцу)/u;
/** Words that offer besides those and STILL_SELLS: "available", "extra", "free", a gift. */
const OFFERS_TOO = /(?<!\p{L})(?:available|extra|free|gratis|regal|brinde|offert|omaggio|geschenkt|dazu|disponible|disponivel|disponibile|verfugbar|dostepn|в наличии|подар)/u;
/** Brackets: what one says is said of what it holds ("(montage inclus dans la vente)" offers the mount, not the gun before it). */
const BRACKETS = /\([^()]*\)/g;

/** The sentence as it speaks of the hit at `start`: brackets that do not hold it and denials blanked. */
const unsaid = (original: string, s: Sentence, start: number) => outsideBrackets(read(original, s).folded, start - s.a).replace(EVERY_DENIAL, " ");

/**
 * Whether the sentence holding original[start] offers anything: a sale verb, an inclusion, a price, "comes with", "available", a
 * gift or an affirmation, outside brackets that do not hold the hit.
 */
export function offeredInSentence(original: string, start: number): boolean {
  const s = find(original, start);
  // (a denial is no offer: "un Beretta DT11 che però non vendo")
  const folded = unsaid(original, s, start);
  return STILL_SELLS.test(folded) || GIVES.test(folded) || OFFERS_TOO.test(folded) || AFFIRMATION.test(folded);
}

/** Whether the sentence holding original[start] gives what it names to the buyer (GIVES), outside brackets and denials. */
export function givenInSentence(original: string, start: number): boolean {
  const s = find(original, start);
  return GIVES.test(unsaid(original, s, start));
}
/** The sentence with every bracket that does not hold offset `at` blanked (offsets kept). */
const outsideBrackets = (folded: string, at: number) =>
  folded.replace(BRACKETS, (m, i: number) => (at >= i && at < i + m.length ? m : " ".repeat(m.length)));

/** "People keep asking about the rifle", "люди спрашивают за ружьё", "Kilka osób pytało o broń taty": what buyers ask after is not offered by that. */
const ASKED =
  /(?<!\p{L})(?:asked about|asking about|keep asking|asked me about|stop asking|messages? me|me han preguntado|me preguntan|preguntado por|preguntan por|perguntaram|perguntam pel|perguntam pela|perguntam pelo|me demandent|m'ont demande|mi chiedono|mi hanno chiesto|fragen nach|gefragt nach|nachgefragt|pytali o|pytalo o|pytaja o|pyta o|спрашивают|спрашивали|спросили|интересуются)/u;
/** Whether the sentence holding original[start] says buyers ask about what it names, and offers nothing (see offeredInSentence). */
export const askedAboutInSentence = (original: string, start: number) => saysUnoffered(ASKED, original, start);

/** A family story told of the gun: "Mi abuela siempre contaba que la escopeta la tiró al pantano", "la nonna raccontava che il moschetto ...". */
const STORY =
  /(?<!\p{L})(?:contaba que|contaba|decia que|dicen que|cuentan que|contava que|dizem que|raccontava|raccontano|dicono che|racontait|raconte que|aurait cache|l'histoire|erzahlte|erzahlt man|opowiadal|opowiadala|рассказывал|рассказывала|говорила что|говорил что|used to tell|used to say|the story goes|legend has it|family story|family legend)/u;
/** Whether the sentence holding original[start] tells a family story and offers nothing (see offeredInSentence). */
export const toldInStory = (original: string, start: number) => saysUnoffered(STORY, original, start);

function saysUnoffered(pattern: RegExp, original: string, start: number): boolean {
  return pattern.test(read(original, find(original, start)).folded) && !offeredInSentence(original, start);
}

/** A sentence's bounds in its text; what it says is read the first time it is asked for (most sentences name no gun). */
interface Sentence {
  a: number;
  b: number;
  read?: {
    folded: string;
    /** Where each denial stands in `folded`, none when something else in the sentence still sells. */
    denials: Array<[number, number]>;
    /** Where every denial stands, whatever else sells. */
    said: Array<[number, number]>;
    /** Where every affirmation stands. */
    affirmations: Array<[number, number]>;
  };
}
/** The last text's sentences: a field is asked about once per hit, and a 20,000-character description has hundreds of hits. */
let cache: { text: string; sentences: Sentence[] } | undefined;

/** Abbreviations whose "." goes on before a number or a small letter: "około 1500 szt. 9 mm 124 gr", "ca. 2.000 Stück". */
const ABBREVIATION_BEFORE = /(?<!\p{L})(?:szt|ca|approx|nr|no|kal|cal|tel|wz|mod|gen|vol|inkl|zzgl|bzw|vs|ok|шт|тыс|ок)$/iu;
function sentencesOf(text: string): Sentence[] {
  if (cache?.text === text) return cache.sentences;
  const sentences: Sentence[] = [];
  let a = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const end = i === text.length || c === "\n" || ((c === "." || c === "!" || c === "?") && (i + 1 === text.length || /\s/.test(text[i + 1])));
    if (!end || (c === "." && /^\s[\p{Ll}\d]/u.test(text.slice(i + 1, i + 3)) && ABBREVIATION_BEFORE.test(text.slice(Math.max(a, i - 8), i)))) continue;
    sentences.push({ a, b: i });
    a = i + 1;
  }
  cache = { text, sentences };
  return sentences;
}

function read(text: string, s: Sentence): NonNullable<Sentence["read"]> {
  if (s.read) return s.read;
  // folding changes lengths only for letters with marks, which keep one base letter: offsets stay aligned
  const folded = fold(text.slice(s.a, s.b)).replace(SAYS_NEITHER, (m) => " ".repeat(m.length));
  const spans = (re: RegExp) => [...folded.matchAll(re)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  const denials = spans(EVERY_DENIAL);
  const sells = denials.length > 0 && STILL_SELLS.test(folded.replace(EVERY_DENIAL, " "));
  return (s.read = { folded, denials: sells ? [] : denials, said: denials, affirmations: spans(EVERY_AFFIRMATION) });
}

/** The sentence that holds text[start]: it ends at ".", "!" or "?" before a space, or at a line break. */
export function sentenceAt(text: string, start: number): { a: number; b: number } {
  return find(text, start);
}

function find(text: string, start: number): Sentence {
  const sentences = sentencesOf(text);
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].b < start) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo];
}

/** Whether the sentence holding original[start] says it goes too (AFFIRMATIONS), outside brackets that do not hold it, and denies nothing. */
export function affirmedInSentence(original: string, start: number): boolean {
  const s = find(original, start);
  const { folded, said, affirmations } = read(original, s);
  const at = start - s.a;
  // (an affirmation inside a bracket that does not hold the hit is the bracket's: blanked there)
  const outside = outsideBrackets(folded, at);
  // a sentence that affirms one thing and denies another says each of what stands nearer: "As pontas vão junto (1.500 ogivas
  // 9mm), pólvora e espoletas não, essas não vendo"
  return affirmations.some(([x, y]) => outside.slice(x, y) === folded.slice(x, y) && said.every((d) => away([x, y], at) < away(d, at)));
}
/** How far the span [x, y) stands from offset `at`. */
const away = ([x, y]: [number, number], at: number) => (x > at ? x - at : Math.max(0, at - y));

/** Whether the sentence holding original[start, end) denies that what it names is sold (see the module comment). */
export function deniedInSentence(original: string, start: number, end: number): boolean {
  const s = find(original, start);
  const { folded, denials, affirmations } = read(original, s);
  const [at, to] = [start - s.a, end - s.a];
  return denials.some(
    ([x, y]) => (x < at ? !BUT.test(folded.slice(y, at)) : !butBetween(folded.slice(to, x))) && !affirmations.some((m) => away(m, at) < away([x, y], at)),
  );
}
