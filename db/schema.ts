/**
 * The whole Sightline data model. snake_case in SQL, camelCase in TypeScript; every timestamp is
 * timestamptz. Migrations are generated from this file (`npm run db:generate`), read, and committed.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  customType,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** Raw bytes (Buffer in TypeScript). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const roleEnum = pgEnum("role", ["moderator", "policy_lead", "seller", "admin"]);
export const decisionOutcomeEnum = pgEnum("decision_outcome", ["allow", "block", "review"]);
export const decisionSourceEnum = pgEnum("decision_source", ["auto", "moderator", "appeal"]);
export const reviewStatusEnum = pgEnum("review_status", ["open", "closed"]);
export const moderatorActionEnum = pgEnum("moderator_action", [
  "confirm",
  "reverse",
  "tag_airsoft",
  "tag_toy",
  "escalate",
  "skip",
]);
export const appealStatusEnum = pgEnum("appeal_status", ["open", "upheld", "overturned"]);
export const datasetKindEnum = pgEnum("dataset_kind", [
  "hard_negative",
  "hard_positive",
  "active_learning",
  "golden",
  "audit",
]);
export const modelStageEnum = pgEnum("model_stage", ["shadow", "canary", "champion", "retired"]);
export const actorTypeEnum = pgEnum("actor_type", ["user", "service", "system"]);

// ---------------------------------------------------------------- people and access

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull(),
  /** For role seller: the marketplace seller id this login may see. */
  sellerId: text("seller_id"),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie value: a database leak does not leak live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const serviceTokens = pgTable("service_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** sha256 of the bearer token; the token itself is shown once at creation. */
  tokenHash: text("token_hash").notNull().unique(),
  /** First characters of the token, so admins can tell tokens apart. */
  prefix: text("prefix").notNull(),
  createdBy: uuid("created_by").references(() => users.id),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * Failed sign-ins per account and per client address, for lockout with backoff. Kept in Postgres
 * so every app process sees the same count and a restart does not forget it. The key is a sha256
 * ("account:<email>" / "address:<ip>"): no email or address is stored for attempts that name no
 * real account.
 */
export const loginThrottles = pgTable(
  "login_throttles",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  // Pruning deletes rows whose last failure is older than the forget window.
  (t) => [index("login_throttles_last_failure_idx").on(t.lastFailureAt)],
);

// ---------------------------------------------------------------- listings and what we saw

export const sellers = pgTable("sellers", {
  /** The marketplace's seller id. */
  id: text("id").primaryKey(),
  firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
  /** Reach, when the marketplace tells us; feeds review priority. */
  activeListings: integer("active_listings"),
});

export const listings = pgTable(
  "listings",
  {
    /** The marketplace's listing id. */
    id: text("id").primaryKey(),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    currentVersion: integer("current_version").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("listings_seller_idx").on(t.sellerId)],
);

export const listingVersions = pgTable(
  "listing_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingId: text("listing_id")
      .notNull()
      .references(() => listings.id),
    version: integer("version").notNull(),
    /** sha256 over title, description, context and image bytes: the idempotency key. */
    contentHash: text("content_hash").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    category: text("category"),
    region: text("region"),
    price: doublePrecision("price"),
    language: text("language"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("listing_versions_listing_version_uq").on(t.listingId, t.version),
    // A retry with the same content finds its stored decision through this index.
    uniqueIndex("listing_versions_listing_content_uq").on(t.listingId, t.contentHash),
  ],
);

export const images = pgTable(
  "images",
  {
    /** sha256 of the stored (EXIF-stripped) bytes, which is also the blob key. */
    sha256: text("sha256").primaryKey(),
    mime: text("mime").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    pdqHash: text("pdq_hash").notNull(),
    pdqQuality: integer("pdq_quality").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("images_pdq_idx").on(t.pdqHash)],
);

export const listingVersionImages = pgTable(
  "listing_version_images",
  {
    listingVersionId: uuid("listing_version_id")
      .notNull()
      .references(() => listingVersions.id),
    position: integer("position").notNull(),
    imageSha256: text("image_sha256")
      .notNull()
      .references(() => images.sha256),
    /** OCR text read from this image (filled by the follow-up job). */
    ocrText: text("ocr_text"),
  },
  (t) => [uniqueIndex("listing_version_images_pk").on(t.listingVersionId, t.position)],
);

export const predictions = pgTable(
  "predictions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingVersionId: uuid("listing_version_id")
      .notNull()
      .references(() => listingVersions.id),
    modelVersion: text("model_version").notNull(),
    policyVersion: integer("policy_version").notNull(),
    /** Per-category fused scores (0..1). */
    scores: jsonb("scores").notNull(),
    /** Per-modality scores and per-image scores, when the model ran. */
    modalityScores: jsonb("modality_scores"),
    /** Stage timings in ms, in cascade order. */
    stageTimings: jsonb("stage_timings").notNull(),
    reasonCodes: text("reason_codes").array().notNull(),
    /** Text evidence spans, hash-bank matches. */
    evidence: jsonb("evidence").notNull(),
    /** Grad-CAM grids per image and category. */
    gradcam: jsonb("gradcam"),
    /**
     * What the head saw, for retraining the head on stored data and for the console's occlusion
     * tool: float32 little-endian, images as N x 1280 in image order, text as the text encoder's
     * embedding (its manifest entry gives the width). Binary, not jsonb: jsonb would store each
     * value as a numeric (~4x the bytes, and slow to write).
     */
    imageEmbeddings: bytea("image_embeddings"),
    textEmbedding: bytea("text_embedding"),
    failOpen: boolean("fail_open").notNull().default(false),
    latencyMs: real("latency_ms").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("predictions_version_uq").on(t.listingVersionId)],
);

export const decisions = pgTable(
  "decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingVersionId: uuid("listing_version_id")
      .notNull()
      .references(() => listingVersions.id),
    outcome: decisionOutcomeEnum("outcome").notNull(),
    source: decisionSourceEnum("source").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    decidedBy: uuid("decided_by").references(() => users.id),
    note: text("note"),
    createdAt: createdAt(),
  },
  // The current decision of a version is its newest row.
  (t) => [index("decisions_version_idx").on(t.listingVersionId, t.createdAt)],
);

// ---------------------------------------------------------------- human review

export const reviewItems = pgTable(
  "review_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingVersionId: uuid("listing_version_id")
      .notNull()
      .references(() => listingVersions.id),
    predictionId: uuid("prediction_id").references(() => predictions.id),
    status: reviewStatusEnum("status").notNull().default("open"),
    reasons: text("reasons").array().notNull(),
    /** Higher is more urgent; recomputed as items wait. */
    priority: real("priority").notNull(),
    /** The terms that make up `priority`, so the console can say why. */
    priorityFactors: jsonb("priority_factors").notNull(),
    claimedBy: uuid("claimed_by").references(() => users.id),
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true }),
    slaDueAt: timestamp("sla_due_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    // The queue reads open items by priority.
    index("review_items_open_priority_idx").on(t.status, t.priority),
    index("review_items_version_idx").on(t.listingVersionId),
  ],
);

export const moderatorActions = pgTable(
  "moderator_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reviewItemId: uuid("review_item_id")
      .notNull()
      .references(() => reviewItems.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    action: moderatorActionEnum("action").notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("moderator_actions_item_idx").on(t.reviewItemId)],
);

export const appeals = pgTable(
  "appeals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingVersionId: uuid("listing_version_id")
      .notNull()
      .references(() => listingVersions.id),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    message: text("message").notNull(),
    status: appealStatusEnum("status").notNull().default("open"),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("appeals_seller_idx").on(t.sellerId),
    // One open appeal per listing version.
    uniqueIndex("appeals_open_uq").on(t.listingVersionId).where(sql`status = 'open'`),
  ],
);

// ---------------------------------------------------------------- policy and hash banks

export const policies = pgTable(
  "policies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    version: integer("version").notNull().unique(),
    name: text("name").notNull(),
    /** { [category]: { block: number | null, review: number | null } } */
    thresholds: jsonb("thresholds").notNull(),
    /** { [region]: { [category]: { block, review } } } */
    regionOverrides: jsonb("region_overrides").notNull().default(sql`'{}'::jsonb`),
    active: boolean("active").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  // At most one active policy.
  (t) => [uniqueIndex("policies_one_active_uq").on(t.active).where(sql`active`)],
);

export const hashBanks = pgTable("hash_banks", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  description: text("description").notNull().default(""),
  createdAt: createdAt(),
});

export const hashBankEntries = pgTable(
  "hash_bank_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bankId: uuid("bank_id")
      .notNull()
      .references(() => hashBanks.id),
    pdqHash: text("pdq_hash").notNull(),
    quality: integer("quality").notNull(),
    category: text("category").notNull(),
    note: text("note").notNull().default(""),
    imageSha256: text("image_sha256").references(() => images.sha256),
    addedBy: uuid("added_by").references(() => users.id),
    createdAt: createdAt(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    /** Bumped on every change so in-memory indexes can sync incrementally. */
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("hash_bank_entries_changed_idx").on(t.changedAt)],
);

// ---------------------------------------------------------------- learning loop

export const datasetEntries = pgTable(
  "dataset_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: datasetKindEnum("kind").notNull(),
    listingVersionId: uuid("listing_version_id")
      .notNull()
      .references(() => listingVersions.id),
    /** Categories a human said apply (empty = innocent). */
    labels: text("labels").array().notNull(),
    /** Why it was selected, e.g. "reversal_of_auto_block", "near_threshold". */
    reason: text("reason").notNull(),
    /** PDQ cluster key, so one viral image cannot dominate a dataset. */
    clusterKey: text("cluster_key"),
    sourceActionId: uuid("source_action_id").references(() => moderatorActions.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("dataset_entries_kind_version_uq").on(t.kind, t.listingVersionId)],
);

export const modelVersions = pgTable(
  "model_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    version: text("version").notNull(),
    stage: modelStageEnum("stage").notNull(),
    metrics: jsonb("metrics").notNull().default(sql`'{}'::jsonb`),
    lineage: jsonb("lineage").notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("model_versions_name_version_uq").on(t.name, t.version)],
);

export const trainingRuns = pgTable("training_runs", {
  id: uuid("id").primaryKey().defaultRandom(),
  status: text("status").notNull(),
  params: jsonb("params").notNull().default(sql`'{}'::jsonb`),
  metrics: jsonb("metrics"),
  progress: real("progress").notNull().default(0),
  startedAt: createdAt(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

// ---------------------------------------------------------------- audit

/**
 * Append-only: a trigger in the migrations rejects UPDATE, DELETE and TRUNCATE, and the app's
 * role may only read and insert (db/app-role.ts), so it cannot switch the trigger off either.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorType: actorTypeEnum("actor_type").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    data: jsonb("data").notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

// ---------------------------------------------------------------- background workers

/**
 * A row per worker process host, renewed every few seconds by the worker itself: how /api/health,
 * answered by another process (or machine), knows the OCR worker is alive. Times are the
 * database's clock, so hosts' clocks do not matter.
 */
export const workerHeartbeats = pgTable("worker_heartbeats", {
  /** "ocr@<hostname>": one row per host, reused across restarts. */
  worker: text("worker").primaryKey(),
  pid: integer("pid").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  beatAt: timestamp("beat_at", { withTimezone: true }).notNull().defaultNow(),
  /** Restarts by its supervisor (npm start) since it started, and why the last one was needed. */
  restarts: integer("restarts").notNull().default(0),
  lastExit: text("last_exit"),
});
