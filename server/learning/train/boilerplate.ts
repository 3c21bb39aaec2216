/**
 * The long-text pass of `npm run eval`: every listing again, its description followed by a
 * seller's shipping, payment and shop boilerplate in its own language (about 80 words, no word a
 * rule reads). Real sellers bury the item in such text; the hashed bag divides its features by the
 * bag's size, so a model can lose a listing that says "Glock 17" once among ninety other words.
 * Written here, never trained on: the padded training copies (handwritten.ts) take their padding
 * from other sellers' innocent listings instead.
 */
import type { TextItem } from "./datasets";

export const BOILERPLATE: Readonly<Record<string, string>> = {
  en: "Collection only or I can post at buyer's cost, tracked and signed for. Payment by bank transfer or cash on pickup, no PayPal friends and family please. I have lots of other items listed so check out my other ads, happy to combine postage. No time wasters, no silly offers, if the ad is up it is still available. Any questions just message me and I will get back to you as soon as I can. Smoke free and pet free home. Thanks for looking and have a great day.",
  es: "Envío a toda la península por mensajería con seguimiento, gastos a cargo del comprador. También entrega en mano en el centro. Pago por Bizum o transferencia, nada de contrarreembolso. Tengo más artículos a la venta, mira mi perfil y si te llevas varios te hago precio. No respondo a ofertas ridículas ni a mensajes de una palabra. Si el anuncio sigue publicado es que está disponible. Cualquier duda pregunta sin compromiso. Casa sin humo ni mascotas. Gracias por mirar y un saludo.",
  fr: "Remise en main propre sur Lyon ou envoi par Colissimo suivi aux frais de l'acheteur. Paiement par virement ou espèces à la remise, pas de chèque. J'ai d'autres articles en vente, n'hésitez pas à consulter mes autres annonces, je fais un prix pour plusieurs achats. Pas de négociation par message sans avoir vu, pas de réponse aux offres ridicules. Si l'annonce est en ligne, l'article est disponible. Pour toute question envoyez un message. Maison non fumeur sans animaux. Merci et bonne journée.",
  de: "Abholung in München oder Versand als versichertes Paket auf Kosten des Käufers. Bezahlung per Überweisung oder bar bei Abholung, kein PayPal Freunde. Privatverkauf, daher keine Garantie, keine Rücknahme und keine Gewährleistung. Schaut gerne auch in meine anderen Anzeigen, bei mehreren Artikeln mache ich einen Kombipreis. Keine Tauschangebote, keine unverschämten Preisvorschläge. Solange die Anzeige online ist, ist der Artikel verfügbar. Bei Fragen einfach melden. Nichtraucherhaushalt ohne Haustiere. Danke fürs Anschauen.",
  pt: "Entrega em mão no centro ou envio pelos correios com registo, portes a cargo do comprador. Pagamento por MB Way ou transferência bancária, não aceito cheques. Tenho mais artigos à venda, veja os meus outros anúncios, faço desconto na compra de vários. Não respondo a propostas ridículas nem a mensagens sem nome. Se o anúncio está visível o artigo ainda está disponível. Qualquer dúvida mande mensagem que respondo logo que possível. Casa sem fumo e sem animais. Obrigado pela visita e bom dia.",
  it: "Ritiro a mano in zona Milano oppure spedizione tracciata a carico dell'acquirente. Pagamento con bonifico o contanti al ritiro, niente PayPal amici. Ho altri oggetti in vendita, guardate gli altri miei annunci, per acquisti multipli faccio un prezzo. No perditempo, no offerte ridicole, se l'annuncio è online l'articolo è disponibile. Per qualsiasi domanda scrivetemi pure in privato, rispondo appena posso. Casa non fumatori senza animali. Grazie per l'attenzione e buona giornata a tutti.",
  ru: "Самовывоз от метро или отправка Почтой России или СДЭК за счёт покупателя. Оплата переводом на карту или наличными при встрече, предоплату не прошу. У меня много других объявлений, загляните в профиль, при покупке нескольких вещей сделаю скидку. Торг уместен при осмотре, на смешные предложения не отвечаю. Если объявление активно, значит товар в наличии. По всем вопросам пишите в сообщения, звонки не принимаю. Дом без животных, не курим. Спасибо за внимание и хорошего дня.",
  pl: "Odbiór osobisty w Krakowie lub wysyłka kurierem na koszt kupującego, możliwa paczkomat. Płatność przelewem lub gotówką przy odbiorze, nie wysyłam za pobraniem. Mam też inne przedmioty na sprzedaż, zapraszam do moich pozostałych ogłoszeń, przy zakupie kilku rzeczy zrobię rabat. Bez zamian i bez śmiesznych ofert. Jeśli ogłoszenie jest aktywne, przedmiot jest dostępny. W razie pytań proszę pisać przez wiadomości. Dom bez zwierząt i niepalący. Dziękuję za uwagę i pozdrawiam.",
};

/** The listing with the boilerplate of its language (English when it has none) after its description. */
export function withBoilerplate(t: TextItem): TextItem {
  const pad = BOILERPLATE[t.language ?? "en"] ?? BOILERPLATE.en;
  return { ...t, description: t.description.trim() ? `${t.description}\n\n${pad}` : pad };
}
