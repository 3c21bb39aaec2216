/**
 * The evaluation's decisions as served, on the committed models: the counts it prints (wrong,
 * violating allowed, innocent flagged and blocked, the rules alone) must be the listings' own
 * decisions, and agree with the rates beside them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureModels } from "@/server/inference/model-files";
import { evaluate } from "./evaluate";
import type { TextItem } from "./datasets";

const item = (id: string, title: string, description: string, labels: TextItem["labels"]): TextItem => ({
  id,
  title,
  description,
  labels,
  sublabel: labels.join("|") || "none",
  context: {},
});

const listings: TextItem[] = [
  item("v1", "Glock 19 Gen 5 with two mags", "Private sale, licence holders only, transfer at a dealer.", ["firearm"]),
  item("v2", "Remington 870 pump shotgun 12 gauge", "", ["firearm"]),
  item("v3", "9mm ammo 500 rounds FMJ", "", ["ammunition"]),
  item("i1", "Hot glue gun with 20 sticks", "Barely used, for crafts.", []),
  item("i2", "Pistola de agua para niños", "Juguete de verano, como nueva.", ["toy"]),
  item("i3", "Oak wine barrel planter", "Half barrel, great for the garden.", []),
];

type Served = Record<string, number>;
let served: Served;
let wrongItems: unknown[];

describe("evaluate: decisions as served, counted", () => {
  beforeAll(async () => {
    await ensureModels({ quiet: true });
    const { json, wrong } = await evaluate({ extraTextSets: { probe: listings } });
    served = (json.probe as { served_text: Served }).served_text;
    wrongItems = wrong.probe;
  }, 120_000);

  it("counts what the rates say", () => {
    expect(served.wrong).toBe(served.violating_allowed + served.innocent_flagged);
    expect(served.violating_allowed).toBe(Math.round(3 * (1 - served.flagged_recall)));
    expect(served.innocent_flagged).toBe(Math.round(3 * served.flagged_false_rate));
    expect(served.innocent_blocked).toBeLessThanOrEqual(served.innocent_flagged);
    expect(wrongItems).toHaveLength(served.wrong);
    // the rules' mistakes, less those the model put right, plus the model's own
    expect(served.wrong).toBe(served.rules_wrong - served.model_fixed + served.model_added);
  });

  it("gets these plain listings right, as the rules do", () => {
    expect(served.wrong).toBe(0);
    expect(served.rules_wrong).toBe(0);
    expect([served.model_added, served.model_fixed]).toEqual([0, 0]);
  });
});
