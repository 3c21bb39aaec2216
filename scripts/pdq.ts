/**
 * `npm run -s pdq -- FILE...`: prints `hash,quality,FILE` per image, like Meta's
 * pdq-photo-hasher. A file that cannot be read or decoded gets a line on stderr and a non-zero
 * exit status; the other files are still hashed.
 */
import { readFile } from "node:fs/promises";
import { pdqFromImage } from "../server/image/pdq";

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write("usage: npm run -s pdq -- FILE...\n");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const { hash, quality } = await pdqFromImage(await readFile(file));
      process.stdout.write(`${hash},${quality},${file}\n`);
    } catch (err) {
      failed++;
      const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
      process.stderr.write(`pdq: could not hash ${file}: ${reason}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
