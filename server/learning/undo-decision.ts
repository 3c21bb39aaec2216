/**
 * Undo, within a short window: reverts the latest action of this moderator on an item in one
 * transaction, using what that action's audit entry recorded (the item as it was, the decision,
 * dataset entries, hash-bank entries and appeal it touched). The audit log is append-only: the undo
 * is a new entry, never an edit. A retried undo of the same action is answered from that entry.
 */
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import { removeHashEntry } from "@/db/queries/hash-banks";
import {
  deleteActionEffects,
  findActionAudit,
  findUndoAudit,
  latestActionOnItem,
  lockReviewItem,
  setAppealStatus,
  updateReviewItem,
} from "@/db/queries/moderation";
import { CLAIM_MINUTES } from "@/db/queries/review-claims";
import { AppError } from "../errors/app-error";
import type { PriorityFactors } from "../policy/review-priority";
import type { Moderator } from "./record-decision";

export const UNDO_WINDOW_S = Number(process.env.SIGHTLINE_UNDO_WINDOW_S ?? 10);

export interface UndoResult {
  itemId: string;
  actionId: string;
  action: string;
  replayed: boolean;
}

interface Recorded {
  decisionId: string | null;
  hashEntryIds: string[];
  appealId: string | null;
  previous: { status: "open" | "closed"; priority: number; priorityFactors: PriorityFactors; reasons: string[] };
}

export function undoDecision(db: Db, user: Moderator, input: { itemId: string; actionId?: string }): Promise<UndoResult> {
  return db.transaction(async (tx) => {
    const item = await lockReviewItem(tx, input.itemId);
    if (!item) throw new AppError("NOT_FOUND", "No such review item");
    const latest = await latestActionOnItem(tx, item.id);
    if (input.actionId && latest?.action.id !== input.actionId) {
      const done = await findUndoAudit(tx, input.actionId);
      if (done && done.entityId === item.id) return { itemId: item.id, actionId: input.actionId, action: String((done.data as { action?: string }).action ?? ""), replayed: true };
      throw new AppError("CONFLICT", "Only the latest action on an item can be undone");
    }
    if (!latest) throw new AppError("NOT_FOUND", "Nothing to undo");
    if (latest.action.userId !== user.id) throw new AppError("FORBIDDEN", "Only the moderator who acted can undo");
    if (latest.ageSeconds > UNDO_WINDOW_S) throw new AppError("CONFLICT", `The undo window (${UNDO_WINDOW_S} s) has passed`);

    const audit = await findActionAudit(tx, latest.action.id);
    if (!audit) throw new AppError("CONFLICT", "This action has no record to undo from");
    const rec = audit.data as Recorded;

    await updateReviewItem(tx, item.id, {
      status: rec.previous.status,
      closedAt: rec.previous.status === "open" ? null : item.closedAt,
      priority: rec.previous.priority,
      priorityFactors: rec.previous.priorityFactors,
      reasons: rec.previous.reasons,
      // The moderator is looking at it again: it is theirs for a fresh claim period.
      claimedBy: user.id,
      claimExpiresAt: new Date(Date.now() + CLAIM_MINUTES * 60_000),
    });
    if (rec.appealId) await setAppealStatus(tx, rec.appealId, { status: "open", resolvedBy: null, resolvedAt: null });
    for (const id of rec.hashEntryIds ?? []) await removeHashEntry(tx, id);
    await deleteActionEffects(tx, { actionId: latest.action.id, decisionId: rec.decisionId });
    await appendAudit(tx, {
      actorType: "user",
      actorId: user.id,
      action: "review.undo",
      entityType: "review_item",
      entityId: item.id,
      data: { actionId: latest.action.id, action: latest.action.action, undoneAuditId: audit.id, decisionId: rec.decisionId, hashEntryIds: rec.hashEntryIds ?? [] },
    });
    return { itemId: item.id, actionId: latest.action.id, action: latest.action.action, replayed: false };
  });
}
