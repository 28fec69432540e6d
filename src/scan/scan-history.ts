/**
 * `scan --history`: every blob the range of commits introduced, scanned once per distinct blob
 * with the same rules and policy as `scan`. A secret found in many blob versions (a file edited
 * fifty times around a token) is one finding, named by the commit, date and path that first
 * introduced it, with a count.
 */
import { join, relative } from "node:path";
import { dotenvFinding, type Finding, findingFromDetection, pathFindings } from "../detect/finding.js";
import { toPosix } from "../sources/files.js";
import { gitBlobs } from "../sources/git.js";
import {
  countCommits,
  type HistoryRange,
  historyIntroductions,
  type Introduction,
  rangeArgs,
} from "../sources/history.js";
import { detectInBuffer } from "./content.js";
import { isBlockedDotenv, isReported, isSkippedPath, type ScanPolicy } from "./policy.js";
import type { ScanResult } from "./scan-files.js";

export interface HistoryScanOptions {
  cwd: string;
  root: string;
  policy: ScanPolicy;
  range: HistoryRange;
}

export async function scanHistory(options: HistoryScanOptions): Promise<ScanResult & { commits: number }> {
  const { policy, root } = options;
  const display = (path: string) => toPosix(relative(options.cwd, join(root, path)));
  const range = await rangeArgs(root, options.range);
  const [introductions, commits] = await Promise.all([
    historyIntroductions(root, range),
    countCommits(root, range),
  ]);

  const byFingerprint = new Map<string, Finding>();
  const add = (finding: Finding, at: Introduction) => {
    if (!isReported(policy, finding)) return;
    const known = byFingerprint.get(finding.fingerprint);
    if (known) {
      known.count = (known.count ?? 1) + 1;
      return;
    }
    Object.assign(finding, { commit: at.commit, date: at.date, count: 1 });
    byFingerprint.set(finding.fingerprint, finding);
  };

  // Every introduction of each blob, oldest first: the first names where it came from.
  const versions = new Map<string, Introduction[]>();
  for (const at of introductions) {
    if (isSkippedPath(policy, at.path)) continue;
    for (const finding of pathFindings(display(at.path), at.path, policy.config.appIds)) add(finding, at);
    if (isBlockedDotenv(policy, at.path)) add(dotenvFinding(display(at.path), at.path), at);
    const known = versions.get(at.oid);
    if (known) known.push(at);
    else versions.set(at.oid, [at]);
  }

  let bytes = 0;
  await gitBlobs(root, [...versions.keys()], (oid, content) => {
    if (!content) return;
    bytes += content.length;
    const result = detectInBuffer(content);
    if (result.binary) return;
    for (const detection of result.detections) {
      // Every commit that introduced this blob carried the secret: each one counts.
      for (const version of versions.get(oid) ?? []) {
        add(findingFromDetection(detection, display(version.path), policy.config.appIds), version);
      }
    }
  });

  const findings = [...byFingerprint.values()].sort(
    (a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.file.localeCompare(b.file) || a.line - b.line,
  );
  return { findings, stats: { files: versions.size, bytes }, commits };
}
