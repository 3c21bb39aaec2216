/**
 * Demo listings for a fresh console: real-looking firearm listings (some disguised), the classic
 * false positives (toys, tools, accessories) and ordinary goods. Photos come from the licensed
 * training set when ../shared/datasets is present (`photo` names its sublabel folder).
 */
export interface DemoListing {
  title: string;
  description: string;
  category: string;
  price: number;
  region?: string;
  /** The demo seller appeals this listing's block. */
  appeal?: string;
  photo?: "handgun" | "long_gun" | "toy_gun" | "water_gun" | "knife" | "general_product" | "power_tool";
}

export const DEMO_LISTINGS: DemoListing[] = [
  { title: "Glock 19 Gen 5, 2 mags", description: "Barely used, 200 rounds through it. Cash only, local pickup.", category: "sporting_goods", price: 520, photo: "handgun" },
  { title: "G.l.0.c.k 17 like new", description: "DM for price. Comes with holster and box of 9mm.", category: "collectibles", price: 480, photo: "handgun" },
  { title: "Remington 870 pump 12 gauge", description: "Great home defense shotgun, wood furniture.", category: "sporting_goods", price: 350, photo: "long_gun" },
  { title: "AR-15 complete upper + BCG", description: "5.56x45 nato, 16 inch barrel, bolt carrier group included.", category: "sporting_goods", price: 650, photo: "long_gun" },
  { title: "80% lower receiver kit with jig", description: "Polymer80 style, no serial. Ships discreet.", category: "tools", price: 180 },
  { title: "Solvent trap kit 1/2x28", description: "Cleaning kit for rifles, wink wink. 7 cups included.", category: "automotive", price: 120 },
  { title: "1000 rounds 9mm FMJ", description: "Brass cased, 115 grain. Pickup only.", category: "sporting_goods", price: 290 },
  { title: "Pistola Beretta 92FS", description: "Vendo pistola en buen estado, con dos cargadores y munición.", category: "deportes", price: 600, region: "ES", photo: "handgun" },
  { title: "Пистолет Макарова", description: "Продам пистолет, патроны в комплекте.", category: "sport", price: 400, region: "RU", photo: "handgun" },
  { title: "Schalldämpfer für Luftgewehr", description: "Passend für .22, neuwertig.", category: "sport", price: 90, region: "DE", appeal: "Das ist ein Schalldämpfer für ein Luftgewehr (frei ab 18), keine Feuerwaffe." },
  { title: "g u n for sale no questions", description: "pm me, fully works, 380 acp", category: "other", price: 300, photo: "handgun" },
  { title: "Mosin Nagant 7.62x54R", description: "Collector piece, matching numbers.", category: "collectibles", price: 420, photo: "long_gun" },
  { title: "Deactivated AK replica", description: "Non-firing display replica, great for film props.", category: "collectibles", price: 250, photo: "long_gun" },
  { title: "Airsoft M4 gas blowback", description: "6mm BBs, orange tip, 350 fps. Two hi-cap mags.", category: "toys", price: 180, photo: "toy_gun" },
  { title: "Paintball marker Tippmann 98", description: "With hopper and CO2 tank.", category: "sporting_goods", price: 110 },
  { title: "Super soaker water gun", description: "Kids summer fun, holds 2 litres of water.", category: "toys", price: 15, photo: "water_gun" },
  { title: "Nerf Elite blaster bundle", description: "Includes 40 foam darts.", category: "toys", price: 25, photo: "toy_gun" },
  { title: "DeWalt cordless nail gun", description: "20V framing nailer, battery included.", category: "tools", price: 210, photo: "power_tool" },
  { title: "Hot glue gun with 30 sticks", description: "Perfect for crafts.", category: "home", price: 12, photo: "general_product" },
  { title: "Heat gun 2000W", description: "For paint stripping and shrink wrap.", category: "tools", price: 30, photo: "power_tool" },
  { title: "Gun safe, 24 rifle capacity", description: "Fireproof, digital lock. Delivery possible.", category: "home", price: 700 },
  { title: "Leather pancake holster", description: "Fits most compact pistols, right hand.", category: "sporting_goods", price: 45 },
  { title: "Top Gun Maverick poster", description: "Original cinema poster, 27x40.", category: "collectibles", price: 35 },
  { title: "Gunmetal grey dining chairs (4)", description: "Powder coated steel, like new.", category: "furniture", price: 160 },
  { title: "Chef knife set, 8 pieces", description: "German steel with block.", category: "kitchen", price: 95, photo: "knife" },
  { title: "Socket wrench set 94 pcs", description: "Metric and SAE, in case.", category: "tools", price: 60, photo: "general_product" },
  { title: "iPhone 13, 128GB", description: "Unlocked, battery 89%.", category: "electronics", price: 380 },
  { title: "Vintage camera Canon AE-1", description: "Shoots beautifully, 50mm lens.", category: "electronics", price: 220 },
  { title: "Hunting jacket camo XL", description: "Waterproof, warm lining.", category: "clothing", price: 70 },
  { title: "Militaria book: Small arms of WW2", description: "Hardcover, 400 pages, illustrated.", category: "books", price: 28 },
  { title: "Fusil de chasse Browning", description: "Calibre 12, très bon état, vendu avec cartouches.", category: "sport", price: 800, region: "FR", photo: "long_gun" },
  { title: "Bump stock for AR", description: "Slide fire style, easy install.", category: "sporting_goods", price: 150 },
  // Borderline listings: the ones a moderator's day is made of.
  { title: "Starter pistol 9mm PAK blank", description: "Blank firing only, for dog training and races.", category: "sporting_goods", price: 120, region: "DE" },
  { title: "Flare gun, orange, boat safety kit", description: "12 gauge flares not included. Never used.", category: "boating", price: 45 },
  { title: "Empty ammo can, military surplus", description: "Good for storing tools, rubber seal intact.", category: "home", price: 20 },
  { title: "Replica Colt Peacemaker, non-firing", description: "Cast metal display piece, very realistic.", category: "collectibles", price: 90, photo: "handgun" },
  { title: "Gun parts lot: springs, pins, screws", description: "From my workshop, various calibers, sold as is.", category: "tools", price: 35 },
  { title: "Crossbow 150 lbs with scope", description: "Hunting crossbow, 3 bolts, bag included.", category: "sporting_goods", price: 210 },
  { title: "Pistol-shaped lighter", description: "Novelty gift, refillable butane.", category: "collectibles", price: 15, photo: "toy_gun" },
  { title: "Oil filter adapter kit 5/8x24", description: "For the garage. Message me for the 1/2x28 version.", category: "automotive", price: 60 },
];
