/**
 * Listing images for the console: moderators and admins only (a session cookie), looked up by the
 * content hash the prediction stored. Content-addressed, so the bytes never change: cache privately.
 */
import { getDb } from "@/db/client";
import { findImage } from "@/db/queries/review-item";
import { userFromSessionToken } from "@/server/auth/sessions";
import { sessionTokenOf } from "@/server/http/cookies";
import { blobStore } from "@/server/storage/blob-store";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const { sha256 } = await params;
  const db = getDb();
  const user = await userFromSessionToken(db, sessionTokenOf(req));
  if (!user) return new Response("Log in first", { status: 401 });
  if (user.role !== "moderator" && user.role !== "admin") return new Response("Moderators only", { status: 403 });
  if (!/^[0-9a-f]{64}$/.test(sha256)) return new Response("Not found", { status: 404 });
  const image = await findImage(db, sha256);
  const bytes = image ? await blobStore().get(sha256) : null;
  if (!image || !bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": image.mime,
      "Cache-Control": "private, max-age=86400, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
