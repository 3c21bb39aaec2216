import { describe, expect, it } from "vitest";
import { reconcile, type Kind, type Sent, type StoredRow } from "./load-reconcile";

const answer = (version: number, replayed = false, codes: string[] = []) => ({
  status: 200,
  ms: 10,
  output: { listingId: "l", version, decision: "allow", replayed, reasons: codes.map((code) => ({ code })) },
});
const req = (listingId: string, contentHash: string, kind: Kind, a: Sent["answer"], resent?: Sent["answer"]): Sent => ({ phase: "p", kind, listingId, contentHash, body: "", answer: a, resent });
const row = (listingId: string, contentHash: string, version: number, extra: Partial<StoredRow> = {}): StoredRow => ({
  listing_id: listingId,
  content_hash: contentHash,
  version,
  predictions: 1,
  auto_decisions: 1,
  outcome: "allow",
  review_items: 0,
  ...extra,
});

describe("reconcile", () => {
  it("passes a clean run: new, replayed retry, edit, and an abandoned request answered on re-send", () => {
    const sent = [
      req("a", "h1", "new", answer(1)),
      req("a", "h1", "retry", answer(1, true)),
      req("a", "h2", "edit", answer(2)),
      req("b", "h3", "abandon", { status: 0, ms: 20, error: "aborted" }, answer(1, true)),
      req("c", "h4", "new", answer(1, false, ["inference_unavailable"])),
      req("d", "h5", "new", { status: 429, ms: 1, error: "busy" }), // refused, not stored: fine
    ];
    const rows = [row("a", "h1", 1), row("a", "h2", 2), row("b", "h3", 1), row("c", "h4", 1, { review_items: 1 })];
    expect(reconcile(sent, rows)).toEqual({ lost: 0, duplicated: 0, inconsistent: 0, storedUnanswered: 0, unanswered: 0, failOpenWithoutReview: 0, problems: [] });
  });

  it("catches a lost write, a duplicate, a wrong version, a silent fail-open, a stored-but-unanswered version and a request with no answer", () => {
    const sent = [
      req("lost", "h", "new", answer(1)),
      req("dup", "h", "new", answer(1)),
      req("dup", "h", "retry", answer(1)), // both claim to have stored it
      req("ver", "h", "retry", answer(2, true)),
      req("silent", "h", "new", answer(1, false, ["stage_error"])),
      req("refused", "h", "new", { status: 500, ms: 1, error: "boom" }),
      req("hung", "h", "new", { status: 0, ms: 30_000, error: "timeout" }),
    ];
    const rows = [row("dup", "h", 1, { predictions: 2 }), row("ver", "h", 1), row("silent", "h", 1), row("refused", "h", 1)];
    const r = reconcile(sent, rows);
    expect(r).toMatchObject({ lost: 1, duplicated: 1, inconsistent: 1, failOpenWithoutReview: 1, storedUnanswered: 1, unanswered: 1 });
    expect(r.problems).toHaveLength(6);
  });
});
