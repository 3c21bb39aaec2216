/** A stage's time budget: the work keeps running, but the cascade stops waiting for it. */
export class Timeout extends Error {}

export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what} exceeded its ${ms} ms budget`)), ms);
  });
  work.catch(() => {}); // a late failure is nobody's to handle
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
