import type { DbOrTx } from "../client";
import { auditLog } from "../schema";

export type AuditEntry = typeof auditLog.$inferInsert;

/** Always called inside the transaction whose change it records. */
export async function appendAudit(db: DbOrTx, entries: AuditEntry | AuditEntry[]) {
  const rows = Array.isArray(entries) ? entries : [entries];
  if (rows.length) await db.insert(auditLog).values(rows);
}
