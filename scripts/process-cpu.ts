/**
 * CPU time used so far by a process and all its descendants (Linux /proc; user + system, ms).
 * The bench reads it around a load step to say how much CPU one listing costs the server.
 */
import fs from "node:fs";
import os from "node:os";

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

interface Stat {
  ppid: number;
  cpuMs: number;
}

function readStat(pid: string): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "(comm)": state ppid ... utime (14th field overall) stime (15th).
    const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return null; // the process ended while we looked
  }
}

/** null where /proc is not available (not Linux). */
export function treeCpuMs(rootPid: number): number | null {
  if (os.platform() !== "linux" || !fs.existsSync("/proc/self/stat")) return null;
  const stats = new Map<number, Stat>();
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const s = readStat(pid);
    if (s) stats.set(Number(pid), s);
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = stats.get(p)?.ppid ?? 0, hops++) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, s] of stats) if (inTree(pid)) total += s.cpuMs;
  return total;
}
