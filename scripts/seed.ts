/** `npm run seed`: demo data into DATABASE_URL (or the embedded database) if it is empty. */
import { credentialsFile, seedDemo } from "@/server/demo/seed-demo";
import { openLocalDatabase } from "./local-database";

const local = await openLocalDatabase();
try {
  const creds = await seedDemo(local.db);
  console.log(creds ? `seeded; logins and service token in ${credentialsFile()}` : "database already has users: nothing seeded");
} finally {
  await local.close();
}
