/** French. Plurals in -s/-x match automatically. */
import { lexicon, negative, type TermSpec } from "./types";

export const FR: TermSpec[] = [
  ...lexicon("fr", "generic", "firearm", 0.85, [
    "pistolet", ["fusil", 0.75], ["carabine", 0.85], ["fusil à pompe", 0.95], ["fusil de chasse", 0.95],
    ["fusil d'assaut", 0.95], ["arme à feu", 0.95], ["armes à feu", 0.95], ["arme de poing", 0.9],
    ["revolver", 0.85], ["pistolet mitrailleur", 0.95], ["mitraillette", 0.9], ["semi-automatique", 0.6],
    ["fusil a lunette", 0.95], ["canon scié", 0.8], ["fusil à silex", 0.9], ["arme à poudre noire", 0.9],
    // side-by-side and over-under shotguns ("lits superposés" are bunk beds: weak alone)
    ["juxtaposé", 0.75], ["superposé", 0.4],
    // the Moroccan tbourida musket, which still fires powder (also a kohl pot, and hung as decoration: not a sure word)
    ["mokahla", 0.7], ["moukahla", 0.7], ["mkahla", 0.6],
    // percussion-cap guns ("à piston" is no air gun in French)
    ["fusil à piston", 0.85], ["fusil à percussion", 0.9], ["pistolet à percussion", 0.85], ["pistolet à piston", 0.8],
    // a saddle-holster pistol is a gun, not a holster
    ["pistolet d'arçon", 0.85],
  ], { generic: true }),
  ...lexicon("fr", "slang", "firearm", 0.7, [["flingue", 0.7], ["kalach", 0.85], ["kalash", 0.85], ["calibre", 0.3], ["pétard", 0.3]], { generic: true }),
  ...lexicon("fr", "part", "firearm_part", 0.8, [
    ["silencieux", 0.4], ["modérateur de son", 0.9], ["réducteur de son", 0.9], ["culasse", 0.5],
    ["carcasse de pistolet", 0.85], ["chargeur de pistolet", 0.85], ["chargeur de fusil", 0.85],
    ["canon de fusil", 0.85], ["boîte de culasse", 0.85], ["piège à solvant", 0.9],
    // a firing pin; also a window breaker ("brise-vitre percuteur"), so weak alone
    ["percuteur", 0.4],
    // the English "upper", adjective after it; a bare "choke" is also a car's starter
    ["upper complet", 0.8], ["lower complet", 0.8], ["chokes interchangeables", 0.8],
  ]),
  ...lexicon("fr", "ammo", "ammunition", 0.8, [
    ["munitions", 0.9], ["munition", 0.9], ["cartouches", 0.6], ["cartouche", 0.3], ["balles", 0.3],
    ["douilles", 0.6], ["chevrotine", 0.85], ["poudre noire", 0.55], ["amorces", 0.5], ["amorces de rechargement", 0.8], ["plombs de chasse", 0.8],
    ["ogives", 0.6],
    // primed cases carry live primers: ammunition, unlike spent "douilles"
    ["douilles amorcées", 0.85], ["étuis amorcés", 0.85],
  ]),
  ...lexicon("fr", "replica", "replica", 0.8, [
    ["neutralisé", 0.6], ["arme neutralisée", 0.95], ["réplique", 0.4], ["pistolet d'alarme", 0.7],
    ["pistolet à blanc", 0.7],
  ]),
  ...negative("fr", "airsoft", "airsoft_paintball", 0.85, [
    "pistolet à billes", "fusil à billes", "billes airsoft", "carabine à plomb", "carabine à air comprimé",
    "pistolet à plomb", "lanceur de paintball",
  ], { scope: "nearby" }),
  ...negative("fr", "toy", "toy", 0.9, [
    "pistolet à eau", "pistolet jouet", "pistolet en plastique", "jouet", ["jouets", 0.7], "pistolet à bulles",
    "pistolet à fléchettes", "pistolet à amorces", "pistolets à amorces",
    // a cap gun's rolls and a child's cowboy outfit: "3 rouleaux d'amorces neufs", "Panoplie cow-boy vintage enfant"
    "rouleau d'amorces", "rouleaux d'amorces", "bande d'amorces", "bandes d'amorces", "panoplie", "panoplie de cow-boy", "panoplie cow-boy",
  ], { scope: "nearby" }),
  // the dramatic principle, a book and essay title ("Strzelba Czechowa. Eseje o dramaturgii")
  ...negative("fr", "idiom", null, 0.8, ["fusil de tchekhov", "pistolet de tchekhov", "fusil d'epaule", "fusil d epaule"], { scope: "nearby" }),
  ...negative("fr", "tool", null, 0.8, [
    "pistolet à colle", "pistolet à peinture", "pistolet à calfeutrer", "fusil à calfeutrer", "pistolet de massage",
    "pistolet à clous", "pistolet agrafeur", "pistolet à silicone", "pistolet thermique", "pistolet d'arrosage",
    "pistolet à air chaud", "pistolet à mastic", "pistolet de lavage", "cartouche d'encre", "cartouches d'encre",
    "cartouche de toner", "pot d'échappement", "silencieux d'échappement", "silencieux pot",
  ], { scope: "nearby" }),
  ...negative("fr", "idiom", null, 0.8, ["gris canon de fusil", "couleur canon de fusil"]),
  // Belgian "pistolets" are bread rolls
  ...negative("fr", "food", null, 0.8, [
    "boulangerie", "baguette", "baguettes", "croissant", "croissants", "viennoiserie", "viennoiseries", "pistolets fourrés", "petits pains",
  ], { scope: "nearby" }),
  ...negative("fr", "accessory", null, 0.6, ["étui de pistolet", "coffre-fort", "armoire forte", "holster", "kit de nettoyage"], { scope: "nearby" }),
];
