/**
 * The moderator console: the queue (with the why of each rank), claims, the item view, decisions,
 * undo and bulk actions on near-duplicates. Thin: validate, call a query or service, shape.
 */
import { z } from "zod";
import { claimItem, claimNextItem, releaseClaim, releaseOtherClaims } from "@/db/queries/review-claims";
import { loadHashEntries, loadReviewItem } from "@/db/queries/review-item";
import { listOpenReviewItems, queueCounts, queueFacets } from "@/db/queries/review-queue";
import { config } from "@/server/config";
import { AppError } from "@/server/errors/app-error";
import { bulkDecide, findNearDuplicates } from "@/server/learning/bulk-decide";
import { ALL_ACTIONS, LABEL_ACTIONS } from "@/server/learning/label-decision";
import { policyThresholds, recordDecision } from "@/server/learning/record-decision";
import { syncAppealReviews } from "@/server/learning/sync-appeal-reviews";
import { UNDO_WINDOW_S, undoDecision } from "@/server/learning/undo-decision";
import { priorityBreakdown, slaHours, type PriorityFactors } from "@/server/policy/review-priority";
import type { HashMatch, Reason } from "@/server/cascade/types";
import { CATEGORIES, type EvidenceSpan, type Scores } from "@/server/taxonomy";
import { moderatorProcedure, router } from "../init";

const filtersSchema = z
  .object({
    category: z.enum(CATEGORIES).optional(),
    region: z.string().max(8).optional(),
    reason: z.string().max(64).optional(),
    language: z.string().max(8).optional(),
  })
  .default({});
const itemId = z.object({ itemId: z.uuid() });

/** Stored Grad-CAM: per image, per category, a w×h grid normalised to [0,1]. */
export type StoredGradCam = Array<Partial<Record<string, { w: number; h: number; values: number[]; max: number }>>> | null;

export const reviewRouter = router({
  queue: moderatorProcedure.input(z.object({ filters: filtersSchema }).optional()).query(async ({ ctx, input }) => {
    await syncAppealReviews(ctx.db);
    const filters = input?.filters ?? {};
    const [rows, counts, facets] = await Promise.all([listOpenReviewItems(ctx.db, filters), queueCounts(ctx.db, filters), queueFacets(ctx.db)]);
    const now = new Date();
    return {
      items: rows.map((r) => ({
        ...r,
        breakdown: priorityBreakdown(r.factors as PriorityFactors, r.waited ?? 0),
        slaBreached: r.slaDueAt < now,
        claimedByMe: r.claimedBy === ctx.user.id,
      })),
      counts,
      facets,
      slaHours: slaHours(),
      now,
    };
  }),

  /** Claims the most urgent item this moderator may take, and releases their other claims. */
  claimNext: moderatorProcedure
    .input(z.object({ filters: filtersSchema, excludeId: z.uuid().nullish() }))
    .mutation(async ({ ctx, input }) => {
      const id = await ctx.db.transaction(async (tx) => {
        const claimed = await claimNextItem(tx, ctx.user.id, { filters: input.filters, excludeId: input.excludeId });
        await releaseOtherClaims(tx, ctx.user.id, claimed);
        return claimed;
      });
      return { itemId: id };
    }),

  claim: moderatorProcedure.input(itemId).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const claimed = await claimItem(tx, input.itemId, ctx.user.id);
      if (claimed) await releaseOtherClaims(tx, ctx.user.id, input.itemId);
      return { claimed };
    });
  }),

  release: moderatorProcedure.input(itemId).mutation(async ({ ctx, input }) => ({ released: await releaseClaim(ctx.db, input.itemId, ctx.user.id) })),

  item: moderatorProcedure.input(itemId).query(async ({ ctx, input }) => {
    const r = await loadReviewItem(ctx.db, input.itemId);
    if (!r) throw new AppError("NOT_FOUND", "No such review item");
    const evidence = (r.prediction?.evidence ?? { reasons: [], text: [], hashMatches: [] }) as { reasons: Reason[]; text: EvidenceSpan[]; hashMatches: HashMatch[] };
    const hashEntries = await loadHashEntries(ctx.db, [...new Set((evidence.hashMatches ?? []).map((m) => m.entryId))]);
    const thresholds = policyThresholds(r.policy, r.version.region);
    const modality = (r.prediction?.modalityScores ?? null) as { image: Scores | null; text: Scores | null; perImage?: Scores[] } | null;
    const lastMine = r.actions.find((a) => a.userId === ctx.user.id);
    const latest = r.actions[0];
    return {
      id: r.item.id,
      status: r.item.status,
      reasons: r.item.reasons,
      priority: r.effectivePriority,
      breakdown: priorityBreakdown(r.item.priorityFactors as PriorityFactors, r.waited ?? 0),
      slaDueAt: r.item.slaDueAt,
      slaBreached: r.item.slaDueAt < new Date(),
      createdAt: r.item.createdAt,
      claim: r.claimActive ? { userId: r.item.claimedBy, name: r.claimedByName, expiresAt: r.item.claimExpiresAt, mine: r.item.claimedBy === ctx.user.id } : null,
      listing: {
        id: r.version.listingId,
        version: r.version.version,
        versionId: r.version.id,
        title: r.version.title,
        description: r.version.description,
        category: r.version.category,
        region: r.version.region,
        price: r.version.price,
        language: r.version.language,
      },
      seller: {
        id: r.sellerId,
        accountAgeDays: Math.floor((Date.now() - r.seller.firstSeenAt.getTime()) / 86_400_000),
        activeListings: r.seller.activeListings,
        pastViolations: r.violations,
        appeals: Object.fromEntries(r.sellerAppeals.map((a) => [a.status, a.n])),
      },
      images: r.images,
      prediction: r.prediction
        ? {
            modelVersion: r.prediction.modelVersion,
            policyVersion: r.prediction.policyVersion,
            scores: r.prediction.scores as Scores,
            imageScores: modality?.image ?? null,
            textScores: modality?.text ?? null,
            perImageScores: modality?.perImage ?? null,
            reasonCodes: r.prediction.reasonCodes,
            reasons: evidence.reasons ?? [],
            evidence: evidence.text ?? [],
            hashMatches: (evidence.hashMatches ?? []).map((m) => ({ ...m, entry: hashEntries.find((e) => e.id === m.entryId) ?? null })),
            gradcam: (r.prediction.gradcam ?? null) as StoredGradCam,
            failOpen: r.prediction.failOpen,
            latencyMs: r.prediction.latencyMs,
            stageTimings: r.prediction.stageTimings as Array<{ stage: string; ms: number }>,
          }
        : null,
      thresholds,
      decisions: r.decisions,
      actions: r.actions,
      appeals: r.appeals,
      undo:
        latest && lastMine && latest.id === lastMine.id && Date.now() - latest.createdAt.getTime() < UNDO_WINDOW_S * 1000
          ? { actionId: latest.id, action: latest.action, until: new Date(latest.createdAt.getTime() + UNDO_WINDOW_S * 1000) }
          : null,
      undoWindowS: UNDO_WINDOW_S,
      /** Images whose PDQ quality is below this are too featureless for the hash bank. */
      hashMinQuality: config.hashMinQuality,
    };
  }),

  decide: moderatorProcedure
    .input(
      z.object({
        itemId: z.uuid(),
        action: z.enum(ALL_ACTIONS),
        note: z.string().trim().max(2000).nullish(),
        actionId: z.uuid().optional(),
        /** confirm only: the images (sha256) the moderator marked for the known-bad hash bank. */
        hashBankImages: z.array(z.string().regex(/^[0-9a-f]{64}$/, "must be an image's sha256")).max(50).optional(),
        categories: z.array(z.enum(CATEGORIES)).optional(),
      }),
    )
    .mutation(({ ctx, input }) => recordDecision(ctx.db, ctx.user, input)),

  undo: moderatorProcedure
    .input(z.object({ itemId: z.uuid(), actionId: z.uuid().optional() }))
    .mutation(({ ctx, input }) => undoDecision(ctx.db, ctx.user, input)),

  nearDuplicates: moderatorProcedure.input(itemId).query(({ ctx, input }) => findNearDuplicates(ctx.db, input.itemId, ctx.user.id)),

  bulkDecide: moderatorProcedure
    .input(
      z.object({
        itemId: z.uuid(),
        action: z.enum(LABEL_ACTIONS),
        note: z.string().trim().max(2000).nullish(),
        /** The near-duplicates the moderator saw and picked: the action touches these and no others. */
        itemIds: z.array(z.uuid()).max(200),
        bulkId: z.uuid(),
      }),
    )
    .mutation(({ ctx, input }) => bulkDecide(ctx.db, ctx.user, input)),
});
