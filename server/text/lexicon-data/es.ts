/** Spanish. Plurals in -s/-es match automatically. */
import { lexicon, negative, type TermSpec } from "./types";

export const ES: TermSpec[] = [
  ...lexicon("es", "generic", "firearm", 0.85, [
    "pistola", ["escopeta", 0.9], ["fusil", 0.8], ["carabina", 0.8], ["arma de fuego", 0.95], ["arma corta", 0.8],
    ["arma larga", 0.8], ["revolver", 0.85], ["rifle de caza", 0.95], ["escopeta recortada", 0.95],
    ["recortada", 0.6], ["semiautomatica", 0.6], ["ametralladora", 0.9], ["subfusil", 0.9], ["cuerno de chivo", 0.8],
    ["avancarga", 0.7], ["de avancarga", 0.8], ["mosquete", 0.6], ["escuadra", 0.3], ["fierro", 0.3], ["cuete", 0.4],
    // Mexican slang: "bufoso" a revolver, "matraca" an AK (and a noisemaker rattle)
    ["bufoso", 0.6], ["matraca", 0.35],
    // percussion-cap guns: a spring-piston air rifle is a "carabina de pistón" (senses.ts), a shotgun or musket "de pistón" is not
    ["escopeta de pistón", 0.85], ["escopeta de pistones", 0.85], ["fusil de pistón", 0.85],
    ["avancarga de pistón", 0.85], ["de avancarga de pistón", 0.85], ["cañones de pistón", 0.85],
    // bolt action: "rifle de cerrojo Mauser" is the rifle, not its bolt (senses.ts, part:of)
    ["de cerrojo", 0.3],
  ], { generic: true }),
  ...lexicon("es", "part", "firearm_part", 0.8, [
    ["silenciador", 0.7], ["supresor", 0.8], ["cargador de pistola", 0.85], ["cargador de rifle", 0.85],
    ["cañon de rifle", 0.85], ["corredera de pistola", 0.85], ["receptor inferior", 0.9], ["trampa de solvente", 0.9],
    // the English "upper", adjective after it: "Upper AR-15 completo" needs the caliber, "Upper completo" says it
    ["upper completo", 0.8], ["lower completo", 0.8], ["chokes intercambiables", 0.8],
  ]),
  ...lexicon("es", "ammo", "ammunition", 0.8, [
    ["municion", 0.9], ["municiones", 0.9], ["balas", 0.45], ["bala", 0.3], ["cartuchos", 0.6], ["cartucho", 0.4],
    ["perdigones", 0.4], ["casquillos", 0.6], ["polvora", 0.7], ["tiros", 0.2], ["polvora negra", 0.55], ["fulminantes", 0.5], ["pistones de recarga", 0.7],
    // primed cases carry live primers, unlike spent "vainas"
    ["vainas cebadas", 0.85], ["vainas fulminadas", 0.85], ["casquillos cebados", 0.85],
  ]),
  ...lexicon("es", "replica", "replica", 0.8, [
    ["replica de pistola", 0.9], ["pistola de fogueo", 0.7], ["arma inutilizada", 0.95], ["desactivada", 0.4],
    ["pistola detonadora", 0.7],
  ]),
  ...negative("es", "airsoft", "airsoft_paintball", 0.85, [
    "pistola de balines", "rifle de balines", "escopeta de balines", "balines", "pistola de aire comprimido",
    "rifle de aire comprimido", "marcadora de paintball", "pistola de bolas de gel",
  ], { scope: "nearby" }),
  ...negative("es", "toy", "toy", 0.9, [
    "pistola de agua", "pistola de juguete", "arma de juguete", "juguete", ["juguetes", 0.7],
    "pistola de burbujas", "lanzador nerf",
  ], { scope: "nearby" }),
  // the dramatic principle, a book and essay title ("Strzelba Czechowa. Eseje o dramaturgii")
  ...negative("es", "idiom", null, 0.8, ["pistola de chejov", "escopeta de chejov", "arma de chejov"], { scope: "nearby" }),
  ...negative("es", "tool", null, 0.8, [
    "pistola de silicona", "pistola de silicon", "pistola de calor", "pistola de pintura", "pistola de clavos",
    "pistola de masaje", "pistola de pegamento", "pistola de grapas", "pistola de aire caliente",
    "pistola de riego", "pistola para pintar", "pistola termica", "pistola de soldar", "pistola de impacto",
    "cartucho de tinta", "cartuchos de tinta", "cartucho de toner",
  ], { scope: "nearby" }),
  ...negative("es", "accessory", null, 0.6, ["funda de pistola", "caja fuerte", "armero", "kit de limpieza"], { scope: "nearby" }),
];
