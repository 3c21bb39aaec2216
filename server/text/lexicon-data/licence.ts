/**
 * Licence talk, all eight languages: "only to FAC holders", "nur an WBK-Inhaber", "quelqu'un qui a
 * son PPA", "solo con porto d'armi", "tylko z pozwoleniem na broń", "переоформление через ЛРО".
 * Sellers of real guns write it because the law makes them; an estate sale that mentions "grandad's
 * rifle, on his licence" in the middle of the furniture is selling the rifle. Alone it is weak (a
 * gun safe is sold "for WBK holders" too); next to a firearm word it lifts that word
 * (analyse-text.ts LICENCE_FLOOR) and keeps the rest of the listing from explaining it away.
 */
import { lexicon, type TermSpec } from "./types";

export const LICENCE_ALONE = 0.3;

export const LICENCE: TermSpec[] = [
  ...lexicon("en", "licence", "firearm", LICENCE_ALONE, [
    "firearms licence", "firearms license", "firearm licence", "firearm license", "gun licence", "gun license", "arms licence",
    "arms license", "fac holder", "fac holders", "valid fac", "on fac", "sgc holder", "sgc holders", "shotgun certificate",
    "firearms certificate", "firearm certificate", "pal holder", "pal holders", "valid pal", "rpal", "ffl transfer", "through an ffl",
    "thru ffl", "4473", "foid", "licence holder", "licence holders", "license holder", "license holders", "on his licence",
    "on my licence", "on his license", "on my license", "dm office", "permit to acquire", "permit to purchase",
  ]),
  ...lexicon("de", "licence", "firearm", LICENCE_ALONE, [
    "wbk", "waffenbesitzkarte", "waffenerwerbsschein", "waffenschein", "waffenpass", "feuerwaffenpass", "erwerbsberechtigung",
    "erwerbsberechtigte", "erwerbsberechtigten", "jagdschein", "jagdscheininhaber", "büchsenmacher", "nur an berechtigte",
  ]),
  ...lexicon("fr", "licence", "firearm", LICENCE_ALONE, [
    "ppa", "permis d'armes", "permis de possession", "permis de chasse", "licence de tir", "licence fftir", "licence fft",
    "autorisation préfectorale", "détenteur d'une autorisation", "détenteurs d'une autorisation", "armurier", "carte de collectionneur",
  ]),
  ...lexicon("es", "licence", "firearm", LICENCE_ALONE, [
    "licencia de armas", "licencia de arma", "licencia tipo", "guía de pertenencia", "permiso de armas", "permiso de portación",
    "legítimo usuario", "credencial de legítimo usuario", "anmac", "renar", "sedena", "licencia de caza",
  ]),
  ...lexicon("pt", "licence", "firearm", LICENCE_ALONE, [
    "porte de arma", "posse de arma", "craf", "cr do exército", "registro no exército", "sinarm", "guia de tráfego",
    "licença de uso e porte", "licença de caça", "licença de arma", "licença c", "licença d",
  ]),
  ...lexicon("it", "licence", "firearm", LICENCE_ALONE, [
    "porto d'armi", "porto darmi", "porto di fucile", "licenza di caccia", "nulla osta", "denuncia armi", "regolare denuncia",
    "carta europea d'arma da fuoco", "licenza di collezione", "armeria",
  ]),
  ...lexicon("pl", "licence", "firearm", LICENCE_ALONE, [
    "pozwolenie na broń", "pozwoleniem na broń", "pozwolenia na broń", "pozwolenie łowieckie", "pozwoleniem łowieckim",
    "pozwolenia łowieckiego", "promesa", "promesy", "promesę", "legitymacja posiadacza broni", "licencja strzelecka", "licencją strzelecką",
    "patent strzelecki", "patentem strzeleckim",
  ]),
  ...lexicon("ru", "licence", "firearm", LICENCE_ALONE, [
    "лицензия на оружие", "лицензией на оружие", "лицензии на оружие", "разрешение на оружие", "разрешения на оружие", "рох", "роха", "рохи",
    "лоа", "охотбилет*", "охотничий билет", "охотничьим билетом", "лрр", "лро", "росгварди*",
  ]),
];
