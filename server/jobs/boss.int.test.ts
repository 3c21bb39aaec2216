/**
 * The job queue as the app's role: the owner installs the schema and the queue, after which the
 * worker (with upkeep) and senders run without any right to change the schema.
 */
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { grantAppRole, roleOfUrl } from "@/db/app-role";
import { installJobSchema, jobs, OCR_QUEUE } from "./boss";

const owner = new pg.Pool({ connectionString: inject("ownerDatabaseUrl"), max: 2 });
afterAll(async () => {
  await (await jobs(inject("databaseUrl"), "worker").catch(() => null))?.stop({ graceful: false, wait: true });
  await owner.end();
});

describe("job queue as the app role", () => {
  it("sends, fetches, completes and maintains jobs once the owner has installed the schema", async () => {
    await installJobSchema(inject("ownerDatabaseUrl"));
    await installJobSchema(inject("ownerDatabaseUrl")); // idempotent: every start runs it
    await grantAppRole(owner, roleOfUrl(inject("databaseUrl")));

    const boss = await jobs(inject("databaseUrl"), "worker");
    const id = await boss.send(OCR_QUEUE, { versionId: "v-boss-test" }, { singletonKey: "v-boss-test" });
    expect(id).toBeTruthy();
    const [job] = await boss.fetch<{ versionId: string }>(OCR_QUEUE);
    expect(job.data.versionId).toBe("v-boss-test");
    await boss.complete(OCR_QUEUE, job.id);
    await boss.maintain(); // expire, archive, drop: the worker's upkeep
    const app = new pg.Client({ connectionString: inject("databaseUrl") });
    await app.connect();
    try {
      // What only the owner may do: a new queue is a new partition of pgboss.job.
      await expect(boss.createQueue("not-allowed")).rejects.toThrow(/permission denied|must be owner/);
      await expect(app.query("DROP TABLE pgboss.job")).rejects.toMatchObject({ code: "42501" });
    } finally {
      await app.end();
    }
  });
});
