/**
 * Text with its evidence highlighted at the exact stored offsets (UTF-16 code units into the
 * original text). Overlapping spans split the text into segments; each segment lists the spans
 * covering it (data-spans), so "G.l.0.c.k" is one highlight even when a token attribution overlaps.
 */
import type { EvidenceSpan } from "@/server/taxonomy";

const KIND_STYLE: Record<EvidenceSpan["kind"], string> = {
  lexicon: "bg-red-200 text-red-950",
  pattern: "bg-orange-200 text-orange-950",
  negative: "bg-emerald-200 text-emerald-950",
  attribution: "bg-sky-100 text-sky-950",
};
/** When spans overlap, the segment takes the style of the strongest kind. */
const KIND_RANK: Record<EvidenceSpan["kind"], number> = { lexicon: 3, pattern: 3, negative: 2, attribution: 1 };

export function EvidenceText({ text, spans, field, imageIndex }: { text: string; spans: Array<EvidenceSpan & { index: number }>; field: string; imageIndex?: number }) {
  const mine = spans.filter((s) => s.field === field && (imageIndex === undefined || s.imageIndex === imageIndex) && s.end > s.start && s.end <= text.length);
  const cuts = [...new Set([0, text.length, ...mine.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const parts: React.ReactNode[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = mine.filter((s) => s.start <= a && s.end >= b);
    const segment = text.slice(a, b);
    if (!covering.length) {
      parts.push(<span key={a}>{segment}</span>);
      continue;
    }
    const top = covering.reduce((x, y) => (KIND_RANK[y.kind] > KIND_RANK[x.kind] ? y : x));
    const title = covering
      .map((s) =>
        s.kind === "attribution"
          ? `attribution ${s.category ?? ""} ${s.weight >= 0 ? "+" : ""}${s.weight.toFixed(3)}`
          : `${s.kind}: "${s.text}" → ${s.normalised}${s.rule ? ` (${s.rule})` : ""}${s.category ? ` · ${s.category}` : ""}${s.language ? ` · ${s.language}` : ""}`,
      )
      .join("\n");
    parts.push(
      <mark
        key={a}
        className={`rounded px-0.5 ${KIND_STYLE[top.kind]}`}
        title={title}
        data-testid="evidence-mark"
        data-kind={top.kind}
        data-start={a}
        data-end={b}
        data-spans={covering.map((s) => s.index).join(",")}
        data-normalised={covering.find((s) => s.kind !== "attribution")?.normalised ?? ""}
      >
        {segment}
      </mark>,
    );
  }
  return (
    <span data-testid={`evidence-${field}${imageIndex !== undefined ? `-${imageIndex}` : ""}`} className="whitespace-pre-wrap">
      {parts}
    </span>
  );
}

/** The rule hits as a list: original → normalised, so disguised words are plain to see. */
export function EvidenceList({ spans }: { spans: Array<EvidenceSpan & { index: number }> }) {
  const rules = spans.filter((s) => s.kind !== "attribution");
  const attributions = spans.filter((s) => s.kind === "attribution").sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 8);
  if (!rules.length && !attributions.length) return <p className="text-sm text-slate-500">No text evidence.</p>;
  return (
    <div className="flex flex-col gap-2 text-sm">
      {rules.length > 0 && (
        <ul className="flex flex-col gap-1" data-testid="evidence-list">
          {rules.map((s) => (
            <li key={s.index} className="flex flex-wrap items-center gap-2">
              <span className={`rounded px-1 ${KIND_STYLE[s.kind]}`}>{s.text}</span>
              <span className="text-slate-400">→</span>
              <b data-testid="evidence-normalised">{s.normalised}</b>
              <span className="text-xs text-slate-500">
                {s.kind} {s.rule} {s.category && `· ${s.category}`} {s.language && `· ${s.language}`} · {s.field}
                {s.field === "ocr" && s.imageIndex !== undefined ? ` #${s.imageIndex + 1}` : ""} · weight {s.weight.toFixed(2)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {attributions.length > 0 && (
        <div className="text-xs text-slate-600">
          Model token attributions:{" "}
          {attributions.map((s) => (
            <span key={s.index} className="mr-2">
              <span className={KIND_STYLE.attribution}>{s.text}</span> {s.weight >= 0 ? "+" : ""}
              {s.weight.toFixed(3)} ({s.category})
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
