-- Embeddings move from jsonb (one numeric per value) to float32 bytes: ~4x smaller and cheaper to
-- write on the predict path. Stored jsonb embeddings are dropped (pre-release data only).
ALTER TABLE "predictions" ADD COLUMN "image_embeddings" "bytea";--> statement-breakpoint
ALTER TABLE "predictions" ADD COLUMN "text_embedding" "bytea";--> statement-breakpoint
ALTER TABLE "predictions" DROP COLUMN "embeddings";