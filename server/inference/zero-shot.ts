/**
 * The zero-shot baseline of the backbone: the largest softmax probability over the ImageNet weapon
 * classes 413 assault rifle, 763 revolver, 764 rifle, 597 holster, 471 cannon.
 */
export const WEAPON_CLASSES = [413, 763, 764, 597, 471] as const;

export function zeroShotWeapon(logits: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) if (logits[i] > max) max = logits[i];
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp(logits[i] - max);
  let best = 0;
  for (const c of WEAPON_CLASSES) best = Math.max(best, Math.exp(logits[c] - max) / sum);
  return best;
}
