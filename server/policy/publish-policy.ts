/**
 * Publish a policy (a new version becomes the active one) and roll back to an earlier version.
 * Each is one transaction: deactivate the old, activate the new (the partial unique index allows
 * one active row), append an audit entry with the diff. Then this process forgets its cached
 * policy so the next prediction uses the new one (other processes pick it up within the cache TTL).
 */
import { z } from "zod";
import type { Db, DbOrTx } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import {
  activatePolicy,
  deactivatePolicies,
  findActivePolicy,
  findPolicyByVersion,
  insertActivePolicy,
  lockActivePolicy,
  maxPolicyVersion,
} from "@/db/queries/policies";
import { AppError } from "../errors/app-error";
import { CATEGORIES } from "../taxonomy";
import { forgetActivePolicy } from "./active-policy";
import { DEFAULT_THRESHOLDS, regionOverridesSchema, thresholdsSchema, type CategoryThresholds, type Policy, type Thresholds } from "./thresholds";

function checkOrder(t: Partial<Record<string, CategoryThresholds>>, path: (string | number)[], ctx: z.RefinementCtx) {
  for (const [category, v] of Object.entries(t)) {
    if (v && v.block !== null && v.review !== null && v.block < v.review) {
      ctx.addIssue({ code: "custom", path: [...path, category, "block"], message: `${category}: block (${v.block}) must be ≥ review (${v.review})` });
    }
  }
}

/** A draft: thresholds in [0,1] (thresholdsSchema), and block ≥ review wherever both are set. */
export const policyDraftSchema = z
  .object({ thresholds: thresholdsSchema, regionOverrides: regionOverridesSchema.default({}) })
  .superRefine((p, ctx) => {
    checkOrder(p.thresholds, ["thresholds"], ctx);
    for (const [region, o] of Object.entries(p.regionOverrides)) checkOrder(o, ["regionOverrides", region], ctx);
  });
export type PolicyDraft = z.infer<typeof policyDraftSchema>;

export interface ThresholdChange {
  /** "default" or a region code. */
  scope: string;
  category: string;
  field: "block" | "review" | "tag" | "override";
  from: number | null | string;
  to: number | null | string;
}

/** What changes between two policies, field by field: the audit entry and the confirm step show it. */
export function diffPolicies(before: PolicyDraft, after: PolicyDraft): ThresholdChange[] {
  const changes: ThresholdChange[] = [];
  const fields = ["block", "review", "tag"] as const;
  const cmp = (scope: string, a: Partial<Thresholds>, b: Partial<Thresholds>) => {
    for (const c of CATEGORIES) {
      const x = a[c];
      const y = b[c];
      if (scope !== "default" && !x !== !y) {
        changes.push({ scope, category: c, field: "override", from: x ? "set" : "inherit", to: y ? "set" : "inherit" });
      }
      for (const f of fields) {
        const from = x?.[f] ?? null;
        const to = y?.[f] ?? null;
        if (from !== to && (x || y)) changes.push({ scope, category: c, field: f, from, to });
      }
    }
  };
  cmp("default", before.thresholds, after.thresholds);
  const regions = [...new Set([...Object.keys(before.regionOverrides), ...Object.keys(after.regionOverrides)])].sort();
  for (const r of regions) cmp(r, before.regionOverrides[r] ?? {}, after.regionOverrides[r] ?? {});
  return changes;
}

const DEFAULT_DRAFT: PolicyDraft = { thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} };
const asDraft = (row: { thresholds: unknown; regionOverrides: unknown } | undefined): PolicyDraft =>
  row ? { thresholds: thresholdsSchema.parse(row.thresholds), regionOverrides: regionOverridesSchema.parse(row.regionOverrides) } : DEFAULT_DRAFT;

/**
 * The active policy read straight from the database, for the policy console. (activePolicy() is
 * cached per module instance, and Next bundles pages and route handlers apart, so a page could
 * show the old version for a few seconds after a publish.)
 */
export async function currentPolicy(db: DbOrTx): Promise<Policy> {
  const row = await findActivePolicy(db);
  return { version: row?.version ?? 0, ...asDraft(row) };
}

export async function publishPolicy(
  db: Db,
  actor: { id: string },
  input: { draft: unknown; note: string; baseVersion?: number },
) {
  const parsed = policyDraftSchema.safeParse(input.draft);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    throw new AppError("BAD_INPUT", parsed.error.issues[0]?.message ?? "Invalid policy", fieldErrors);
  }
  const draft = parsed.data;
  const note = input.note.trim();
  const row = await db.transaction(async (tx) => {
    const current = await lockActivePolicy(tx);
    const currentVersion = current?.version ?? 0;
    // The editor started from baseVersion: publishing over someone else's change would undo it.
    if (input.baseVersion !== undefined && input.baseVersion !== currentVersion) {
      throw new AppError("CONFLICT", `The active policy changed to version ${currentVersion} since you opened the editor; reload and review it first`);
    }
    const diff = diffPolicies(asDraft(current), draft);
    if (diff.length === 0) throw new AppError("BAD_INPUT", "Nothing to publish: the draft equals the active policy");
    const version = (await maxPolicyVersion(tx)) + 1;
    await deactivatePolicies(tx);
    const created = await insertActivePolicy(tx, {
      version,
      name: note || `Version ${version}`,
      thresholds: draft.thresholds,
      regionOverrides: draft.regionOverrides,
      createdBy: actor.id,
    });
    await appendAudit(tx, {
      actorType: "user",
      actorId: actor.id,
      action: "policy.published",
      entityType: "policy",
      entityId: created.id,
      data: { version, previousVersion: current ? currentVersion : null, note, diff },
    });
    return created;
  });
  forgetActivePolicy();
  return { version: row.version, id: row.id };
}

export async function rollbackPolicy(db: Db, actor: { id: string }, input: { version: number; note?: string }) {
  const row = await db.transaction(async (tx) => {
    const current = await lockActivePolicy(tx);
    const target = await findPolicyByVersion(tx, input.version);
    if (!target) throw new AppError("NOT_FOUND", `No policy version ${input.version}`);
    if (target.active) throw new AppError("CONFLICT", `Version ${input.version} is already active`);
    await deactivatePolicies(tx);
    const activated = await activatePolicy(tx, target.id);
    await appendAudit(tx, {
      actorType: "user",
      actorId: actor.id,
      action: "policy.rolled_back",
      entityType: "policy",
      entityId: target.id,
      data: {
        version: target.version,
        previousVersion: current?.version ?? null,
        note: input.note?.trim() ?? "",
        diff: diffPolicies(asDraft(current), asDraft(target)),
      },
    });
    return activated;
  });
  forgetActivePolicy();
  return { version: row.version, id: row.id };
}
