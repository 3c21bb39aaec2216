/**
 * A gun named in one place and denied later in the same sentence: "Karabinek, który wisi w gabinecie na jednym ze zdjęć, jest
 * już sprzedany", "Das KK-Gewehr, das auf einem Foto an der Wand hängt, ist schon weg", "la carabina Flobert che si vede appesa
 * in studio: è già venduta", "the 30-30 on the wall in the photo, it stays with me". The clause rules (sense.ts, notIncluded)
 * read a denial only a few words after the gun; a relative clause, a colon or a pronoun puts it further away.
 *
 * The sentence must deny and nothing else in it may sell: once the denial itself is taken out, a sale verb, "included", a price,
 * "separately" or "only to" keeps the gun counting ("The Beretta isn't for sale separately, only with the safe"), and so does a
 * "but" between the gun and the denial ("the Beretta stays with me but the Browning goes").
 */

/** Denials of a sale, said of the gun the sentence names (lower case, accents stripped). */
const DENIALS = [
  // en
  "not for sale", "isn't for sale", "isnt for sale", "aren't for sale", "not included", "isn't included", "not part of", "stays with me",
  "staying with me", "stay with me", "i'm keeping", "im keeping", "i am keeping", "already sold", "already gone", "has been sold",
  "have been sold", "not selling", "won't sell", "wont sell", "not in the sale",
  // fr
  "pas a vendre", "pas en vente", "deja vendu", "reste avec moi", "reste chez moi", "je la garde", "je le garde", "je les garde",
  "pas inclus", "non inclus", "ne fait pas partie", "ne font pas partie", "pas compris", "n'en vends aucun", "ne vends pas", "ne la vends pas",
  "ne le vends pas",
  // de
  "nicht zu verkaufen", "nicht zum verkauf", "nicht im verkauf", "nicht verkauft", "nicht dabei", "nicht enthalten", "nicht inklusive",
  "behalte ich", "bleibt bei mir", "schon weg", "bereits weg", "schon verkauft", "bereits verkauft", "gehort nicht", "verkaufe ich nicht",
  "nicht teil",
  // es
  "no esta a la venta", "no estan a la venta", "no esta en venta", "no se vende", "no se venden", "no la vendo", "no lo vendo",
  "no los vendo", "no las vendo", "ya se vendio", "ya la vendi", "ya lo vendi", "ya esta vendid", "ya fue vendid", "me la quedo",
  "me lo quedo", "me los quedo", "me las quedo", "no se incluye", "no se incluyen", "no esta incluid", "no entra", "no forma parte",
  "se queda conmigo", "se quedan conmigo",
  // pt
  "nao esta a venda", "nao estao a venda", "nao vai ser vendid", "nao sera vendid", "nao se vende", "ja foi vendid", "ja a vendi",
  "ja o vendi", "fica comigo", "ficam comigo", "nao faz parte", "nao fazem parte", "nao esta incluid", "nao vai no lote",
  "nao vao no lote", "nao entra",
  // it
  "non e in vendita", "non sono in vendita", "non la vendo", "non lo vendo", "non li vendo", "gia venduta", "gia venduto",
  "gia venduti", "la tengo", "lo tengo", "li tengo", "resta a me", "restano a me", "rimane a me", "non e compres", "non sono compres",
  "non e inclus", "non sono inclus", "non fa parte", "non fanno parte", "non c'entra", "non si vende",
  // pl
  "nie jest na sprzedaz", "nie sa na sprzedaz", "nie na sprzedaz", "juz sprzedan", "zostaje u mnie", "zostaja u mnie",
  "zostawiam sobie", "nie wchodzi w sklad", "nie wchodza w sklad", "nie jest w zestawie", "nie jest czescia", "nie sprzedaje",
  // ru
  "не продается", "не продаются", "не продаю", "уже продан", "уже ушл", "оставляю себе", "остается у меня", "не входит", "не входят",
];
const DENIAL = new RegExp(`(?<!\\p{L})(?:${DENIALS.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gu");

/** What still sells once the denial is taken out: a sale verb, an inclusion, a price, "separately", "only to/with". */
const STILL_SELLS =
  /(?<!\p{L})(?:sell|selling|for sale|vend[oe]|vends|verkauf|sprzeda|прода|cedo|includ|inclu|inklusive|compris|compres|dabei|w komplecie|w zestawie|в комплекте|va junto|vai junto|goes|idzie|отдам|separately|einzeln|separement|por separado|separadamente|a parte|osobno|отдельно|only (?:to|with)|nur (?:an|mit)|solo (?:a|con) |apenas (?:a|com) |tylko (?:z|dla)|только (?:с|для))|[$€£₽]\s?\d|\d\s?(?:[$€£₽]|zl\b|zł|руб|eur\b|euro)/iu;
/** "But" between the gun and the denial: the denial is another gun's. */
const BUT = /(?<!\p{L})(?:but|aber|mais|pero|ma|mas|ale|но|however|jedoch|sin embargo|pero)(?!\p{L})/u;

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘`´]/g, "'");

/** Whether the sentence holding original[start, end) denies that what it names is sold (see the module comment). */
export function deniedInSentence(original: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && original[a - 1] !== "\n" && !(/[.!?]/.test(original[a - 1]) && /\s/.test(original[a] ?? ""))) a--;
  let b = end;
  while (b < original.length && original[b] !== "\n" && !(/[.!?]/.test(original[b]) && /\s|$/.test(original[b + 1] ?? ""))) b++;
  // folding can change lengths only for letters with marks, which keep one base letter: offsets stay aligned
  const sentence = fold(original.slice(a, b));
  const hitAt = start - a;
  const denials = [...sentence.matchAll(DENIAL)];
  if (!denials.length) return false;
  if (STILL_SELLS.test(sentence.replace(DENIAL, " "))) return false;
  return denials.some((m) => {
    const [x, y] = m.index! < hitAt ? [m.index! + m[0].length, hitAt] : [end - a, m.index!];
    return !BUT.test(sentence.slice(x, y));
  });
}
