"use client";
/** Region overrides: a region replaces the thresholds of the categories it overrides. */
import { useState } from "react";
import { CATEGORIES, type Category } from "@/server/taxonomy";
import { REGION_RE, type FormState, type Row } from "./policy-form";
import { ThresholdInputs } from "./threshold-editor";

export function RegionOverrides({
  form,
  errors,
  setForm,
}: {
  form: FormState;
  errors: Record<string, string>;
  setForm: (f: (prev: FormState) => FormState) => void;
}) {
  const [code, setCode] = useState("");
  const clean = code.trim().toUpperCase();
  const canAdd = REGION_RE.test(clean) && !form.regions.some((r) => r.code === clean);
  const add = () => {
    if (!canAdd) return;
    setForm((f) => ({ ...f, regions: [...f.regions, { code: clean, rows: {} }] }));
    setCode("");
  };
  const update = (code: string, fn: (rows: Partial<Record<Category, Row>>) => Partial<Record<Category, Row>>) =>
    setForm((f) => ({ ...f, regions: f.regions.map((r) => (r.code === code ? { ...r, rows: fn(r.rows) } : r)) }));

  return (
    <div className="flex flex-col gap-3">
      {form.regions.map((r) => (
        <section key={r.code} className="rounded border border-slate-200" aria-label={`Region ${r.code} overrides`}>
          <div className="flex items-center justify-between border-b bg-slate-50 px-2 py-1 text-sm">
            <span className="font-medium">{r.code}</span>
            {errors[`${r.code}.region`] && <span className="text-xs text-red-600">{errors[`${r.code}.region`]}</span>}
            <button
              type="button"
              className="text-xs text-slate-500 hover:text-red-700"
              onClick={() => setForm((f) => ({ ...f, regions: f.regions.filter((x) => x.code !== r.code) }))}
            >
              Remove {r.code}
            </button>
          </div>
          <table className="w-full text-sm">
            <tbody>
              {CATEGORIES.map((c) => {
                const row = r.rows[c];
                return (
                  <tr key={c} className="border-b border-slate-100 align-top">
                    <td className="px-2 py-1.5">
                      <label className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          checked={!!row}
                          onChange={(e) =>
                            update(r.code, (rows) => {
                              const next = { ...rows };
                              if (e.target.checked) next[c] = { ...form.base[c] };
                              else delete next[c];
                              return next;
                            })
                          }
                        />
                        {c}
                      </label>
                    </td>
                    {row ? (
                      <ThresholdInputs
                        scope={r.code}
                        category={c}
                        row={row}
                        errors={errors}
                        onChange={(f, v) => update(r.code, (rows) => ({ ...rows, [c]: { ...rows[c]!, [f]: v } }))}
                      />
                    ) : (
                      <td colSpan={3} className="px-2 py-1.5 text-xs text-slate-400">
                        inherits the default
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
      <form
        className="flex items-center gap-2 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          aria-label="Region code"
          placeholder="Region, e.g. DE or US-CA"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          className="w-48 rounded border border-slate-300 px-2 py-0.5"
        />
        <button type="submit" disabled={!canAdd} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50 disabled:opacity-50">
          Add region override
        </button>
      </form>
    </div>
  );
}
