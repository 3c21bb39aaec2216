/**
 * The browser occlusion tool's model files: ONLY the image encoder and the fusion head named in
 * models/manifest.json, to moderators and admins (a session cookie). The bytes are addressed by
 * their sha256 (the client asks with ?v=<sha256>), which is also the ETag: cache for a year.
 */
import fs from "node:fs";
import { getDb } from "@/db/client";
import { userFromSessionToken } from "@/server/auth/sessions";
import { sessionTokenOf } from "@/server/http/cookies";
import { occlusionModelFile } from "@/server/trpc/routers/occlusion";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const user = await userFromSessionToken(getDb(), sessionTokenOf(req));
  if (!user) return new Response("Log in first", { status: 401 });
  if (user.role !== "moderator" && user.role !== "admin") return new Response("Moderators only", { status: 403 });
  const file = occlusionModelFile(name);
  if (!file) return new Response("Not found", { status: 404 });
  const etag = `"${file.sha256}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "private, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const bytes = await fs.promises.readFile(file.path);
  return new Response(new Uint8Array(bytes), {
    headers: { ...headers, "Content-Type": "application/octet-stream", "Content-Length": String(bytes.length) },
  });
}
