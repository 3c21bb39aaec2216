import net from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client";

// A server that accepts connections and never answers: a hung database or a black-holed network.
const silent = net.createServer(() => {});
const sockets = new Set<net.Socket>();
silent.on("connection", (s) => sockets.add(s));
afterAll(() => {
  for (const s of sockets) s.destroy();
  silent.close();
});

describe("createDb", () => {
  it("gives up connecting to a database that does not answer, instead of waiting forever", async () => {
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const { port } = silent.address() as net.AddressInfo;
    const db = createDb(`postgres://u:p@127.0.0.1:${port}/none`, 1, { connectMs: 300 });
    const t0 = Date.now();
    await expect(db.execute(sql`select 1`)).rejects.toThrow();
    expect(Date.now() - t0).toBeLessThan(2000);
    await db.$client.end();
  }, 5000);
});
