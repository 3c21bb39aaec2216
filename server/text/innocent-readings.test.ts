import { describe, expect, it } from "vitest";
import { analyseText } from "./analyse-text";
import { innocentReadings } from "./innocent-readings";

const of = (title: string, description = "") => innocentReadings(analyseText({ title, description }));

describe("innocentReadings", () => {
  it("says how each firearm word was read, and that all were cleared", () => {
    const r = of("Pistola de cola quente 40W");
    expect(r.messages).toEqual(["“Pistola de cola quente” read as a glue gun (tool)"]);
    expect(r.allCleared).toBe(true);
  });

  it("is not cleared when a firearm word still counts", () => {
    const r = of("Glock 19 and a hot glue gun");
    expect(r.messages).toEqual(["“hot glue gun” read as a glue gun (tool)"]);
    expect(r.allCleared).toBe(false);
  });

  it("counts a gun word the text says is not sold as cleared, but not one that is still offered beside it", () => {
    expect(of("Moving sale - bike, sofa", "The 30-30 on the wall in the photo stays with me.").allCleared).toBe(true);
    expect(of("Moving sale - bike, sofa", "The 30-30 stays with me. Selling my Glock 19, 400 €.").allCleared).toBe(false);
  });

  it("is not cleared when there was nothing to clear", () => {
    expect(of("Bicycle, great condition").allCleared).toBe(false);
    expect(of("Bicycle, great condition").messages).toEqual([]);
  });

  it("does not count a replica reading as innocent: replicas are blocked too", () => {
    const r = of("Walther P99 blank firer");
    expect(r.allCleared).toBe(false);
    expect(r.messages).toEqual([]);
  });
});
