/**
 * Errors services throw on purpose. One place (server/trpc/init.ts) maps codes to HTTP/tRPC codes;
 * anything else is an internal error whose message never reaches the client.
 */
export type AppErrorCode =
  | "BAD_INPUT"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "TOO_MANY_REQUESTS";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Field-level detail, e.g. { "images.2": ["image is 14 MB; the limit is 10 MB"] }. */
    readonly fieldErrors?: Record<string, string[]>,
    /** For TOO_MANY_REQUESTS: when to try again, sent as the Retry-After header. */
    readonly retryAfterS?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}
