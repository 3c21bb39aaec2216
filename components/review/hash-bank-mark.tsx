"use client";
/**
 * The per-image mark for the known-bad hash bank. Only marked images go into the bank when the
 * moderator confirms: a bank entry blocks every future upload that looks like it, so a receipt or
 * stock photo on the same listing must not go in by association. Featureless images (PDQ quality
 * below the bank's minimum) cannot be marked.
 */
export function HashBankMark(props: { position: number; quality: number; minQuality: number; checked: boolean; disabled: boolean; onChange: (checked: boolean) => void }) {
  const n = props.position + 1;
  const tooFlat = props.quality < props.minQuality;
  return (
    <label className={`mt-1 flex items-center gap-2 text-xs ${tooFlat ? "text-slate-400" : "text-slate-700"}`} data-testid="hash-bank-mark" data-position={props.position}>
      <input type="checkbox" checked={props.checked && !tooFlat} disabled={tooFlat || props.disabled} onChange={(e) => props.onChange(e.target.checked)} />
      {tooFlat ? (
        <span>
          image #{n} is too featureless for the hash bank (PDQ quality {props.quality} &lt; {props.minQuality})
        </span>
      ) : (
        <span>
          add image #{n} to the hash bank when confirming {n <= 9 && <kbd className="rounded bg-slate-200 px-1">{n}</kbd>}
        </span>
      )}
    </label>
  );
}
