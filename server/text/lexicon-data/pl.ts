/** Polish. A trailing "*" marks a stem that takes the case endings (see SUFFIXES in lexicon.ts). */
import { lexicon, negative, type TermSpec } from "./types";

export const PL: TermSpec[] = [
  ...lexicon("pl", "generic", "firearm", 0.85, [
    "pistolet*", ["karabin*", 0.6], ["strzelb*", 0.9], ["broń palna", 0.95], ["broni palnej", 0.95],
    ["bronią palną", 0.95], ["broń", 0.5], ["broni", 0.4], ["rewolwer*", 0.85], ["sztucer*", 0.85],
    ["dubeltówk*", 0.8], ["pistolet maszynowy", 0.95], ["karabin maszynowy", 0.95], ["kałasznikow*", 0.9],
    ["półautomat*", 0.6], ["obrzyn*", 0.8], ["spluw*", 0.7], ["gnat*", 0.4], ["odprzodówk*", 0.8], ["czarnoprochow*", 0.8],
    ["klamka", 0.3], ["pukawk*", 0.5], ["kniejówk*", 0.85], ["dryling*", 0.8], ["bokfl*", 0.8], ["flobertk*", 0.85],
    // a musket, and the percussion lock antique guns are named by ("pistolet na kapiszony" is a cap gun: senses.ts; "kapiszonów" are caps)
    // an old gun by its folk name ("ta stara flinta dziadka ze stodoły, jednolufowa")
    ["flinta", 0.6], ["flinty", 0.6], ["flintę", 0.6], ["jednolufow*", 0.6],
    ["muszkiet*", 0.7], ["kapiszonowy", 0.6], ["kapiszonowa", 0.6], ["kapiszonowe", 0.6], ["kapiszonowego", 0.6], ["kapiszonowej", 0.6],
    ["kapiszonowym", 0.6], ["kapiszonowych", 0.6],
  ], { generic: true }),
  ...lexicon("pl", "part", "firearm_part", 0.8, [
    ["tłumik*", 0.55], ["magazynek do pistoletu", 0.85], ["magazynek", 0.4], ["zamek do pistoletu", 0.85],
    ["lufa do", 0.4], ["komora zamkowa", 0.85], ["szkielet pistoletu", 0.85], ["iglica", 0.4],
    ["pułapka na rozpuszczalnik", 0.9],
    // a bolt carrier ("Suwadło z zamkiem AK / Beryl"): no other thing is called that (the stem's case endings have no
    // nominative -o, so the nominative is its own term)
    ["suwadł*", 0.7], ["suwadło", 0.7],
    // choke tubes ("czoki do Beretty"), and the English "upper" with the adjective after it
    ["czok*", 0.6], ["upper kompletny", 0.8],
  ]),
  ...lexicon("pl", "ammo", "ammunition", 0.8, [
    ["amunicj*", 0.9], ["naboj*", 0.7], ["nabój", 0.7], ["naboi", 0.7], ["pocisk*", 0.35], ["łusk*", 0.3], ["śrut*", 0.3],
    ["proch*", 0.3], ["spłonk*", 0.6], ["proch czarny", 0.55], ["czarny proch", 0.55],
    // shotgun slugs by their maker's name, declined and often with one "n" ("2 opakowania breneki 12/70")
    ["brenek*", 0.75], ["brennek*", 0.8],
  ]),
  ...lexicon("pl", "replica", "replica", 0.8, [
    ["broń pozbawiona cech użytkowych", 0.95], ["pozbawiona cech użytkowych", 0.9], ["pozbawiony cech użytkowych", 0.9], ["pozbawione cech użytkowych", 0.9], ["replika", 0.4],
    ["pistolet hukowy", 0.7], ["pistolet startowy", 0.6], ["atrapa", 0.6], ["straszak*", 0.6],
  ]),
  ...negative("pl", "airsoft", "airsoft_paintball", 0.85, [
    "asg", "wiatrówk*", "pistolet na kulki", "karabinek asg", "kulki asg", "pistolet pneumatyczny",
    "replika asg", "paintballowy",
  ], { scope: "nearby" }),
  ...negative("pl", "toy", "toy", 0.9, [
    "pistolet na wodę", "pistolet wodny", "pistolet zabawka", "zabawk*", "pistolet na kapiszony", "pistolet na bańki",
  ], { scope: "nearby" }),
  // the dramatic principle, a book and essay title ("Strzelba Czechowa. Eseje o dramaturgii")
  ...negative("pl", "idiom", null, 0.8, ["strzelba czechowa", "strzelby czechowa", "strzelbę czechowa"], { scope: "nearby" }),
  ...negative("pl", "tool", null, 0.8, [
    "pistolet do kleju", "pistolet do silikonu", "pistolet do masażu", "pistolet natryskowy", "pistolet do malowania",
    "pistolet na gorące powietrze", "opalarka", "pistolet do pianki", "pistolet do podlewania", "pistolet do myjki",
    "tłumik samochodowy", "tłumik do", "układ wydechowy", "karabińczyk", "karabinek wspinaczkowy", "wkład atramentowy",
  ], { scope: "nearby" }),
  ...negative("pl", "accessory", null, 0.6, ["sejf na broń", "szafa na broń", "kabur*", "futerał", "zestaw do czyszczenia"], { scope: "nearby" }),
];
