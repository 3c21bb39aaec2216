/**
 * `npm run load`'s verdict: every request it sent, checked against what Postgres stored. Pure, so
 * its checks are tested on their own (load-reconcile.test.ts): a check that cannot fail is no check.
 */
import { FAIL_OPEN_CODES, type PredictAnswer } from "./local-server";

export type Kind = "new" | "retry" | "edit" | "abandon";

export interface Sent {
  phase: string;
  kind: Kind;
  listingId: string;
  /** The server's idempotency key for this body (computed with the server's own intake code). */
  contentHash: string;
  body: string;
  answer?: PredictAnswer;
  /** For abandoned requests: the answer to the identical re-send. */
  resent?: PredictAnswer;
}

/** One stored listing version of the run, with what hangs off it. */
export interface StoredRow {
  listing_id: string;
  content_hash: string;
  version: number;
  predictions: number;
  auto_decisions: number;
  /** The automatic decision's outcome. */
  outcome: string | null;
  review_items: number;
}

export interface Reconciliation {
  /** Answered with a decision but not stored. */
  lost: number;
  /** Stored twice over: more than one fresh (not replayed) answer, or more than one prediction, automatic decision or review item for one version. */
  duplicated: number;
  /** Answers for one content disagree with each other or with what is stored (version, decision). */
  inconsistent: number;
  /** Stored, but no request for that content got a decision back. */
  storedUnanswered: number;
  /** Requests with no HTTP answer at all (abandoned ones count by their re-send). */
  unanswered: number;
  /** Fail-open answers whose version has no review item. */
  failOpenWithoutReview: number;
  problems: string[];
}

/** What counts as the request's answer: an abandoned request's is its re-send's. */
export const finalAnswer = (r: Sent) => (r.kind === "abandon" ? r.resent : r.answer);

export const isFailOpen = (a?: PredictAnswer) => Boolean(a?.output?.reasons.some((x) => FAIL_OPEN_CODES.has(x.code)));

export function reconcile(sent: Sent[], rows: StoredRow[]): Reconciliation {
  const stored = new Map(rows.map((row) => [`${row.listing_id} ${row.content_hash}`, row]));
  const groups = new Map<string, Sent[]>();
  for (const r of sent) {
    const key = `${r.listingId} ${r.contentHash}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: Reconciliation = { lost: 0, duplicated: 0, inconsistent: 0, storedUnanswered: 0, unanswered: 0, failOpenWithoutReview: 0, problems: [] };
  const answeredKeys = new Set<string>();
  for (const [key, rs] of groups) {
    const answered = rs.map(finalAnswer).filter((a): a is PredictAnswer & { output: NonNullable<PredictAnswer["output"]> } => a?.status === 200 && a.output !== undefined);
    if (answered.length === 0) continue; // never decided: must not be stored (checked below)
    answeredKeys.add(key);
    const row = stored.get(key);
    if (!row) {
      out.lost++;
      out.problems.push(`lost: ${key} was answered (version ${answered[0].output.version}) but is not stored`);
      continue;
    }
    const fresh = answered.filter((a) => !a.output.replayed).length;
    if (fresh > 1 || row.predictions !== 1 || row.auto_decisions !== 1 || row.review_items > 1) {
      out.duplicated++;
      out.problems.push(`duplicated: ${key}: ${fresh} fresh answers, ${row.predictions} predictions, ${row.auto_decisions} automatic decisions, ${row.review_items} review items`);
    }
    const versions = new Set(answered.map((a) => a.output.version));
    const decisions = new Set(answered.map((a) => a.output.decision));
    if (versions.size !== 1 || !versions.has(row.version) || decisions.size !== 1 || !decisions.has(row.outcome ?? "")) {
      out.inconsistent++;
      out.problems.push(`inconsistent: ${key}: answered versions ${[...versions]} and decisions ${[...decisions]}, stored version ${row.version} (${row.outcome})`);
    }
    if (answered.some(isFailOpen) && row.review_items === 0) {
      out.failOpenWithoutReview++;
      out.problems.push(`fail-open without a review item: ${key}`);
    }
  }
  for (const row of rows) {
    const key = `${row.listing_id} ${row.content_hash}`;
    if (answeredKeys.has(key)) continue;
    out.storedUnanswered++;
    out.problems.push(`stored but never answered: ${key} (version ${row.version})`);
  }
  for (const r of sent) {
    const a = finalAnswer(r);
    if (a && a.status !== 0) continue;
    out.unanswered++;
    out.problems.push(`no answer: ${r.kind} ${r.listingId}: ${a?.error ?? "never sent"}`);
  }
  return out;
}
