/** Per-category scores against the policy's thresholds: a bar per category, ticks at review and block. */
import { CATEGORIES, type Scores } from "@/server/taxonomy";

type T = Record<string, { block: number | null; review: number | null; tag?: number | null }>;

export function ScoreBars({ scores, thresholds, imageScores, textScores }: { scores: Scores; thresholds: T; imageScores: Scores | null; textScores: Scores | null }) {
  return (
    <table className="w-full text-xs" data-testid="score-bars">
      <tbody>
        {CATEGORIES.map((c) => {
          const s = scores[c] ?? 0;
          const t = thresholds[c];
          const over = t.block !== null && s >= t.block ? "bg-red-500" : t.review !== null && s >= t.review ? "bg-amber-400" : "bg-slate-400";
          return (
            <tr key={c} data-testid={`score-${c}`} data-score={s}>
              <td className="w-32 py-1 pr-2 text-slate-600">{c}</td>
              <td className="py-1">
                <div className="relative h-3 w-full rounded bg-slate-100">
                  <div className={`h-3 rounded ${over}`} style={{ width: `${s * 100}%` }} />
                  {t.review !== null && <div className="absolute top-[-2px] h-4 w-0.5 bg-amber-700" style={{ left: `${t.review * 100}%` }} title={`review ≥ ${t.review}`} />}
                  {t.block !== null && <div className="absolute top-[-2px] h-4 w-0.5 bg-red-800" style={{ left: `${t.block * 100}%` }} title={`block ≥ ${t.block}`} />}
                  {t.tag != null && <div className="absolute top-[-2px] h-4 w-0.5 bg-sky-700" style={{ left: `${t.tag * 100}%` }} title={`tag ≥ ${t.tag}`} />}
                </div>
              </td>
              <td className="w-12 py-1 pl-2 text-right tabular-nums">{Math.round(s * 100)}%</td>
              <td className="w-28 py-1 pl-2 text-slate-400 tabular-nums">
                {imageScores && `img ${Math.round(imageScores[c] * 100)}`} {textScores && `txt ${Math.round(textScores[c] * 100)}`}
              </td>
            </tr>
          );
        })}
      </tbody>
      <caption className="caption-bottom pt-1 text-left text-[11px] text-slate-400">ticks: amber review · red block · blue tag threshold</caption>
    </table>
  );
}
