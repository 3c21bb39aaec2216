/**
 * Preview a draft policy before publishing: replay the decision rule (server/cascade/decide.ts,
 * the same function the cascade runs) over the stored predictions of a recent window, under the
 * active policy and under the draft, and compare. Hash-bank blocks are exact matches and do not
 * depend on thresholds, so they stay blocked; fail-open predictions have no scores to replay and
 * stay as they were (allowed, with a review item).
 */
import type { Db } from "@/db/client";
import { loadHumanLabels, loadReplayPredictions } from "@/db/queries/policies";
import { decide } from "../cascade/decide";
import type { CascadeItem, Outcome, Reason } from "../cascade/types";
import { BLOCKED_BY_DEFAULT, CATEGORIES, zeroScores, type Category, type Scores } from "../taxonomy";
import { currentPolicy } from "./publish-policy";
import type { Policy } from "./thresholds";

/** One stored prediction, as much of it as the decision rule reads. */
export interface ReplayRow {
  listingVersionId: string;
  listingId: string;
  title: string;
  region: string | null;
  scores: Scores;
  /** Per-modality scores, when the model ran (null: rules only, scores are the rule scores). */
  imageScores: Scores | null;
  textScores: Scores | null;
  modelRan: boolean;
  /** Rule evidence weights per category, rebuilt from the stored text evidence. */
  ruleScores: Partial<Scores>;
  evasion: boolean;
  hashBlocked: boolean;
  failOpen: boolean;
}

/** A human's word on a listing: is it a violation (a policy-blocked category) or not. */
export interface HumanLabel {
  listingVersionId: string;
  violation: boolean;
}

type Counts = Record<Outcome, number>;
export interface LabelledMetrics {
  /** Blocked and a violation / blocked. null when nothing labelled is blocked. */
  blockPrecision: number | null;
  /** Violations blocked / violations. */
  blockRecall: number | null;
  /** Violations blocked or sent to review / violations. */
  flaggedRecall: number | null;
  tp: number;
  fp: number;
  fn: number;
}
export interface ChangedListing {
  listingId: string;
  title: string;
  region: string | null;
  from: Outcome;
  to: Outcome;
  scores: Scores;
  /** The draft's reasons, e.g. "firearm 80% ≥ block threshold 75%". */
  reasons: string[];
}
export interface PreviewResult {
  rows: number;
  counts: { active: Counts; draft: Counts };
  hashBankBlocks: number;
  failOpen: number;
  changed: { total: number; transitions: Record<string, number>; examples: ChangedListing[] };
  perCategory: Record<Category, { active: { block: number; review: number }; draft: { block: number; review: number } }>;
  labelled: { n: number; violations: number; active: LabelledMetrics; draft: LabelledMetrics };
}

const SAMPLE_EXAMPLES = 25;
const RANK: Record<Outcome, number> = { allow: 0, review: 1, block: 2 };

/** The same CascadeItem shape the cascade hands to decide, rebuilt from what was stored. */
function toItem(row: ReplayRow, policy: Policy): CascadeItem {
  return {
    input: { listingId: row.listingId, sellerId: "-", title: row.title, description: "", images: [], region: row.region ?? undefined },
    images: [],
    rawImages: [],
    rawImageSha256: [],
    seller: { accountAgeDays: 0, priorViolations: 0, activeListings: null },
    policy,
    pdq: [],
    hashMatches: [],
    text: { spans: [], negatives: [], suppressed: [], evasion: row.evasion, language: "und", ruleScores: row.ruleScores },
    model: row.modelRan
      ? {
          scores: row.scores,
          imageScores: row.imageScores,
          textScores: row.textScores,
          perImage: [],
          textAttributions: [],
          embeddings: { image: [], text: null },
          modelVersion: "replay",
          timings: { imageMs: 0, textMs: 0, headMs: 0, explainMs: 0 },
        }
      : undefined,
  };
}

function replayOne(row: ReplayRow, policy: Policy): { outcome: Outcome; reasons: Reason[] } {
  if (row.hashBlocked) return { outcome: "block", reasons: [] };
  // A fail-open row (no model result) replays as the cascade decides it: the rules' verdict.
  const v = decide(toItem(row, policy));
  return { outcome: v.outcome, reasons: v.reasons };
}

function metrics(outcomes: Map<string, Outcome>, labels: HumanLabel[]): LabelledMetrics {
  let tp = 0, fp = 0, fn = 0, flagged = 0, violations = 0;
  for (const l of labels) {
    const o = outcomes.get(l.listingVersionId);
    if (!o) continue;
    if (l.violation) {
      violations++;
      if (o === "block") tp++;
      else fn++;
      if (o !== "allow") flagged++;
    } else if (o === "block") fp++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return { blockPrecision: ratio(tp, tp + fp), blockRecall: ratio(tp, violations), flaggedRecall: ratio(flagged, violations), tp, fp, fn };
}

/** The pure part: replay both policies over the rows and compare. */
export function replayPolicies(rows: ReplayRow[], active: Policy, draft: Policy, labels: HumanLabel[] = []): PreviewResult {
  const counts = { active: { allow: 0, review: 0, block: 0 }, draft: { allow: 0, review: 0, block: 0 } };
  const perCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, { active: { block: 0, review: 0 }, draft: { block: 0, review: 0 } }]),
  ) as PreviewResult["perCategory"];
  const transitions: Record<string, number> = {};
  const changed: Array<ChangedListing & { weight: number }> = [];
  const outcomes = { active: new Map<string, Outcome>(), draft: new Map<string, Outcome>() };
  let hashBankBlocks = 0;
  let failOpen = 0;

  for (const row of rows) {
    if (row.hashBlocked) hashBankBlocks++;
    else if (row.failOpen) failOpen++;
    const a = replayOne(row, active);
    const d = replayOne(row, draft);
    counts.active[a.outcome]++;
    counts.draft[d.outcome]++;
    outcomes.active.set(row.listingVersionId, a.outcome);
    outcomes.draft.set(row.listingVersionId, d.outcome);
    for (const [side, r] of [["active", a], ["draft", d]] as const) {
      for (const reason of r.reasons) {
        if (!reason.category) continue;
        if (reason.code === "model_score_block" || reason.code === "rule_score_block") perCategory[reason.category][side].block++;
        if (reason.code === "model_score_review" || reason.code === "rule_score_review") perCategory[reason.category][side].review++;
      }
    }
    if (a.outcome !== d.outcome) {
      const key = `${a.outcome}→${d.outcome}`;
      transitions[key] = (transitions[key] ?? 0) + 1;
      changed.push({
        listingId: row.listingId,
        title: row.title,
        region: row.region,
        from: a.outcome,
        to: d.outcome,
        scores: row.scores,
        reasons: d.reasons.filter((x) => x.code.startsWith("model_score") || x.code === "rule_without_model_support").map((x) => x.message),
        // Biggest moves first (allow→block before review→block), then the surest scores.
        weight: Math.abs(RANK[d.outcome] - RANK[a.outcome]) * 10 + Math.max(...BLOCKED_BY_DEFAULT.map((c) => row.scores[c])),
      });
    }
  }

  changed.sort((x, y) => y.weight - x.weight);
  const labelsInWindow = labels.filter((l) => outcomes.active.has(l.listingVersionId));
  return {
    rows: rows.length,
    counts,
    hashBankBlocks,
    failOpen,
    changed: { total: changed.length, transitions, examples: changed.slice(0, SAMPLE_EXAMPLES).map(({ weight: _w, ...c }) => c) },
    perCategory,
    labelled: {
      n: labelsInWindow.length,
      violations: labelsInWindow.filter((l) => l.violation).length,
      active: metrics(outcomes.active, labelsInWindow),
      draft: metrics(outcomes.draft, labelsInWindow),
    },
  };
}

// ---------------------------------------------------------------- from stored rows

const asScores = (x: unknown): Scores | null =>
  x && typeof x === "object" ? { ...zeroScores(), ...(x as Partial<Scores>) } : null;

/** Stored prediction → replay row. Rule scores are the strongest rule/negative hit per category. */
export function toReplayRow(stored: {
  listingVersionId: string;
  listingId: string;
  title: string;
  region: string | null;
  scores: unknown;
  modalityScores: unknown;
  textEvidence: unknown;
  reasonCodes: string[];
  failOpen: boolean;
}): ReplayRow {
  const modality = (stored.modalityScores ?? null) as { image?: unknown; text?: unknown } | null;
  const spans = Array.isArray(stored.textEvidence)
    ? (stored.textEvidence as Array<{ kind?: string; category?: Category | null; weight?: number; evasion?: boolean }>)
    : [];
  const ruleScores: Partial<Scores> = {};
  for (const s of spans) {
    if (s.kind === "attribution" || !s.category || typeof s.weight !== "number") continue;
    if (s.weight > (ruleScores[s.category] ?? 0)) ruleScores[s.category] = s.weight;
  }
  return {
    listingVersionId: stored.listingVersionId,
    listingId: stored.listingId,
    title: stored.title,
    region: stored.region,
    scores: asScores(stored.scores) ?? zeroScores(),
    imageScores: asScores(modality?.image),
    textScores: asScores(modality?.text),
    modelRan: modality !== null,
    ruleScores,
    evasion: stored.reasonCodes.includes("evasion_detected"),
    hashBlocked: stored.reasonCodes.includes("hash_bank_match"),
    failOpen: stored.failOpen,
  };
}

/** The newest human word per listing version: a moderator decision beats a dataset entry. */
export function toHumanLabels(data: Awaited<ReturnType<typeof loadHumanLabels>>): HumanLabel[] {
  const out = new Map<string, HumanLabel>();
  for (const a of data.actions) {
    if (!out.has(a.listingVersionId)) out.set(a.listingVersionId, { listingVersionId: a.listingVersionId, violation: a.action === "confirm" });
  }
  for (const e of data.entries) {
    if (out.has(e.listingVersionId)) continue;
    const violation = e.labels.some((l) => (BLOCKED_BY_DEFAULT as readonly string[]).includes(l));
    out.set(e.listingVersionId, { listingVersionId: e.listingVersionId, violation });
  }
  return [...out.values()];
}

export const PREVIEW_DEFAULTS = { days: 30, limit: 50_000 } as const;

/** The service: load the window, replay active vs draft. */
export async function previewPolicy(
  db: Db,
  draft: Omit<Policy, "version">,
  opts: { days?: number; limit?: number } = {},
): Promise<PreviewResult & { activeVersion: number; window: { since: Date; days: number; limit: number; capped: boolean } }> {
  const days = opts.days ?? PREVIEW_DEFAULTS.days;
  const limit = opts.limit ?? PREVIEW_DEFAULTS.limit;
  const since = new Date(Date.now() - days * 86_400_000);
  const [active, stored] = await Promise.all([currentPolicy(db), loadReplayPredictions(db, { since, limit })]);
  const rows = stored.map(toReplayRow);
  const labels = toHumanLabels(await loadHumanLabels(db, rows.map((r) => r.listingVersionId)));
  const result = replayPolicies(rows, active, { version: -1, ...draft }, labels);
  return { ...result, activeVersion: active.version, window: { since, days, limit, capped: stored.length >= limit } };
}
