/**
 * CPU time spent by each process of a stack, from /proc (Linux): what a piece of work costs in
 * processor time, which other work on the machine does not change much (unlike wall-clock rates).
 * On a machine of N cores nothing can go faster than N seconds of CPU per second, so the CPU
 * a case costs is a ceiling on the rate, whatever the concurrency.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The stack's processes, each with its children (PostgreSQL's backends, the Temporal server's). */
export const ROLES = ['api', 'worker', 'temporal', 'postgres'] as const;
export type Role = (typeof ROLES)[number];
export type CpuMs = Record<Role | 'load', number>;

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

interface ProcStat {
  ppid: number;
  /** utime + stime + cutime + cstime in ticks: the process and its children that have exited. */
  ticks: number;
}

function readAll(): Map<number, ProcStat> {
  const all = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      all.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return all;
}

/** The process whose command line contains `text` (e.g. a PostgreSQL data directory), if any. */
export function pidWithArgument(text: string): number | undefined {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').some((arg) => arg.includes(text))) return Number(name);
    } catch {
      // ended meanwhile
    }
  }
  return undefined;
}

/**
 * CPU milliseconds used so far by each role's process tree (children that exited count through
 * their parent), and by this process (the load generator).
 */
export function cpuNow(roots: Partial<Record<Role, number>>): CpuMs {
  const all = readAll();
  const children = new Map<number, number[]>();
  for (const [pid, stat] of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  const tree = (root: number | undefined): number => {
    if (root === undefined || !all.has(root)) return 0;
    let ticks = 0;
    const stack = [root];
    while (stack.length) {
      const pid = stack.pop()!;
      ticks += all.get(pid)?.ticks ?? 0;
      stack.push(...(children.get(pid) ?? []));
    }
    return (ticks * 1000) / clockTicks();
  };
  const own = process.cpuUsage();
  const out = { load: (own.user + own.system) / 1000 } as CpuMs;
  for (const role of ROLES) out[role] = tree(roots[role]);
  return out;
}

/** What each role spent between two readings. */
export function cpuSpent(before: CpuMs, after: CpuMs): CpuMs {
  const out = {} as CpuMs;
  for (const key of Object.keys(after) as (keyof CpuMs)[]) out[key] = Math.max(0, after[key] - before[key]);
  return out;
}

export const cpuTotal = (cpu: CpuMs) => Object.values(cpu).reduce((a, b) => a + b, 0);
