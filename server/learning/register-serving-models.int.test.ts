import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { findChampion } from "@/db/queries/model-versions";
import { readManifest } from "../inference/model-files";
import { registerServingModels } from "./register-serving-models";

let db: Db;
beforeAll(() => {
  db = createDb(inject("databaseUrl"), 2);
});
afterAll(() => db.$client.end());

it("registers the deployed project models as champions once", async () => {
  await registerServingModels(db);
  const manifest = readManifest();
  for (const name of ["text-encoder", "fusion-head"]) {
    const champion = await findChampion(db, name);
    expect(champion?.version).toBe(manifest.models.find((m) => m.name === name)?.version);
  }
  expect(Object.keys((await findChampion(db, "fusion-head"))!.metrics as object).length).toBeGreaterThan(0);
  expect(await registerServingModels(db)).toEqual([]);
});
