/**
 * When a seller may appeal (pure: the seller page and the appeal service ask the same question).
 * Only the listing's current version, only while its current decision is a block, and once per
 * decision: an appeal that is open, or was upheld by a moderator, settles that version. A new
 * version of the listing gets a new decision and with it a new chance to appeal.
 */
export interface AppealStanding {
  isCurrent: boolean;
  /** The version's current decision. */
  outcome: string | null;
  /** The status of the version's newest appeal, if any. */
  latestAppealStatus: string | null;
}

/** Why an appeal is refused, in words for the seller; null when it may be filed. */
export function appealRefusal(s: AppealStanding): string | null {
  if (!s.isCurrent) return "This listing has changed since that version; only its current version can be appealed";
  if (s.latestAppealStatus === "open") return "An appeal for this listing is already open";
  if (s.latestAppealStatus === "upheld") return "A moderator already reviewed this listing on appeal and upheld the block; edit the listing to submit a new version";
  if (s.outcome !== "block") return "Only a blocked listing can be appealed";
  return null;
}
