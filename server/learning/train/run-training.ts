/**
 * The default training run, deterministic from a seed: generated listings + the real photos →
 * joint training → Platt calibration on validation fold A, reliability (ECE) on fold B →
 * ONNX export → parity check → manifest update. Used by `npm run train:default`.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CATEGORIES } from "@/server/taxonomy";
import { assembleInput, fusionHeadOnnx, fusionHeadFromBytes, headForward, IMAGE_DIM, NUM_OUT, ruleOffset, runFusionHead, type FusionWeights } from "@/server/inference/fusion-head";
import { IMAGE_PRIOR_MODEL, toImagePriorFile, zeroShotLogit } from "@/server/inference/image-prior";
import { upsertManifestEntry } from "@/server/inference/model-files";
import { embedBag, runTextEncoder, TEXT_DIM, TEXT_EMBEDDING_DIM, textEncoderFromBytes, textEncoderOnnx, type TextEncoderWeights } from "@/server/inference/text-encoder";
import { RULE_DIM } from "@/server/text/rule-features";
import { HASH_BUCKETS } from "@/server/text/tokenise";
import { binaryMetrics, expectedCalibrationError, round, type BinaryMetrics } from "@/server/learning/metrics";
import { fitPlatt, sigmoid } from "./calibration";
import { assembleExamples, type PhotoWithEmbedding } from "./datasets";
import { embedPhotos } from "./image-embeddings";
import { photoCategories, readPhotoCsv, splitPhotos } from "./photos";
import { chosenFolds, trainImagePrior, type PriorPhoto } from "./image-prior-training";
import { ruleEvidenceTerm } from "./rule-evidence";
import { syntheticPhotoEmbeddings } from "./synthetic-photos";
import { augmentHandwritten, HANDWRITTEN_DIR, handwrittenTexts } from "./handwritten";
import { CORPUS_SOURCE, generatedTexts, FIREARM_LIKE } from "./texts";
import { mergeMembers } from "./ensemble";
import { trainFusion, type TrainExample } from "./trainer";

export const TRAIN_RECIPE = "mm3.27";
/** Seeds trained and merged into the served model (ensemble.ts); TEXT_DIM is their total width. */
export const ENSEMBLE_MEMBERS = 3;

export interface TrainConfig {
  seed: number;
  datasetDir: string;
  root: string;
  textCount: number;
  valTextCount: number;
  epochs: number;
  hidden: number;
  log: (line: string) => void;
}

export function defaultDatasetDir(root: string): string {
  return process.env.SIGHTLINE_DATASET_DIR ?? path.resolve(root, "..", "shared", "datasets");
}

/** The head's raw logits z and its rule evidence (the fixed offset beside a·z + b). */
function rawLogits(head: FusionWeights, text: TextEncoderWeights, ex: TrainExample): { z: Float32Array; offset: Float32Array } {
  const emb = ex.ids.length ? embedBag(text, ex.ids, ex.weights, ex.rules).emb : null;
  const x = assembleInput(head, { image: ex.image, text: emb, context: ex.context });
  return { z: headForward(head, x).z, offset: ruleOffset(head, x) };
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function runTraining(cfg: TrainConfig) {
  const { log } = cfg;
  const t0 = performance.now();
  const csv = path.join(cfg.datasetDir, "images.csv");
  if (!fs.existsSync(csv)) throw new Error(`photo dataset not found at ${csv}; set SIGHTLINE_DATASET_DIR`);
  const photos = readPhotoCsv(csv);
  const { train: trainRows, val: valRows } = splitPhotos(photos, cfg.seed);
  log(`photos: ${photos.length} (train ${trainRows.length}, validation ${valRows.length}, stratified by sublabel+source, seed ${cfg.seed})`);
  const emb = await embedPhotos(photos, { root: cfg.root, log });
  const withEmb = (rows: typeof photos): PhotoWithEmbedding[] =>
    rows.filter((r) => emb.has(r.file)).map((r) => ({ ...r, pooled: emb.get(r.file)!.pooled }));
  const trainPhotos = withEmb(trainRows);
  const valPhotos = withEmb(valRows);

  const handTrain = handwrittenTexts(cfg.root, "train");
  const handVal = handwrittenTexts(cfg.root, "validation");
  const trainTexts = [...(await generatedTexts(cfg.seed, cfg.textCount, "train")), ...augmentHandwritten(handTrain, cfg.seed)];
  const valTexts = [...(await generatedTexts(cfg.seed + 1, cfg.valTextCount, "validation")), ...handVal];
  log(`texts: ${cfg.textCount} generated (${CORPUS_SOURCE}) + ${handTrain.length} hand-written (${HANDWRITTEN_DIR}, augmented to ${trainTexts.length - cfg.textCount}) for training; ${cfg.valTextCount} generated + ${handVal.length} hand-written for validation`);

  // image standardisation from training photos only
  const { mean, invStd } = standardisation(trainPhotos.map((p) => p.pooled));

  // ---- the image prior: zero-shot weapon classes + a damped correction (image-prior-training.ts),
  // over every view of a photo (the centre crop and, for an elongated photo, its two ends)
  const viewEmb = await embedPhotos(photos, { root: cfg.root, log, views: true });
  const asPrior = (rows: PhotoWithEmbedding[]): PriorPhoto[] =>
    rows.filter((r) => viewEmb.has(r.file)).map((r) => ({ ...r, pooled: viewEmb.get(r.file)!.pooled, zsLogit: zeroShotLogit(viewEmb.get(r.file)!.zeroShot) }));
  const [priorTrain, priorVal] = [asPrior(trainPhotos), asPrior(valPhotos)];
  const priorScale = standardisation(priorTrain.map((p) => p.pooled));
  const imagePrior = trainImagePrior(priorTrain, priorVal, priorScale.mean, priorScale.invStd, `${TRAIN_RECIPE}-s${cfg.seed}`);
  log(`image prior: β ${imagePrior.report.beta}, λ ${imagePrior.report.lambda} (chosen leaving each negative kind and each firearm source out: ${JSON.stringify(chosenFolds(imagePrior.report))})`);
  for (const [k, m] of Object.entries(imagePrior.report.validation)) log(`image prior validation ${k}: PR-AUC ${m.pr_auc} R@P95 ${m.recall_at_p95}`);

  // innocent out-of-distribution drawings: 112 for training, 56 (other seed) for validation
  const synthTrain = await syntheticPhotoEmbeddings(cfg.seed, 112);
  const synthVal = await syntheticPhotoEmbeddings(cfg.seed + 1, 56);
  log(`synthetic drawings: ${synthTrain.length} train, ${synthVal.length} validation`);
  const valEx = assembleExamples(valTexts, valPhotos, cfg.seed + 7, { split: "validation", synthetic: synthVal });
  // ENSEMBLE_MEMBERS models, each from its own seed (initialisation, order, augmentations, which
  // examples are learned from the rules alone), merged into one model of the same architecture
  if (TEXT_DIM % ENSEMBLE_MEMBERS !== 0) throw new Error(`TEXT_DIM ${TEXT_DIM} does not split into ${ENSEMBLE_MEMBERS} members`);
  const members = Array.from({ length: ENSEMBLE_MEMBERS }, (_, k) => {
    const memberSeed = cfg.seed + 1009 * k;
    const trainEx = assembleExamples(trainTexts, trainPhotos, memberSeed, { split: "train", synthetic: synthTrain });
    log(`member ${k + 1}/${ENSEMBLE_MEMBERS} (seed ${memberSeed}): ${trainEx.length} train examples, ${valEx.length} validation`);
    return trainFusion(trainEx, {
      seed: memberSeed,
      epochs: cfg.epochs,
      batchSize: 32,
      lr: 2e-3,
      hidden: cfg.hidden,
      textDim: TEXT_DIM / ENSEMBLE_MEMBERS,
      buckets: HASH_BUCKETS,
      imageMean: mean,
      imageInvStd: invStd,
      l2: 1e-4,
      log,
    });
  });
  const model = mergeMembers(members);
  log(`trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // ---- rule evidence (rule-evidence.ts), then calibration around it: fit on fold A (even), check on fold B (odd)
  model.head.ruleTerm = ruleEvidenceTerm(model.head.textDim);
  const raw = valEx.map((ex) => rawLogits(model.head, model.text, ex));
  const z = raw.map((r) => r.z);
  const off = raw.map((r) => r.offset);
  const foldA = valEx.map((_, i) => i).filter((i) => i % 2 === 0);
  const foldB = valEx.map((_, i) => i).filter((i) => i % 2 === 1);
  const ece: Record<string, number> = {};
  CATEGORIES.forEach((c, k) => {
    const { a, b } = fitPlatt(foldA.map((i) => z[i][k]), foldA.map((i) => valEx[i].labels[k]), { offset: foldA.map((i) => off[i][k]) });
    model.head.calA[k] = a;
    model.head.calB[k] = b;
    ece[c] = round(expectedCalibrationError(foldB.map((i) => sigmoid(a * z[i][k] + b + off[i][k])), foldB.map((i) => valEx[i].labels[k])));
  });
  log(`calibration (Platt on fold A): a=${Array.from(model.head.calA, (v) => v.toFixed(2)).join(",")} b=${Array.from(model.head.calB, (v) => v.toFixed(2)).join(",")}`);
  log(`ECE on fold B: ${JSON.stringify(ece)}`);

  // ---- validation metrics (calibrated), per modality, binary firearm-like and per category
  const probs = z.map((row, i) => Array.from(row, (v, k) => sigmoid(model.head.calA[k] * v + model.head.calB[k] + off[i][k])));
  const metrics: Record<string, BinaryMetrics | Record<string, number>> = {};
  for (const kind of ["text", "image", "pair"]) {
    const idx = valEx.map((_, i) => i).filter((i) => valEx[i].kind === kind);
    const ks = FIREARM_LIKE.map((c) => CATEGORIES.indexOf(c));
    metrics[kind] = binaryMetrics(idx.map((i) => Math.max(...ks.map((k) => probs[i][k]))), idx.map((i) => (ks.some((k) => valEx[i].labels[k]) ? 1 : 0)));
    const perCat: Record<string, number> = {};
    CATEGORIES.forEach((c, k) => {
      const labels = idx.map((i) => valEx[i].labels[k]);
      if (labels.some(Boolean) && labels.some((l) => !l)) perCat[c] = binaryMetrics(idx.map((i) => probs[i][k]), labels).pr_auc;
    });
    metrics[`${kind}_pr_auc_per_category`] = perCat;
  }
  for (const [k, v] of Object.entries(metrics)) log(`validation ${k}: ${JSON.stringify(v)}`);
  // toy / water-gun photos in validation: how many would a firearm threshold of 0.5 block?
  const toyPhotos = valPhotos.filter((p) => photoCategories(p).some((c) => c === "toy" || c === "airsoft_paintball"));
  log(`validation toy/airsoft photos: ${toyPhotos.length}`);

  // ---- export
  const version = `${TRAIN_RECIPE}-s${cfg.seed}`;
  const textBytes = textEncoderOnnx(model.text, version);
  const headBytes = fusionHeadOnnx(model.head, version, { ece_fold_b: JSON.stringify(ece) });
  const modelsDir = path.join(cfg.root, "models");
  fs.writeFileSync(path.join(modelsDir, "text-encoder.onnx"), textBytes);
  fs.writeFileSync(path.join(modelsDir, "fusion-head.onnx"), headBytes);

  // ---- parity: ONNX vs the TypeScript forward on validation examples
  const enc = await textEncoderFromBytes(textBytes);
  const head = await fusionHeadFromBytes(headBytes);
  let maxDiff = 0;
  for (const ex of valEx.filter((_, i) => i % 97 === 0)) {
    const tsEmb = ex.ids.length ? embedBag(model.text, ex.ids, ex.weights, ex.rules).emb : null;
    const tok = { ids: ex.ids, weights: ex.weights, words: [], wordStart: new Int32Array(1), wordIndex: new Int32Array(0) };
    const onnxEmb = ex.ids.length ? await runTextEncoder(enc, { tok, rules: ex.rules }) : null;
    if (tsEmb && onnxEmb) for (let d = 0; d < tsEmb.length; d++) maxDiff = Math.max(maxDiff, Math.abs(tsEmb[d] - onnxEmb[d]));
    const [o] = await runFusionHead(head, [{ image: ex.image, text: tsEmb, context: ex.context }]);
    const ts = headForward(model.head, assembleInput(model.head, { image: ex.image, text: tsEmb, context: ex.context }));
    for (let k = 0; k < NUM_OUT; k++) maxDiff = Math.max(maxDiff, Math.abs(o.p[k] - ts.p[k]));
  }
  log(`parity ONNX vs TypeScript: max |diff| ${maxDiff.toExponential(2)}`);
  if (maxDiff > 1e-4) throw new Error(`ONNX and TypeScript forward passes disagree by ${maxDiff}`);

  // ---- committed validation predictions (fold B raw logits) for the calibration test
  const sidecar = {
    version,
    note: "Fold B of the validation split: raw head logits z (before Platt), the rule evidence offset beside them, and labels; the calibration test applies the committed cal_a/cal_b from fusion-head.onnx and checks ECE.",
    categories: CATEGORIES,
    kinds: foldB.map((i) => valEx[i].kind),
    z: foldB.map((i) => Array.from(z[i], (v) => Math.round(v * 1e4) / 1e4)),
    offset: foldB.map((i) => Array.from(off[i], (v) => Math.round(v * 1e4) / 1e4)),
    labels: foldB.map((i) => Array.from(valEx[i].labels).join("")),
    ece,
    metrics,
    validationPhotos: valPhotos.map((p) => p.rel),
    imagePrior: { beta: imagePrior.report.beta, lambda: imagePrior.report.lambda, folds: imagePrior.report.folds, validation: imagePrior.report.validation },
  };
  fs.writeFileSync(path.join(modelsDir, "fusion-head.validation.json"), JSON.stringify(sidecar));

  const priorFile = path.join(modelsDir, "image-prior.json");
  fs.writeFileSync(priorFile, JSON.stringify(toImagePriorFile(imagePrior.prior, { left_out_folds: chosenFolds(imagePrior.report) })) + "\n");
  updateManifest(cfg.root, version, textBytes, headBytes);
  log(`wrote models/text-encoder.onnx (${textBytes.length} B) and models/fusion-head.onnx (${headBytes.length} B), version ${version}`);
  log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { version, ece, metrics };
}

function updateManifest(root: string, version: string, textBytes: Uint8Array, headBytes: Uint8Array) {
  const card = "MODEL_CARD.md";
  const entries = [
    {
      name: "text-encoder",
      version,
      file: "text-encoder.onnx",
      sha256: sha256(textBytes),
      bytes: textBytes.length,
      source: { kind: "project", card },
      inputs: [
        { name: "ids", type: "int64", shape: ["L"], meaning: "hashed feature buckets from server/text/tokenise.ts" },
        { name: "weights", type: "float32", shape: [1, "L"], meaning: "tf weight per bucket" },
        { name: "rules", type: "float32", shape: [1, RULE_DIM], meaning: "stage-1 rule features from server/text/rule-features.ts" },
      ],
      outputs: [{ name: "embedding", type: "float32", shape: [1, TEXT_EMBEDDING_DIM], meaning: `[tanh(Σ w·E[id] + r·R + b), r]: ${TEXT_DIM} learned values (${ENSEMBLE_MEMBERS} members side by side, ensemble.ts), then the rule features` }],
    },
    {
      name: "fusion-head",
      version,
      file: "fusion-head.onnx",
      sha256: sha256(headBytes),
      bytes: headBytes.length,
      source: { kind: "project", card },
      inputs: [
        { name: "image", type: "float32", shape: ["N", IMAGE_DIM], meaning: "mean of the backbone feature map" },
        { name: "image_mask", type: "float32", shape: ["N", 1] },
        { name: "text", type: "float32", shape: ["N", TEXT_EMBEDDING_DIM], meaning: "text-encoder embedding" },
        { name: "text_mask", type: "float32", shape: ["N", 1] },
        { name: "context", type: "float32", shape: ["N", 22], meaning: "server/inference/fusion-head.ts contextFeatures" },
      ],
      outputs: [
        { name: "logits", type: "float32", shape: ["N", NUM_OUT], meaning: `calibrated logits, ${CATEGORIES.join(",")}` },
        { name: "probabilities", type: "float32", shape: ["N", NUM_OUT], meaning: "independent sigmoids" },
      ],
    },
  ];
  entries.push({
    name: IMAGE_PRIOR_MODEL,
    version,
    file: "image-prior.json",
    sha256: "",
    bytes: 0,
    source: { kind: "project", card },
    inputs: [
      { name: "pooled", type: "float32", shape: [IMAGE_DIM], meaning: "mean of the backbone feature map" },
      { name: "logits", type: "float32", shape: [1000], meaning: "the backbone's ImageNet logits (zero-shot weapon classes)" },
    ],
    outputs: [{ name: "firearm", type: "float32", shape: [1], meaning: "calibrated σ(a·(logit(zero-shot) + β·(w·x + c) + λ·likeness to the training firearm photos) + b), server/inference/image-prior.ts" }],
  } as (typeof entries)[number]);
  for (const e of entries) {
    const { sha256: _s, bytes: _b, ...rest } = e;
    upsertManifestEntry(rest as Parameters<typeof upsertManifestEntry>[0], root);
  }
}

/** Per-dimension mean and 1/(std + 0.05) of training vectors (the 0.05 keeps near-constant dimensions from exploding). */
function standardisation(vectors: Float32Array[]): { mean: Float32Array; invStd: Float32Array } {
  const mean = new Float32Array(IMAGE_DIM);
  const invStd = new Float32Array(IMAGE_DIM);
  for (const p of vectors) for (let c = 0; c < IMAGE_DIM; c++) mean[c] += p[c] / vectors.length;
  for (let c = 0; c < IMAGE_DIM; c++) {
    let v = 0;
    for (const p of vectors) v += (p[c] - mean[c]) ** 2;
    invStd[c] = 1 / (Math.sqrt(v / vectors.length) + 0.05);
  }
  return { mean, invStd };
}
