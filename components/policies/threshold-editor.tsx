"use client";
/** The thresholds table: per category block / review / tag in percent; blank means never. */
import { CATEGORIES, type Category } from "@/server/taxonomy";
import { FIELDS, type Field, type Row } from "./policy-form";

export function ThresholdInputs({
  scope,
  category,
  row,
  active,
  errors,
  onChange,
  disabled,
}: {
  scope: string;
  category: Category;
  row: Row;
  active?: Row;
  errors: Record<string, string>;
  onChange: (field: Field, value: string) => void;
  disabled?: boolean;
}) {
  const prefix = scope === "default" ? "" : `${scope} `;
  return (
    <>
      {FIELDS.map((f) => {
        const err = errors[`${scope}.${category}.${f}`];
        const changed = active && active[f] !== row[f];
        return (
          <td key={f} className="px-2 py-1">
            <div className="flex items-center gap-1">
              <input
                type="number"
                inputMode="decimal"
                min={0}
                max={100}
                step={1}
                placeholder="never"
                disabled={disabled}
                aria-label={`${prefix}${category} ${f} threshold (%)`}
                aria-invalid={err ? true : undefined}
                value={row[f]}
                onChange={(e) => onChange(f, e.target.value)}
                className={`w-20 rounded border px-2 py-0.5 text-right tabular-nums disabled:bg-slate-50 disabled:text-slate-400 ${
                  err ? "border-red-500 bg-red-50" : changed ? "border-amber-500 bg-amber-50" : "border-slate-300"
                }`}
              />
              <span className="text-xs text-slate-400">%</span>
            </div>
            {err && <div className="text-xs text-red-600">{err}</div>}
            {changed && !err && <div className="text-xs text-slate-400">was {active[f] === "" ? "never" : `${active[f]}%`}</div>}
          </td>
        );
      })}
    </>
  );
}

export function ThresholdTable({
  base,
  active,
  errors,
  onChange,
}: {
  base: Record<Category, Row>;
  active: Record<Category, Row>;
  errors: Record<string, string>;
  onChange: (c: Category, f: Field, v: string) => void;
}) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b text-left text-xs uppercase tracking-wide text-slate-500">
          <th className="px-2 py-1">Category</th>
          <th className="px-2 py-1">Block at</th>
          <th className="px-2 py-1">Review at</th>
          <th className="px-2 py-1">Tag at</th>
        </tr>
      </thead>
      <tbody>
        {CATEGORIES.map((c) => (
          <tr key={c} className="border-b border-slate-100 align-top">
            <td className="px-2 py-1.5 font-medium">{c}</td>
            <ThresholdInputs scope="default" category={c} row={base[c]} active={active[c]} errors={errors} onChange={(f, v) => onChange(c, f, v)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
