/**
 * English: generic terms, parts, ammunition, slang, replicas, and the innocent context (toys,
 * tools, idioms, accessories) that must not read as a gun. Plurals in -s/-es match automatically.
 */
import { lexicon, negative, type TermSpec } from "./types";

const GENERIC: TermSpec[] = lexicon("en", "generic", "firearm", 0.85, [
  ["gun", 0.7], "pistol", ["handgun", 0.9], "revolver", "rifle", ["shotgun", 0.9], "carbine",
  ["firearm", 0.95], ["long gun", 0.85], ["sidearm", 0.8], ["semi-auto", 0.6], ["semi auto", 0.6],
  ["semiauto", 0.6], ["semi-automatic", 0.6], ["semi automatic", 0.6], ["full auto", 0.7],
  ["fully auto", 0.7], ["fully automatic", 0.7], ["bolt action", 0.6], ["bolt-action", 0.6],
  ["lever action", 0.6], ["pump action", 0.6], ["assault rifle", 0.95], ["sniper rifle", 0.95],
  ["hunting rifle", 0.95], ["deer rifle", 0.95], ["submachine gun", 0.95], ["machine gun", 0.95],
  ["machine pistol", 0.95], ["musket", 0.5], ["blunderbuss", 0.5], ["double barrel", 0.6],
  ["sawed-off", 0.8], ["sawed off", 0.8], ["sawn-off", 0.8], ["sawn off", 0.8], ["concealed carry", 0.6],
  ["ccw", 0.5], ["ghost gun", 0.95], ["pocket pistol", 0.9], ["snub nose", 0.6], ["smg", 0.6],
], { generic: true });

const SLANG: TermSpec[] = lexicon("en", "slang", "firearm", 0.3, [
  ["blick", 0.4], ["glizzy", 0.2], ["glizzy 17", 0.85], ["glizzy 19", 0.85], ["glizzy 26", 0.85], ["glizzy 43", 0.85], ["glizzy 45", 0.85], ["glizzy 48", 0.85], ["strap", 0.1], ["strapped", 0.3], ["heater", 0.1],
  ["chopper", 0.2], ["choppa", 0.6], ["gat", 0.3], ["pew pew", 0.4], ["boom stick", 0.6],
  ["boomstick", 0.6], ["yoppa", 0.6], ["switchy", 0.6], ["toolie", 0.4], ["blicky", 0.6],
  // India's country-made pistols ("desi katta 315 bore")
  ["desi katta", 0.9], ["katta", 0.5], ["tamancha", 0.8],
], { generic: true, onlyIn: ["en", "und"] });

const PARTS: TermSpec[] = lexicon("en", "part", "firearm_part", 0.85, [
  // an auto sear by its street name, in any language ("Switch auto per G — stampato 3D", "Switch do G — ogień ciągły")
  ["glock switch", 0.9], ["auto switch", 0.85], ["switch auto", 0.85], ["switch per g", 0.85], ["switch do g", 0.85], ["switch para g", 0.85],
  ["switch pour g", 0.85], ["switch fur g", 0.85], ["switch for g", 0.85], ["switch for glock", 0.9],
  // "glizzy" is a Glock (and a hot dog): a glizzy switch is an auto sear
  ["glizzy switch*", 0.9], ["switch for glizzy", 0.9], ["switch for glizzys", 0.9], ["switches for glizzy", 0.9], ["switches for glizzys", 0.9], ["switches for g", 0.85],
  ["lower receiver", 0.9], ["upper receiver", 0.85], ["stripped lower", 0.9], ["complete lower", 0.85],
  ["complete upper", 0.8], ["ar lower", 0.9], ["ar upper", 0.85], ["80 lower", 0.9], ["eighty percent lower", 0.95],
  ["polymer80", 0.95], ["polymer 80", 0.95], ["p80", 0.6], ["lower jig", 0.85], ["jig kit", 0.4],
  ["bolt carrier group", 0.95], ["bolt carrier", 0.9], ["bcg", 0.7], ["firing pin", 0.8],
  ["rifle barrel", 0.85], ["pistol barrel", 0.85], ["threaded barrel", 0.8], ["shotgun barrel", 0.85],
  ["barrel assembly", 0.5], ["pistol slide", 0.85], ["glock slide", 0.9], ["slide assembly", 0.5],
  ["trigger group", 0.8], ["trigger assembly", 0.5], ["drop-in trigger", 0.8], ["drop in trigger", 0.8],
  ["binary trigger", 0.9], ["forced reset trigger", 0.95], ["frt trigger", 0.9], ["suppressor", 0.9],
  ["silencer", 0.75], ["sound suppressor", 0.95], ["sound moderator", 0.9], ["solvent trap", 0.9],
  ["solvent trap kit", 0.95], ["fuel filter suppressor", 0.95], ["oil filter adapter", 0.5],
  ["monocore", 0.6], ["auto sear", 0.95], ["drop-in auto sear", 0.95], ["drop in auto sear", 0.95],
  ["lightning link", 0.95], ["glock switch", 0.95], ["glock auto switch", 0.95],
  ["auto switch", 0.7], ["giggle switch", 0.95], ["selector switch", 0.5], ["full auto switch", 0.95],
  ["bump stock", 0.95], ["bumpstock", 0.95], ["bump fire stock", 0.95], ["conversion kit", 0.4],
  ["full auto conversion", 0.95], ["pistol magazine", 0.85], ["rifle magazine", 0.85], ["gun magazine", 0.6],
  ["high capacity magazine", 0.85], ["extended magazine", 0.8], ["extended mag", 0.8], ["extended stick", 0.8], ["extended clip", 0.8],
  // a 3D-printed receiver or frame: "printed frame + jig + rails"
  ["printed frame", 0.8], ["printed lower", 0.8], ["printed receiver", 0.8], ["drum mag", 0.85],
  ["drum magazine", 0.85], ["stanag", 0.8], ["pmag", 0.85], ["bx-25", 0.85], ["ar mag", 0.8], ["ak mag", 0.8],
  ["pistol frame", 0.8], ["stripped frame", 0.8], ["receiver parts kit", 0.85], ["lower parts kit", 0.85],
  ["muzzle brake", 0.6], ["flash hider", 0.7], ["buffer tube", 0.7], ["gas block", 0.5],
  // braces are accessories in this taxonomy (DESIGN.md lists receivers, BCGs, barrels, suppressors, sears, kits, bump stocks)
  ["charging handle", 0.4], ["handguard", 0.4], ["pistol brace", 0.45], ["stabilizing brace", 0.4],
  ["ar parts", 0.7], ["gun parts", 0.8], ["barrel shroud", 0.6],
  // a shotgun's choke tubes screw into its muzzle (the other languages' words for them are in their files)
  ["choke tube", 0.8], ["screw-in choke", 0.8], ["extended choke", 0.7],
]);

const AMMUNITION: TermSpec[] = lexicon("en", "ammo", "ammunition", 0.85, [
  ["ammo", 0.9], ["ammunition", 0.95], ["handloads", 0.8], ["handloaded", 0.7], ["cartridge", 0.3], ["bullet", 0.5], ["fmj", 0.8],
  ["full metal jacket", 0.5], ["hollow point", 0.85], ["hollowpoint", 0.85], ["hollow-point", 0.85],
  ["jhp", 0.75], ["soft point", 0.5], ["ballistic tip", 0.6],
  ["primed brass", 0.85], ["primed cases", 0.85], ["primed hulls", 0.85], ["pistol primers", 0.85], ["rifle primers", 0.85], ["small pistol primers", 0.9],
  ["large rifle primers", 0.9], ["shotgun shells", 0.9], ["shotgun shell", 0.9], ["shotshell", 0.9],
  ["buckshot", 0.85], ["birdshot", 0.8], ["00 buck", 0.85], ["shotgun slugs", 0.9], ["rifled slugs", 0.85], ["brenneke", 0.8], ["brennekes", 0.8],
  ["gunpowder", 0.8], ["gun powder", 0.8], ["smokeless powder", 0.85], ["black powder", 0.55],
  ["reloading dies", 0.6], ["stripper clips", 0.6], ["tracer rounds", 0.9], ["armor piercing", 0.6],
  ["live rounds", 0.9], ["live round", 0.85], ["rounds of ammo", 0.95],
]);

const REPLICA: TermSpec[] = lexicon("en", "replica", "replica", 0.8, [
  ["replica", 0.4], ["replica gun", 0.9], ["replica pistol", 0.9], ["replica rifle", 0.9],
  ["replica revolver", 0.9], ["deactivated", 0.5], ["deactivated gun", 0.95], ["deactivated rifle", 0.95],
  ["deactivated pistol", 0.95], ["deactivated firearm", 0.95], ["non-firing", 0.8], ["non firing", 0.8],
  ["nonfiring", 0.8], ["dummy gun", 0.9], ["prop gun", 0.85], ["movie prop gun", 0.9], ["display gun", 0.7],
  ["blank firing", 0.7], ["blank gun", 0.7], ["starter pistol", 0.6], ["starting pistol", 0.6],
  ["denix", 0.9], ["inert", 0.2], ["decommissioned", 0.4],
]);

const AIRSOFT: TermSpec[] = negative("en", "airsoft", "airsoft_paintball", 0.9, [
  "airsoft", "air soft", "paintball", "paintball gun", "paintball marker", ["bb gun", 0.85], ["bb rifle", 0.85],
  ["bb pistol", 0.85], ["pellet gun", 0.8], ["pellet rifle", 0.8], ["pellet pistol", 0.8], ["air rifle", 0.8],
  ["air pistol", 0.8], ["air gun", 0.7], ["airgun", 0.7], ["co2 pistol", 0.7], ["gel blaster", 0.85],
  ["gel ball blaster", 0.85], ["gelsoft", 0.85], ["aeg", 0.5], ["gbb", 0.5], ["tokyo marui", 0.9],
  ["tippmann", 0.85], ["daisy red ryder", 0.9], ["red ryder", 0.8], ["crosman", 0.8], ["6mm bbs", 0.8],
  ["airsoft bbs", 0.9], ["spyder", 0.1],
], { scope: "nearby" });

const TOY: TermSpec[] = negative("en", "toy", "toy", 0.9, [
  "water gun", "squirt gun", "water pistol", "water blaster", "super soaker", "nerf", "nerf gun",
  "nerf blaster", "foam blaster", "dart blaster", "toy gun", "toy pistol", "toy rifle", "cap gun",
  "cap pistol", "bubble gun", "bubble blaster", "laser tag", "lego", "playmobil", "action figure",
  ["toy", 0.6], ["toys", 0.6], ["kids toy", 0.8], ["children's toy", 0.8], ["orbeez blaster", 0.9],
  ["splatter ball", 0.8], ["splat ball", 0.8], ["cork gun", 0.8], ["popgun", 0.8], ["pop gun", 0.8],
  ["finger gun", 0.7], ["costume", 0.3], ["halloween", 0.3], ["cosplay", 0.4],
], { scope: "nearby" });

const TOOLS: TermSpec[] = negative("en", "tool", null, 0.8, [
  "nail gun", "staple gun", "glue gun", "hot glue gun", "glue stick", "heat gun", "caulk gun",
  "caulking gun", "grease gun", "spray gun", "paint gun", "paint spray gun", "hvlp gun", "massage gun",
  "percussion massager", "tattoo gun", "soldering gun", "solder gun", "price gun", "label gun",
  "pricing gun", "rivet gun", "impact gun", "air blow gun", "blow gun", "foam gun", "sealant gun",
  "silicone gun", "temperature gun", "temp gun", "thermometer gun", "infrared thermometer", "radar gun",
  "speed gun", "tire inflator", "pressure washer gun", "washer gun", "hose gun", "spray nozzle",
  // electrical and audio "suppressors" are not silencers
  "surge suppressor", "surge protector", "transient voltage suppressor", "noise suppressor", "spark suppressor",
  "frosting gun", "piping gun", "cookie gun", "icing gun", "brad nailer", "framing nailer", "nailer",
  "stapler", "drill", "pistol grip drill", "pistol grip sprayer", "pistol grip", "pistol shrimp",
  "fog gun", "smoke gun", "snow gun", "cleaning gun", "dust gun", "glue sticks", "dewalt", "makita",
  "milwaukee", "ryobi", "bosch", "gauge wire", "gauge speaker wire", "gauge cable", "gauge needle",
  "gauge steel", "gauge sheet", "gauge earring", "gauge earrings", "gauge plugs", "gauge tunnels",
  "awg", "ink cartridge", "toner cartridge", "printer cartridge", "filter cartridge", "faucet cartridge",
  "game cartridge", "vape cartridge", "razor cartridge", "cartridge razor", "bullet journal",
  "bullet points", "bullet point", "bullet hole", "bullet holes", "magic bullet", "bullet blender", "silver bullet", "bulletproof",
  "bullet proof", "shotgun microphone", "shotgun mic", "car silencer", "exhaust silencer", "bullet silencer", "enfield silencer", "muffler",
  "exhaust", "av receiver", "stereo receiver", "audio receiver", "rounds of golf", "magazine rack",
  "ammo can", "ammo box", "ammo crate", "brass knob", "brass doorknob", "paint primer",
], { scope: "nearby" });

const IDIOMS: TermSpec[] = negative("en", "idiom", null, 0.8, [
  "top gun", "topgun", "gunmetal", "gun metal", "gunmetal grey", "gunmetal gray", "son of a gun", "gun dog", "gun dogs",
  "gundog", "gundogs",
  // hunting seasons are dates: "used it for bow and rifle season"
  "rifle season", "gun season", "firearm season", "firearms season", "shotgun season", "muzzleloader season", "rifle seasons",
  "jump the gun", "jumped the gun", "jumping the gun", "smoking gun", "stick to your guns",
  "bite the bullet", "bit the bullet", "biting the bullet", "dodged a bullet", "dodge a bullet",
  // the dramatic principle, a common book and essay title: "Chekhov's Gun: essays on drama"
  "chekhov's gun", "chekhovs gun", "chekhov gun",
  // a vendor's, a club's or a server's name: "Gun Crew mushroom chocolate bars", "Discord server 'GUN CREW'"
  "gun crew",
  "sticking to my guns", "big guns", "guns n roses", "guns n' roses", "guns and roses", "shotgun wedding",
  "ride shotgun", "riding shotgun", "rifle paper", "rifle paper co", "lil uzi", "lil uzi vert",
  "gun show", "hired gun", "under the gun", "young guns", "guns of navarone", "magnum ice cream",
  "magnum condoms", "hot shot", "trigger warning", "sure shot", "colt foal", "pistol pete", "sex pistols", "pistol squat",
  "pistol squats", "annie get your gun", "gun dog", "gundog", "shotgun beer", "black powder coat", "black powder coating",
  "black powder coated",
]);

/** Gun makers' names that are also beer, razors, curry, a house or a wizard: suppress by overlap. */
const NAME_COLLISIONS: TermSpec[] = negative("en", "name", null, 0.8, [
  "colt 45 malt liquor", "colt 45 beer", "malt liquor", "remington shaver", "remington trimmer",
  "remington hair", "remington hair dryer", "remington straightener", "remington curling", "remington epilator",
  "remington typewriter", "remington steele", "winchester mystery house", "winchester cathedral",
  "winchester college", "browning butter", "brown butter", "chicken tikka", "tikka masala", "paneer tikka",
  "draco malfoy", "taurus zodiac", "taurus necklace", "taurus horoscope", "ford taurus", "saiga antelope",
  "benelli motorcycle", "benelli leoncino", "benelli trk", "beretta sunglasses", "beretta jacket",
  "springfield il", "springfield illinois", "springfield missouri", "springfield massachusetts",
  "browning guitar", "marlin fish", "luger bbq", "walther typewriter", "makarov keyboard",
]);

const ACCESSORIES: TermSpec[] = negative("en", "accessory", null, 0.6, [
  "gun safe", "gun case", "gun cabinet", "gun rack", "gun racks", "rifle rack", "rifle racks", "gun locker", "rifle case", "pistol case",
  "rifle bag", "gun bag", "holster", "holsters", "gun holster", "cleaning kit", "gun cleaning kit",
  "cleaning rod", "bore snake", "gun oil", "gun lock", "trigger lock", "cable lock", "gun sling",
  "rifle sling", "ear protection", "shooting glasses", "shooting earmuffs", "target stand",
  "paper targets", "gun vise", "gun mat", "gun rug", "gun sock", "gun wall mount", "gun display case",
  "gun stand",
], { scope: "nearby" });

/** "DIAS" (drop-in auto sear) is Spanish and Portuguese for "days": "días de caza", "3 dias por ano". */
const DIAS: TermSpec[] = lexicon("en", "part", "firearm_part", 0.4, ["dias"], { onlyIn: ["en", "fr", "it", "de", "ru", "pl", "und"] });

export const EN: TermSpec[] = [
  ...GENERIC, ...SLANG, ...PARTS, ...DIAS, ...AMMUNITION, ...REPLICA, ...AIRSOFT, ...TOY, ...TOOLS, ...IDIOMS, ...NAME_COLLISIONS, ...ACCESSORIES,
];
