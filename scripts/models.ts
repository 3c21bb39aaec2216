// `npm run models` (and postinstall with --quiet): obtain, verify and prepare model files.
// With --quiet a missing file prints one line and exits 0, so `npm install` never fails on it;
// without --quiet it exits 1, so a person or CI sees the problem.
import { ensureModels } from "../server/inference/model-files";

const quiet = process.argv.includes("--quiet");

ensureModels({ quiet })
  .then((result) => {
    process.exitCode = result.ok || quiet ? 0 : 1;
  })
  .catch((err: unknown) => {
    console.error(`models: set-up failed: ${(err as Error).stack ?? String(err)}`);
    console.error("models: stage 2 (model inference) will fail open until this is fixed.");
    process.exitCode = quiet ? 0 : 1;
  });
