"use client";
/**
 * This item's open near-duplicates (same PDQ cluster), each with a checkbox. A bulk decision goes
 * to this item and exactly the duplicates ticked here; one that shows up later starts unticked.
 */
import Link from "next/link";

export interface Duplicate {
  itemId: string;
  title: string;
  distance: number;
  claimedByOther: boolean;
}

export function NearDuplicates(props: {
  dups: Duplicate[];
  picked: Set<string>;
  onPick: (next: Set<string>) => void;
  disabled: boolean;
  onBulk: (action: "confirm" | "reverse", itemIds: string[]) => void;
}) {
  const pickable = props.dups.filter((d) => !d.claimedByOther);
  // Only what is on screen now can be sent, whatever was ticked before.
  const shownPicked = pickable.filter((d) => props.picked.has(d.itemId)).map((d) => d.itemId);
  const all = pickable.length > 0 && shownPicked.length === pickable.length;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(props.picked);
    if (on) next.add(id);
    else next.delete(id);
    props.onPick(next);
  };
  return (
    <fieldset className="mt-2 rounded border border-slate-200 p-2 text-xs" data-testid="near-duplicates">
      <legend className="px-1">
        {props.dups.length} open near-duplicate{props.dups.length > 1 ? "s" : ""} (same PDQ cluster)
      </legend>
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" checked={all} disabled={!pickable.length} onChange={(e) => props.onPick(new Set(e.target.checked ? pickable.map((d) => d.itemId) : []))} data-testid="dup-pick-all" />
        select all shown
      </label>
      <ul className="ml-1 mt-1 flex flex-col gap-0.5">
        {props.dups.map((d) => (
          <li key={d.itemId}>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={props.picked.has(d.itemId) && !d.claimedByOther}
                disabled={d.claimedByOther}
                onChange={(e) => toggle(d.itemId, e.target.checked)}
                data-testid="dup-pick"
                data-item-id={d.itemId}
              />
              <span>{d.title}</span>
              <span className="text-slate-400">distance {d.distance}</span>
              {d.claimedByOther && <span className="text-amber-700">held by another moderator</span>}
              <Link href={`/review/${d.itemId}`} className="text-slate-500 underline">
                open
              </Link>
            </label>
          </li>
        ))}
      </ul>
      <div className="mt-1 flex gap-2">
        {(["confirm", "reverse"] as const).map((a) => (
          <button
            key={a}
            disabled={props.disabled || !shownPicked.length}
            className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-40"
            onClick={() => props.onBulk(a, shownPicked)}
            data-testid={`bulk-${a}`}
          >
            {a === "confirm" ? "Block" : "Allow"} this and {shownPicked.length} selected
          </button>
        ))}
      </div>
    </fieldset>
  );
}
