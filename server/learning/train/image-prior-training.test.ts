import { describe, expect, it } from "vitest";
import { firearmPrototypes, type PriorPhoto } from "./image-prior-training";
import { photoUpstream, type PhotoRow } from "./photos";

const row = (rel: string, label: PhotoRow["label"], sublabel: string, source: string): PhotoRow => ({ file: `/x/${rel}`, rel, label, sublabel, source });
const photo = (label: PhotoRow["label"], sublabel: string, pooled: number[]): PriorPhoto => ({ ...row("p.jpg", label, sublabel, "s"), pooled: Float32Array.from(pooled), zsLogit: 0 });

describe("photoUpstream", () => {
  it("tells the two upstream sources of the gun photos apart by their file names, and leaves other sources as they are", () => {
    expect(photoUpstream(row("images/firearm/handgun/sv__armas--1234-_jpg.rf.ab.jpg", "firearm", "handgun", "stars-vthacks"))).toBe("ugr-armas");
    expect(photoUpstream(row("images/firearm/long_gun/sv__86c0f8b339ca9b82_jpg.rf.19.jpg", "firearm", "long_gun", "stars-vthacks"))).toBe("open-images");
    expect(photoUpstream(row("images/firearm/handgun/sv__cookie.jpg", "firearm", "handgun", "stars-vthacks"))).toBe("stars-vthacks");
    expect(photoUpstream(row("images/not_firearm/knife/gk__86c0f8b339ca9b82_x.jpg", "not_firearm", "knife", "gun-knife"))).toBe("gun-knife");
  });
});

describe("firearmPrototypes", () => {
  it("keeps only the firearm photos, each scaled to unit length, row after row", () => {
    const protos = firearmPrototypes([photo("firearm", "handgun", [3, 4]), photo("not_firearm", "knife", [1, 0]), photo("firearm", "long_gun", [0, 2])]);
    expect(Array.from(protos)).toEqual([0.6, 0.8, 0, 1].map((v) => Math.fround(v)));
  });

  it("no firearm photos, no prototypes", () => {
    expect(firearmPrototypes([photo("not_firearm", "knife", [1, 0])]).length).toBe(0);
  });
});
