/**
 * The model registry starts from what is deployed: the models in models/manifest.json become the
 * champions of an empty registry (with their validation metrics), so every prediction's model
 * version refers to a registered model. Later versions arrive as challengers from retraining.
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/db/client";
import { findChampion, insertModelVersion } from "@/db/queries/model-versions";
import { modelsDir, readManifest } from "../inference/model-files";

export async function registerServingModels(db: Db): Promise<string[]> {
  const registered: string[] = [];
  const validation = path.join(modelsDir(), "fusion-head.validation.json");
  const metrics = fs.existsSync(validation) ? (JSON.parse(fs.readFileSync(validation, "utf8")).metrics ?? {}) : {};
  for (const entry of readManifest().models) {
    if (entry.source.kind === "third_party") continue; // the derived encoder stands for its backbone
    if (await findChampion(db, entry.name)) continue;
    await insertModelVersion(db, {
      name: entry.name,
      version: entry.version,
      stage: "champion",
      metrics: entry.name === "fusion-head" ? metrics : {},
      lineage: { file: entry.file, sha256: entry.sha256, source: entry.source },
    });
    registered.push(`${entry.name}@${entry.version}`);
  }
  return registered;
}
