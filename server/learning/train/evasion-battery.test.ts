import { describe, expect, it } from "vitest";
import { analyseText } from "@/server/text/analyse-text";
import { FIREARM_LIKE } from "./texts";
import { disguise, evasionBattery, TRICKS } from "./evasion-battery";

const flagged = (l: { title: string; description: string }) => {
  const r = analyseText(l);
  return FIREARM_LIKE.some((c) => (r.ruleScores[c] ?? 0) >= 0.5);
};

describe("evasion battery", () => {
  it("disguises only the words the rules hit, keeping the rest and the other fields", () => {
    const listing = { id: "x", title: "Glock 19 gen 5, barely used", description: "Comes with two magazines. Pickup only." };
    const d = disguise(listing, analyseText(listing), TRICKS.spaced.trick);
    expect(d.title).toBe("G l o c k 19 g e n 5, barely used");
    expect(d.description).toContain("Pickup only.");
    expect(d.id).toBe("x");
  });

  it("counts, per trick, the listings still flagged by the rules and as served", async () => {
    const violating = [
      { title: "Glock 19 gen 5", description: "" },
      { title: "Remington 870 shotgun", description: "12 gauge, pump" },
      { title: "nice lamp", description: "" }, // the rules miss it clean: not in the battery
    ];
    const rows = await evasionBattery(violating, flagged, async (ls) => ls.map(() => true));
    const byTrick = Object.fromEntries(rows.map((r) => [r.trick, r]));
    expect(rows).toHaveLength(Object.keys(TRICKS).length);
    expect(byTrick.zero_width).toMatchObject({ n: 2, rules_flagged: 1, served_flagged: 1 });
    // dropped vowels defeat the words the rules read ("Glck", "Rmngtn"): the rules lose at least one of the two
    expect(byTrick.dropped_vowels.rules_flagged).toBeLessThan(1);
  });
});
