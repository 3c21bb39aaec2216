/**
 * A moderator decision, in ONE transaction: the item is locked and checked (open, claimed by this
 * moderator or by nobody), the action and — for confirm/reverse/tag — the listing's new decision
 * are written, the item is closed (escalate keeps it open with a higher priority; skip gives the
 * claim back), an open appeal is resolved, the learning loop gets its dataset entries, the images
 * the moderator marked on a confirm go into the hash bank, and one audit entry records exactly what
 * changed (undo reads it).
 *
 * Idempotent: a retry with the same `actionId`, or the same action repeated by the same moderator,
 * returns the first result and writes nothing.
 */
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import {
  findActionAudit,
  findModeratorAction,
  insertDatasetEntries,
  insertDecision,
  insertModeratorAction,
  latestActionOnItem,
  loadDecisionContext,
  lockReviewItem,
  setAppealStatus,
  updateReviewItem,
} from "@/db/queries/moderation";
import { AppError } from "../errors/app-error";
import { clusterKeyOf } from "../image/hash-quality";
import { priorityOf, type PriorityFactors } from "../policy/review-priority";
import { DEFAULT_THRESHOLDS, thresholdsFor, thresholdsSchema, regionOverridesSchema, type Thresholds } from "../policy/thresholds";
import type { Category, Scores } from "../taxonomy";
import { addToHashBank, markedBankImages } from "./add-to-hash-bank";
import { labelDecision, LABEL_ACTIONS, type LabelAction, type ModeratorAction } from "./label-decision";

export { HASH_BANK_NAME } from "./add-to-hash-bank";
/** Same action by the same moderator this soon after is a retry, not a second decision. */
const REPEAT_WINDOW_S = 60;

export interface Moderator {
  id: string;
  name?: string;
}

export interface DecideInput {
  itemId: string;
  action: ModeratorAction;
  note?: string | null;
  /** Client-made id of this action: the idempotency key for retries. */
  actionId?: string;
  /**
   * confirm only: the sha256s of the images the moderator marked for the known-bad hash bank. Each
   * must be an image of the item's listing version with a matchable PDQ hash; none marked, none added.
   */
  hashBankImages?: string[];
  /** confirm only: the categories that apply (default: from the scores). */
  categories?: Category[];
  /** Set when this decision is part of a bulk action started on another item. */
  bulkOf?: string;
}

export interface DecideResult {
  actionId: string;
  itemId: string;
  action: ModeratorAction;
  status: "open" | "closed";
  decisionId: string | null;
  outcome: "allow" | "block" | null;
  tags: string[];
  datasetEntries: Array<{ id: string; kind: string; reason: string }>;
  hashEntryIds: string[];
  replayed: boolean;
}

/** Stored in the audit entry: the result plus what the item looked like before, for undo. */
interface ActionAuditData extends Omit<DecideResult, "replayed"> {
  listingVersionId: string;
  note: string | null;
  labels: Category[];
  appealId: string | null;
  bulkOf: string | null;
  /** The images the moderator marked for the hash bank (an image whose hash is already banked adds no entry). */
  hashBankImages: string[];
  previous: {
    status: "open" | "closed";
    claimedBy: string | null;
    priority: number;
    priorityFactors: PriorityFactors;
    reasons: string[];
  };
}

export function recordDecision(db: Db, user: Moderator, input: DecideInput): Promise<DecideResult> {
  return db.transaction((tx) => decideInTx(tx, user, input));
}

async function replay(tx: Tx, actionId: string): Promise<DecideResult> {
  const audit = await findActionAudit(tx, actionId);
  const d = (audit?.data ?? {}) as Partial<ActionAuditData>;
  return {
    actionId,
    itemId: d.itemId ?? "",
    action: d.action ?? "skip",
    status: d.status ?? "open",
    decisionId: d.decisionId ?? null,
    outcome: d.outcome ?? null,
    tags: d.tags ?? [],
    datasetEntries: d.datasetEntries ?? [],
    hashEntryIds: d.hashEntryIds ?? [],
    replayed: true,
  };
}

export function policyThresholds(policy: { thresholds: unknown; regionOverrides: unknown } | undefined, region: string | null): Thresholds {
  if (!policy) return DEFAULT_THRESHOLDS;
  return thresholdsFor(
    { version: 0, thresholds: thresholdsSchema.parse(policy.thresholds), regionOverrides: regionOverridesSchema.parse(policy.regionOverrides) },
    region ?? undefined,
  );
}

export async function decideInTx(tx: Tx, user: Moderator, input: DecideInput): Promise<DecideResult> {
  if (input.actionId) {
    const prior = await findModeratorAction(tx, input.actionId);
    if (prior) {
      if (prior.userId !== user.id || prior.reviewItemId !== input.itemId) throw new AppError("CONFLICT", "That action id is already used");
      return replay(tx, prior.id);
    }
  }
  const item = await lockReviewItem(tx, input.itemId);
  if (!item) throw new AppError("NOT_FOUND", "No such review item");

  const latest = await latestActionOnItem(tx, item.id);
  if (latest && latest.action.userId === user.id && latest.action.action === input.action) {
    const stillApplies =
      item.status === "closed" ||
      (latest.ageSeconds < REPEAT_WINDOW_S &&
        (input.action === "escalate" ? (item.priorityFactors as PriorityFactors).escalated === 1 : item.claimedBy !== user.id));
    if (stillApplies) return replay(tx, latest.action.id);
  }
  if (item.status !== "open") throw new AppError("CONFLICT", "This item was already decided");
  const claimedByOther = item.claimedBy && item.claimedBy !== user.id && item.claimExpiresAt && item.claimExpiresAt > new Date();
  if (claimedByOther) throw new AppError("CONFLICT", "Another moderator has claimed this item");

  const ctx = await loadDecisionContext(tx, item);
  if (input.hashBankImages?.length && input.action !== "confirm") throw new AppError("BAD_INPUT", "Only a confirm can add images to the hash bank");
  const bankImages = markedBankImages(ctx.images, input.hashBankImages ?? []);
  const action = await insertModeratorAction(tx, {
    id: input.actionId ?? randomUUID(),
    reviewItemId: item.id,
    userId: user.id,
    action: input.action,
    note: input.note ?? null,
  });
  const factors = item.priorityFactors as PriorityFactors;
  const previous: ActionAuditData["previous"] = {
    status: item.status,
    claimedBy: item.claimedBy,
    priority: item.priority,
    priorityFactors: factors,
    reasons: item.reasons,
  };
  const result: DecideResult = {
    actionId: action.id,
    itemId: item.id,
    action: input.action,
    status: "open",
    decisionId: null,
    outcome: null,
    tags: [],
    datasetEntries: [],
    hashEntryIds: [],
    replayed: false,
  };
  let labels: Category[] = [];
  let appealId: string | null = null;

  if ((LABEL_ACTIONS as readonly string[]).includes(input.action)) {
    const scores = (ctx.prediction?.scores ?? null) as Scores | null;
    const modality = (ctx.prediction?.modalityScores ?? null) as { image: Scores | null; text: Scores | null } | null;
    const label = labelDecision({
      action: input.action as LabelAction,
      scores,
      modality,
      thresholds: policyThresholds(ctx.policy, ctx.version.region),
      autoOutcome: ctx.autoDecision?.outcome ?? null,
      reasonCodes: ctx.prediction?.reasonCodes ?? [],
      categories: input.categories,
    });
    labels = label.labels;
    const decision = await insertDecision(tx, {
      listingVersionId: item.listingVersionId,
      outcome: label.outcome,
      source: "moderator",
      tags: label.tags,
      decidedBy: user.id,
      note: input.note ?? null,
    });
    await updateReviewItem(tx, item.id, { status: "closed", closedAt: new Date(), claimedBy: null, claimExpiresAt: null });
    const clusterKey = clusterKeyOf(ctx.images);
    const entries = await insertDatasetEntries(
      tx,
      label.entries.map((e) => ({ kind: e.kind, reason: e.reason, listingVersionId: item.listingVersionId, labels, clusterKey, sourceActionId: action.id })),
    );
    if (ctx.openAppeal) {
      appealId = ctx.openAppeal.id;
      await setAppealStatus(tx, appealId, { status: label.outcome === "block" ? "upheld" : "overturned", resolvedBy: user.id, resolvedAt: new Date() });
    }
    result.hashEntryIds = await addToHashBank(tx, { userId: user.id, images: bankImages, category: labels[0] ?? "firearm", itemId: item.id });
    Object.assign(result, {
      status: "closed",
      decisionId: decision.id,
      outcome: label.outcome,
      tags: label.tags,
      datasetEntries: entries.map((e) => ({ id: e.id, kind: e.kind, reason: e.reason })),
    });
  } else if (input.action === "escalate") {
    const raised: PriorityFactors = { ...factors, escalated: 1 };
    await updateReviewItem(tx, item.id, {
      priority: priorityOf(raised),
      priorityFactors: raised,
      reasons: item.reasons.includes("escalated") ? item.reasons : [...item.reasons, "escalated"],
      // A senior moderator picks it up next: give the claim back.
      claimedBy: null,
      claimExpiresAt: null,
    });
  } else {
    await updateReviewItem(tx, item.id, { claimedBy: null, claimExpiresAt: null });
  }

  const { replayed: _replayed, ...stored } = result;
  const data: ActionAuditData = { ...stored, listingVersionId: item.listingVersionId, note: input.note ?? null, labels, appealId, bulkOf: input.bulkOf ?? null, hashBankImages: bankImages.map((i) => i.sha256), previous };
  await appendAudit(tx, { actorType: "user", actorId: user.id, action: `review.${input.action}`, entityType: "review_item", entityId: item.id, data });
  return result;
}
