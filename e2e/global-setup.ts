/** Refuse to run against anything but the local embedded database (tests write to it). */
export default function globalSetup() {
  if (process.env.DATABASE_URL && !/@(127\.0\.0\.1|localhost)[:/]/.test(process.env.DATABASE_URL)) {
    throw new Error("e2e tests only run against a local database");
  }
}
