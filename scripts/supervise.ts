/**
 * Keeps a child process running: when it exits (a crash, an out-of-memory kill), it is started
 * again after a delay that doubles with each quick failure (up to maxDelayMs) and falls back to
 * the first once a run lasted healthyAfterMs. The child learns how often it was restarted and why.
 */
import type { ChildProcess } from "node:child_process";

export interface RunInfo {
  restarts: number;
  /** "exit code 1", "signal SIGKILL", "spawn error: ..."; null on the first run. */
  lastExit: string | null;
}

export interface SuperviseOptions {
  name: string;
  start: (info: RunInfo) => ChildProcess;
  firstDelayMs?: number;
  maxDelayMs?: number;
  healthyAfterMs?: number;
  log?: (line: string) => void;
}

export interface Supervised {
  readonly restarts: number;
  /** Stops restarting, sends SIGTERM, and resolves when the child has exited (SIGKILL after killAfterMs). */
  stop: (killAfterMs?: number) => Promise<void>;
}

export function supervise(opts: SuperviseOptions): Supervised {
  const first = opts.firstDelayMs ?? 1_000;
  const max = opts.maxDelayMs ?? 60_000;
  const healthyAfter = opts.healthyAfterMs ?? 60_000;
  const log = opts.log ?? console.log;
  const info: RunInfo = { restarts: 0, lastExit: null };
  let delay = first;
  let stopping = false;
  let child: ChildProcess | null = null;
  let timer: NodeJS.Timeout | null = null;

  const launch = () => {
    const startedAt = Date.now();
    const current = opts.start({ ...info });
    child = current;
    let ended = false;
    const onEnd = (reason: string) => {
      if (ended) return;
      ended = true;
      if (stopping) return;
      info.lastExit = reason;
      if (Date.now() - startedAt >= healthyAfter) delay = first;
      log(`${opts.name} stopped (${reason}); restarting in ${(delay / 1000).toFixed(1)} s`);
      timer = setTimeout(() => {
        timer = null;
        info.restarts += 1;
        launch();
      }, delay);
      delay = Math.min(delay * 2, max);
    };
    current.once("exit", (code, signal) => onEnd(signal ? `signal ${signal}` : `exit code ${code}`));
    current.once("error", (err) => onEnd(`spawn error: ${err.message}`));
  };
  launch();

  return {
    get restarts() {
      return info.restarts;
    },
    stop: async (killAfterMs = 10_000) => {
      stopping = true;
      if (timer) clearTimeout(timer);
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      await new Promise<void>((done) => {
        const kill = setTimeout(() => c.kill("SIGKILL"), killAfterMs);
        c.once("exit", () => {
          clearTimeout(kill);
          done();
        });
        c.kill("SIGTERM");
      });
    },
  };
}
