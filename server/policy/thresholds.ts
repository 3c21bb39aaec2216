/** Per-category thresholds: what a policy is, and the default one. */
import { z } from "zod";
import { CATEGORIES, type Category } from "../taxonomy";

const threshold = z.number().min(0).max(1).nullable();
export const categoryThresholdsSchema = z.object({
  /** Score at or above which the listing is blocked (null: never blocked for this category). */
  block: threshold,
  /** Score at or above which a human reviews it (null: never). */
  review: threshold,
  /** Score at or above which the listing is tagged (airsoft, toy). */
  tag: threshold.optional(),
});
export type CategoryThresholds = z.infer<typeof categoryThresholdsSchema>;

export const thresholdsSchema = z.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, categoryThresholdsSchema])) as Record<Category, typeof categoryThresholdsSchema>,
);
export type Thresholds = z.infer<typeof thresholdsSchema>;
export const regionOverridesSchema = z.record(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/), thresholdsSchema.partial());
export type RegionOverrides = z.infer<typeof regionOverridesSchema>;

export interface Policy {
  version: number;
  thresholds: Thresholds;
  regionOverrides: RegionOverrides;
}

/** The first four categories are blocked; airsoft is tagged; toys pass (DESIGN.md taxonomy). */
export const DEFAULT_THRESHOLDS: Thresholds = {
  firearm: { block: 0.85, review: 0.4 },
  firearm_part: { block: 0.85, review: 0.4 },
  ammunition: { block: 0.85, review: 0.4 },
  replica: { block: 0.9, review: 0.5 },
  airsoft_paintball: { block: null, review: null, tag: 0.5 },
  toy: { block: null, review: null, tag: 0.5 },
};

export function thresholdsFor(policy: Policy, region: string | undefined): Thresholds {
  const override = region ? (policy.regionOverrides[region] ?? policy.regionOverrides[region.slice(0, 2)]) : undefined;
  return override ? { ...policy.thresholds, ...override } : policy.thresholds;
}
