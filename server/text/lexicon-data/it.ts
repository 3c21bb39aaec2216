/** Italian. Plural forms are listed: Italian plurals change the last vowel. */
import { lexicon, negative, type TermSpec } from "./types";

export const IT: TermSpec[] = [
  ...lexicon("it", "generic", "firearm", 0.85, [
    "pistola", "pistole", ["fucile", 0.9], ["fucili", 0.9], ["fucile a pompa", 0.95], ["fucile da caccia", 0.95],
    ["carabina", 0.8], ["carabine", 0.8], ["rivoltella", 0.85], ["revolver", 0.85], ["arma da fuoco", 0.95],
    ["armi da fuoco", 0.95], ["doppietta", 0.7], ["scupetta", 0.7], ["scoppetta", 0.7], ["sovrapposto", 0.4], ["mitra", 0.5], ["mitragliatrice", 0.9],
    ["semiautomatica", 0.6], ["arma corta", 0.8], ["arma lunga", 0.8], ["avancarica", 0.7], ["kalash", 0.85],
    // the service carbine ("Moschetto 91/38")
    ["moschetto", 0.8], ["moschetti", 0.8],
  ], { generic: true }),
  ...lexicon("it", "part", "firearm_part", 0.8, [
    ["silenziatore", 0.6], ["moderatore di suono", 0.9], ["caricatore per pistola", 0.85], ["canna per fucile", 0.85], ["canna di ricambio", 0.6],
    ["otturatore", 0.5], ["carrello otturatore", 0.8], ["fusto della pistola", 0.85], ["trappola per solventi", 0.9],
    ["trappola per solvente", 0.9],
    // Italian keeps the English "upper" and puts the adjective after it; "strozzatori" are choke tubes ("strozzatore" is also a restrictor)
    ["upper completo", 0.8], ["lower completo", 0.8], ["strozzatori", 0.6], ["strozzatore", 0.4],
  ]),
  ...lexicon("it", "ammo", "ammunition", 0.8, [
    ["munizioni", 0.9], ["munizione", 0.9], ["cartucce", 0.6], ["cartuccia", 0.3], ["proiettili", 0.6],
    ["proiettile", 0.4], ["pallettoni", 0.85], ["palle per ricarica", 0.8], ["palle da ricarica", 0.8], ["bossoli", 0.6], ["polvere da sparo", 0.8], ["inneschi", 0.7], ["polvere nera", 0.55],
    // primed cases carry live primers, unlike spent "bossoli"
    ["bossoli innescati", 0.85],
  ]),
  ...lexicon("it", "replica", "replica", 0.8, [
    ["arma disattivata", 0.95], ["disattivata", 0.4], ["replica di pistola", 0.9], ["pistola a salve", 0.7],
    ["scacciacani", 0.7],
  ]),
  ...negative("it", "airsoft", "airsoft_paintball", 0.85, [
    // bare "pallini" is also lead shot ("cartucce a pallini", "pallini cal. 12"): only with softair words
    "softair", "pistola softair", "fucile softair", "pallini softair", "pallini 6mm", "pallini bb", "pistola ad aria compressa", "carabina ad aria compressa",
    "fucile ad aria compressa",
  ], { scope: "nearby" }),
  ...negative("it", "toy", "toy", 0.9, [
    "pistola ad acqua", "pistola giocattolo", "fucile giocattolo", "giocattolo", ["giocattoli", 0.7], "pistola a bolle",
    "pistola a tappi",
  ], { scope: "nearby" }),
  // the dramatic principle, a book and essay title ("Strzelba Czechowa. Eseje o dramaturgii")
  ...negative("it", "idiom", null, 0.8, ["fucile di cechov", "pistola di cechov", "fucile di čechov", "pistola di čechov"], { scope: "nearby" }),
  ...negative("it", "tool", null, 0.8, [
    "pistola per colla", "pistola colla a caldo", "pistola termica", "pistola per silicone", "pistola a spruzzo",
    "pistola per verniciare", "pistola massaggiante", "pistola sparachiodi", "pistola graffettatrice",
    "pistola ad aria calda", "cartucce per stampante", "cartuccia d'inchiostro", "marmitta",
  ], { scope: "nearby" }),
  ...negative("it", "idiom", null, 0.8, ["grigio canna di fucile", "colore canna di fucile", "canna di fucile metallizzato"]),
  ...negative("it", "accessory", null, 0.6, ["fondina", "armadio blindato", "custodia per fucile", "kit di pulizia"], { scope: "nearby" }),
];
