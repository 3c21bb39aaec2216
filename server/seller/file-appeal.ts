/**
 * A seller's appeal, in one transaction: only on the listing's current version while it is blocked,
 * one per decision (see appeal-rules.ts), and at most `SIGHTLINE_APPEALS_PER_DAY` per seller in any
 * 24 hours, because each appeal puts a boosted item at the front of the moderators' queue. A retry
 * of the same appeal (same version, same words) while it is open returns it instead of failing.
 */
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import { appealsOnVersion, findVersionStanding, insertAppeal, lockSellerAppeals, recentAppeals, type AppealRow } from "@/db/queries/seller-appeals";
import { envNumber } from "../config";
import { AppError } from "../errors/app-error";
import { appealRefusal } from "./appeal-rules";

const DAY_MS = 86_400_000;

export function appealsPerDay(): number {
  return envNumber("SIGHTLINE_APPEALS_PER_DAY", 5, 1);
}

export interface AppealResult {
  appeal: Pick<AppealRow, "id" | "listingVersionId" | "status" | "message" | "createdAt">;
  replayed: boolean;
}

const shown = (a: AppealRow): AppealResult["appeal"] => ({ id: a.id, listingVersionId: a.listingVersionId, status: a.status, message: a.message, createdAt: a.createdAt });

export async function fileAppeal(db: Db, user: { id: string; sellerId: string | null }, input: { versionId: string; message: string }): Promise<AppealResult> {
  const sellerId = user.sellerId;
  if (!sellerId) throw new AppError("NOT_FOUND", "No such listing");
  return db.transaction(async (tx) => {
    await lockSellerAppeals(tx, sellerId);
    const standing = await findVersionStanding(tx, input.versionId);
    if (!standing || standing.sellerId !== sellerId) throw new AppError("NOT_FOUND", "No such listing");
    const prior = await appealsOnVersion(tx, input.versionId);
    const open = prior.find((a) => a.status === "open");
    if (open && open.message === input.message) return { appeal: shown(open), replayed: true };

    const refusal = appealRefusal({ isCurrent: standing.isCurrent, outcome: standing.outcome, latestAppealStatus: prior[0]?.status ?? null });
    if (refusal) throw new AppError("CONFLICT", refusal);

    const limit = appealsPerDay();
    const recent = await recentAppeals(tx, sellerId, new Date(Date.now() - DAY_MS));
    if (recent.n >= limit) {
      const next = new Date((recent.oldest?.getTime() ?? Date.now()) + DAY_MS);
      throw new AppError("TOO_MANY_REQUESTS", `You can file ${limit} appeal${limit === 1 ? "" : "s"} a day; you can file the next one after ${next.toISOString().slice(0, 16).replace("T", " ")} UTC`);
    }

    const appeal = await insertAppeal(tx, { listingVersionId: input.versionId, sellerId, message: input.message });
    await appendAudit(tx, { actorType: "user", actorId: user.id, action: "appeal.filed", entityType: "appeal", entityId: appeal.id, data: { listingId: standing.listingId } });
    return { appeal: shown(appeal), replayed: false };
  });
}
