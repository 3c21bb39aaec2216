/** Portuguese. Plurals in -s/-es match automatically. */
import { lexicon, negative, type TermSpec } from "./types";

export const PT: TermSpec[] = [
  ...lexicon("pt", "generic", "firearm", 0.85, [
    "pistola", ["espingarda", 0.9], ["fuzil", 0.9], ["carabina", 0.8], ["arma de fogo", 0.95], ["armas de fogo", 0.95],
    ["revólver", 0.85], ["garrucha", 0.7], ["escopeta", 0.9], ["metralhadora", 0.9], ["submetralhadora", 0.95],
    ["cano serrado", 0.8], ["semiautomática", 0.6], ["oitão", 0.5], ["trezoitão", 0.7], ["tresoitão", 0.7],
    ["caçadeira", 0.9], ["mosquete", 0.6], ["pederneira", 0.4], ["antecarga", 0.7], ["doze pump", 0.85], ["ponto 40", 0.7],
    ["ponto 380", 0.7],
    // rural Brazil: a muzzleloader, and a single-barrel shotgun (also a cartridge belt)
    ["socadeira", 0.8], ["cartucheira", 0.45],
    // Angola and Mozambique: a village-made muzzleloader
    ["canhangulo", 0.8],
    // a percussion-cap shotgun (an air rifle is a "carabina de pressão" or "de pistão": senses.ts)
    ["espingarda de pistão", 0.85],
    // bolt action: "carabina de ferrolho Mauser" is the rifle, not its bolt (senses.ts, part:of)
    ["de ferrolho", 0.3],
  ], { generic: true }),
  ...lexicon("pt", "part", "firearm_part", 0.8, [
    ["silenciador", 0.7], ["kit gatilho", 0.8], ["kit de gatilho", 0.8], ["conjunto do gatilho", 0.8], ["supressor", 0.8], ["carregador de pistola", 0.85], ["cano de pistola", 0.85],
    ["ferrolho", 0.5], ["armação de pistola", 0.85], ["pente de pistola", 0.85], ["armadilha de solvente", 0.9],
    ["upper completo", 0.8], ["lower completo", 0.8], ["chokes intercambiáveis", 0.8],
  ]),
  ...lexicon("pt", "ammo", "ammunition", 0.8, [
    ["munição", 0.9], ["munições", 0.9], ["balas", 0.4], ["cartuchos", 0.6], ["projéteis", 0.6], ["estojos", 0.4],
    ["pólvora", 0.7], ["chumbo grosso", 0.7], ["pólvora negra", 0.55], ["espoletas", 0.6], ["espoleta", 0.4],
    // primed cases carry live primers, unlike spent "estojos"
    ["estojos espoletados", 0.85], ["estojos iniciados", 0.85],
    // lead shot for reloading shotgun shells, by size: "chumbo de caça nº 6" (bare "chumbo" is also fishing lead)
    ["chumbo de caça", 0.7],
  ]),
  ...lexicon("pt", "replica", "replica", 0.8, [["réplica de pistola", 0.9], ["arma desativada", 0.95], ["simulacro", 0.8]]),
  ...negative("pt", "airsoft", "airsoft_paintball", 0.85, [
    "pistola de pressão", "carabina de pressão", "espingarda de pressão", "arma de pressão", "pistola de chumbinho",
    "chumbinho", "pistola de airsoft",
  ], { scope: "nearby" }),
  ...negative("pt", "toy", "toy", 0.9, [
    "pistola de água", "arma de brinquedo", "pistola de brinquedo", "brinquedo", ["brinquedos", 0.7], "lançador nerf",
  ], { scope: "nearby" }),
  // the dramatic principle, a book and essay title ("Strzelba Czechowa. Eseje o dramaturgii")
  ...negative("pt", "idiom", null, 0.8, ["arma de tchekhov", "espingarda de tchekhov", "arma de chekhov"], { scope: "nearby" }),
  ...negative("pt", "tool", null, 0.8, [
    "pistola de cola quente", "pistola de cola", "pistola de calor", "pistola de pintura", "pistola de massagem",
    "pistola de silicone", "pistola de pregos", "pistola de ar quente", "pistola para pintura", "cartucho de tinta",
    "cartuchos de tinta", "balas de goma", "bala de goma", "balas de caramelo", "balas de coco", "balinhas",
    "balas sortidas", "pacote de balas",
  ], { scope: "nearby" }),
  ...negative("pt", "accessory", null, 0.6, ["coldre", "cofre", "estojo de arma", "kit de limpeza"], { scope: "nearby" }),
];
