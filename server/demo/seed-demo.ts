/**
 * Demo data for an empty database: one user per role, a service token for the upload flow, the
 * default policy, a hash bank, and demo listings run through the real cascade so the queue,
 * seller page and evidence views have something to show.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import { findOrCreateBank, insertHashEntry } from "@/db/queries/hash-banks";
import { appeals, listingVersions, policies, sellers, serviceTokens, users } from "@/db/schema";
import { hashPassword } from "../auth/password";
import { hashSecret, newSecret } from "../auth/tokens";
import { findFailedOpenVersions } from "@/db/queries/rescore";
import { loadScorer, scorerState } from "../cascade/model-scorer";
import { predictListing } from "../cascade/predict-listing";
import { rescoreFailedOpen } from "../cascade/rescore-version";
import { dataDir } from "../config";
import { pdqFromImage } from "../image/pdq";
import { DEFAULT_THRESHOLDS } from "../policy/thresholds";
import { DEMO_LISTINGS } from "./demo-listings";
import { demoPhoto } from "./demo-photos";

export interface DemoCredentials {
  url?: string;
  users: Array<{ role: string; email: string; password: string }>;
  serviceToken: string;
}

const DEMO_SELLER = "seller-demo";

export function credentialsFile(): string {
  return path.join(dataDir(), "demo-credentials.json");
}

/** Seeds only an empty database; returns null when users already exist. */
export async function seedDemo(db: Db, log: (line: string) => void = console.log): Promise<DemoCredentials | null> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return null;

  const people = [
    { role: "moderator", email: "moderator@demo.sightline", name: "Mo Derator" },
    { role: "policy_lead", email: "policy@demo.sightline", name: "Pat Olicy" },
    { role: "seller", email: "seller@demo.sightline", name: "Sam Seller", sellerId: DEMO_SELLER },
    { role: "admin", email: "admin@demo.sightline", name: "Ada Admin" },
  ] as const;
  const creds: DemoCredentials = { users: [], serviceToken: newSecret("slt") };
  let adminId = "";
  // scrypt at OWASP cost takes a while per password: hash them side by side, outside the transaction.
  const passwords = people.map(() => randomBytes(9).toString("base64url"));
  const hashes = await Promise.all(passwords.map((pw) => hashPassword(pw)));
  await db.transaction(async (tx) => {
    for (const [i, p] of people.entries()) {
      const password = passwords[i];
      const [row] = await tx
        .insert(users)
        .values({ email: p.email, name: p.name, role: p.role, passwordHash: hashes[i], sellerId: "sellerId" in p ? p.sellerId : null })
        .returning({ id: users.id });
      if (p.role === "admin") adminId = row.id;
      creds.users.push({ role: p.role, email: p.email, password });
    }
    await tx.insert(serviceTokens).values({ name: "upload-flow (demo)", tokenHash: hashSecret(creds.serviceToken), prefix: creds.serviceToken.slice(0, 8), createdBy: adminId });
    await tx.insert(policies).values({ version: 1, name: "Default firearm policy", thresholds: DEFAULT_THRESHOLDS, active: true, createdBy: adminId, publishedAt: new Date() });
    await tx.insert(sellers).values([
      { id: DEMO_SELLER, activeListings: 12 },
      { id: "seller-bulk", activeListings: 4800 },
    ]);
    await appendAudit(tx, { actorType: "system", actorId: "seed", action: "demo.seeded", entityType: "database", entityId: "demo" });
  });

  // A known-bad image in the hash bank, so the demo shows a hash match.
  const known = await demoPhoto("handgun", 1);
  const bank = await findOrCreateBank(db, "known-bad firearms", "Images confirmed as firearm listings");
  const pdq = await pdqFromImage(known.bytes);
  await insertHashEntry(db, { bankId: bank.id, pdqHash: pdq.hash, quality: pdq.quality, category: "firearm", note: "demo: confirmed handgun photo", addedBy: adminId });

  // Every session and worker runs once before the first demo listing, so the demo shows the
  // model's output (scores, Grad-CAM) rather than fail-opens from a cold start.
  const t0 = performance.now();
  const scorer = await loadScorer();
  log(scorer ? `  models warm (${Math.round(performance.now() - t0)} ms)` : `  the model stage is unavailable (${scorerState().error}); demo listings fail open`);

  let i = 0;
  for (const listing of DEMO_LISTINGS) {
    const photos = listing.photo ? [await demoPhoto(listing.photo, i)] : [];
    const out = await predictListing(
      db,
      {
        listingId: `demo-${String(i + 1).padStart(3, "0")}`,
        sellerId: i % 3 === 0 ? DEMO_SELLER : i % 3 === 1 ? "seller-bulk" : `seller-${i}`,
        title: listing.title,
        description: listing.description,
        category: listing.category,
        price: listing.price,
        region: listing.region,
        images: photos.map((p) => ({ contentType: p.contentType, data: p.bytes.toString("base64") })),
      },
      { actor: { type: "system", id: "seed" } },
    );
    log(`  ${out.listingId} ${out.decision.padEnd(6)} ${listing.title}`);
    if (listing.appeal && out.decision === "block") {
      const [version] = await db.select().from(listingVersions).where(eq(listingVersions.listingId, out.listingId));
      const [appeal] = await db
        .insert(appeals)
        .values({ listingVersionId: version.id, sellerId: DEMO_SELLER, message: listing.appeal })
        .returning({ id: appeals.id });
      await appendAudit(db, { actorType: "user", actorId: DEMO_SELLER, action: "appeal.filed", entityType: "appeal", entityId: appeal.id, data: { listingId: out.listingId } });
    }
    i++;
  }

  // A listing can still miss the upload budget on a busy machine; the demo queue must show the
  // model's view of it, so it is re-scored now that the stage is warm.
  if (scorer) {
    for (const versionId of await findFailedOpenVersions(db, new Date(), 1000)) {
      const r = await rescoreFailedOpen(db, versionId, { scorer, actor: "seed" });
      log(`  re-scored a fail-open demo listing: ${r.kind}${"why" in r ? ` (${r.why})` : ""}`);
    }
  }

  fs.mkdirSync(path.dirname(credentialsFile()), { recursive: true });
  fs.writeFileSync(credentialsFile(), JSON.stringify(creds, null, 2) + "\n", { mode: 0o600 });
  return creds;
}
