/**
 * `scan --history` over repositories of 2,000, 10,000 and 40,000 commits (built with git
 * fast-import, so the fixtures take seconds), reported as commits/s, MB of distinct blobs read
 * per second, and peak memory: the log is parsed as it streams, so node's memory should stay flat
 * (git's own `git log` grows with the history: most of its RSS is the pack files it maps).
 */
import { spawnSync } from "node:child_process";
import {
  CLI,
  env,
  fakeToken,
  mb,
  median,
  NODE,
  nodePeakRssMb,
  peakRssMb,
  randomText,
  sh,
  table,
  tempDir,
} from "./lib.ts";

export function historyRepo(commits: number): { dir: string; planted: number } {
  const dir = tempDir("history");
  sh("git", ["init", "-q"], dir);
  const parts: string[] = [];
  let time = 1_700_000_000;
  let planted = 0;
  for (let i = 0; i < commits; i++) {
    time += 600;
    parts.push(
      `commit refs/heads/main\nauthor Bench <bench@example.com> ${time} +0000\ncommitter Bench <bench@example.com> ${time} +0000\ndata 8\ncommit ${i % 10}\n`,
    );
    for (let f = 0; f < 2; f++) {
      let content = randomText(2_000);
      if (i % 1000 === 0 && f === 0) {
        content += `\ntoken = "${fakeToken()}"\n`;
        planted++;
      }
      parts.push(
        `M 100644 inline src/m${(i * 7 + f) % 50}/file${(i * 13 + f) % 500}.ts\ndata ${Buffer.byteLength(content)}\n${content}\n`,
      );
    }
  }
  const imported = spawnSync("git", ["fast-import", "--quiet"], { cwd: dir, env, input: parts.join("") });
  if (imported.status !== 0) throw new Error(`git fast-import failed: ${imported.stderr}`);
  sh("git", ["checkout", "-q", "main"], dir);
  return { dir, planted };
}

export function benchHistory(sizes = [2_000, 10_000, 40_000], runs = 3): string {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const commits of sizes) {
    const { dir, planted } = historyRepo(commits);
    const args = [CLI, "scan", "--history", "--format", "json"];
    const report = JSON.parse(sh(NODE, args, dir));
    const ms = median(NODE, args, dir, runs);
    const megabytes = report.stats.bytes / 1024 / 1024;
    notes.push(`${commits}: ${report.findings.length} of ${planted} planted tokens found`);
    rows.push([
      commits,
      report.stats.files,
      `${(ms / 1000).toFixed(2)} s`,
      Math.round(commits / (ms / 1000)),
      (megabytes / (ms / 1000)).toFixed(1),
      mb(nodePeakRssMb(args, dir)),
      mb(peakRssMb(NODE, args, dir)),
    ]);
  }
  return [
    `History scan (median of ${runs} runs; ${notes.join("; ")})`,
    "",
    table(
      [
        "commits",
        "distinct blobs",
        "time",
        "commits/s",
        "MB/s",
        "peak memory (node)",
        "peak memory (largest process: git log)",
      ],
      rows,
    ),
  ].join("\n");
}
