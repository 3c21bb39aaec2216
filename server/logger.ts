import pino from "pino";

/** One logger; requests get a child with their id (see server/trpc/init.ts). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "sightline" },
});
