/** Shared helpers for the benchmarks: build fixtures, time real processes, print tables. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "dist", "cli", "index.js");
export const HOOK = join(ROOT, "hooks", "pre-commit");
export const NODE = process.execPath;

export const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${dirname(NODE)}:${process.env.PATH}`,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "bench",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "bench",
  GIT_COMMITTER_EMAIL: "bench@example.com",
};

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `wtg-bench-${name}-`));
}

export function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function sh(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

/** Median wall time in ms of `runs` executions (after one warm-up). */
export function median(command: string, args: string[], cwd: string, runs: number): number {
  spawnSync(command, args, { cwd, env, stdio: "ignore" });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(command, args, { cwd, env, stdio: "ignore", maxBuffer: 1 << 30 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const GNU_TIME = "/usr/bin/time";

/** Peak resident memory (MB) of one run, from GNU time; undefined where it is not installed. */
export function peakRssMb(command: string, args: string[], cwd: string): number | undefined {
  if (!existsSync(GNU_TIME)) return undefined;
  const out = join(tempDir("rss"), "rss");
  spawnSync(GNU_TIME, ["-f", "%M", "-o", out, command, ...args], { cwd, env, stdio: "ignore" });
  const kb = Number(readFileSync(out, "utf8").trim().split("\n").pop());
  rmSync(dirname(out), { recursive: true, force: true });
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

/**
 * Peak memory of the node process alone (peakRssMb is that of the largest process of the tree:
 * for a history scan, git's own `git log`, whose RSS is mostly the mapped pack files).
 */
export function nodePeakRssMb(args: string[], cwd: string): number {
  const out = join(tempDir("rss"), "rss");
  // Linux keeps ru_maxrss across fork and exec, so resourceUsage().maxRSS would report this
  // bench process's own size if it is the larger (it is, after building a 40,000-commit
  // fixture): read the high-water mark of the process's own memory map where there is one.
  const hook = `import{writeFileSync,readFileSync}from"node:fs";process.on("exit",()=>{let kb=process.resourceUsage().maxRSS;try{kb=Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1])}catch{}writeFileSync(${JSON.stringify(out)},String(kb))})`;
  spawnSync(NODE, ["--import", `data:text/javascript,${encodeURIComponent(hook)}`, ...args], {
    cwd,
    env,
    stdio: "ignore",
  });
  const kb = Number(readFileSync(out, "utf8"));
  rmSync(dirname(out), { recursive: true, force: true });
  return kb / 1024;
}

export const mb = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(0)} MB`);

/** Whether a program is on PATH (for comparisons with tools that may not be installed). */
export function onPath(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`], { env, stdio: "ignore" }).status === 0;
}

const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
let state = 12345;
export function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x100000000;
}

export function randomText(bytes: number): string {
  const words = [
    "const",
    "value",
    "return",
    "function",
    "import",
    "export",
    "=",
    "(",
    ")",
    "{",
    "}",
    ";",
    "token",
    "user",
  ];
  let out = "";
  while (out.length < bytes) {
    const line: string[] = [];
    for (let i = 0; i < 10; i++) line.push(words[Math.floor(random() * words.length)]!);
    out += `${line.join(" ")} ${BASE62[Math.floor(random() * 62)]}${Math.floor(random() * 1e9)}\n`;
  }
  return out.slice(0, bytes);
}

/** A token-shaped string built at run time (never committed as a literal). */
export function fakeToken(): string {
  let body = "";
  for (let i = 0; i < 180; i++) body += BASE62[Math.floor(random() * 62)];
  return `EAAB${body}ZD`;
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const lines = [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}
