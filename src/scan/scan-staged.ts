/**
 * `scan --staged`: the pre-commit check. By default only lines the commit adds are scanned, so a
 * token already sitting unchanged in HEAD is not reported again on every commit; `allLines` scans
 * whole staged files. While a merge is being committed, a line counts as added only if it is new
 * to both parents: what the other branch brings was already checked where it was committed.
 */
import { join, relative } from "node:path";
import type { Detection } from "../detect/engine.js";
import { compareFindings, dotenvFinding, type Finding, findingFromDetection } from "../detect/finding.js";
import { toPosix } from "../sources/files.js";
import { readBlobs } from "../sources/git-stream.js";
import {
  addedHunks,
  indexEntries,
  isSubmodule,
  mergeInProgress,
  type StagedFile,
  stagedFiles,
} from "../sources/staged.js";
import { detectInBuffer } from "./content.js";
import { isBlockedDotenv, isReported, isSkippedPath, type ScanPolicy } from "./policy.js";
import type { ScanResult, ScanStats } from "./scan-files.js";

export interface StagedScanOptions {
  cwd: string;
  root: string;
  policy: ScanPolicy;
  allLines: boolean;
  /** Paths named by a hook manager (pre-commit passes file names): limit the scan to them. */
  paths?: readonly string[];
}

export async function scanStaged(options: StagedScanOptions): Promise<ScanResult> {
  const pathspecs = (options.paths ?? []).map((path) =>
    toPosix(relative(options.root, join(options.cwd, path))),
  );
  const stats: ScanStats = { files: 0, bytes: 0 };
  let findings = await scanAgainst(options, undefined, pathspecs, stats);
  if (findings.length > 0 && (await mergeInProgress(options.root))) {
    const fromOtherSide = await scanAgainst(options, "MERGE_HEAD", pathspecs, { files: 0, bytes: 0 });
    const newToBoth = new Set(fromOtherSide.map(identity));
    findings = findings.filter((finding) => newToBoth.has(identity(finding)));
  }
  return { findings: findings.sort(compareFindings), stats };
}

const identity = (f: Finding) => `${f.rule}\0${f.file}\0${f.line}\0${f.column}\0${f.fingerprint}`;

async function scanAgainst(
  options: StagedScanOptions,
  base: string | undefined,
  pathspecs: string[],
  stats: ScanStats,
): Promise<Finding[]> {
  const { policy, root } = options;
  const files = await stagedFiles(root, base, pathspecs);
  const display = (path: string) => toPosix(relative(options.cwd, join(root, path)));
  const findings: Finding[] = [];
  const keep = (finding: Finding) => {
    if (isReported(policy, finding)) findings.push(finding);
  };
  const record = (file: StagedFile, detection: Detection) =>
    keep(findingFromDetection(detection, display(file.path), policy.config.appIds));

  const scanned = files.filter((file) => !isSkippedPath(policy, file.path));
  for (const file of scanned) if (isBlockedDotenv(policy, file.path)) keep(dotenvFinding(display(file.path)));
  stats.files += scanned.length;

  // A hook manager that names files which have no staged change (`pre-commit run --all-files`)
  // wants those files checked: their index version is scanned whole.
  const unchanged = (await indexEntries(root, base ? [] : pathspecs)).filter(
    (entry) => !files.some((file) => file.path === entry.path) && !isSkippedPath(policy, entry.path),
  );
  for (const entry of unchanged)
    if (isBlockedDotenv(policy, entry.path)) keep(dotenvFinding(display(entry.path)));
  stats.files += unchanged.length;

  const whole = [...(options.allLines ? scanned : []), ...unchanged].filter((file) => !isSubmodule(file));
  const byOid = new Map(whole.map((file) => [file.oid, file] as const));
  await readBlobs(
    root,
    whole.map((file) => file.oid),
    ({ oid, content }) => {
      if (!content) return;
      stats.bytes += content.length;
      const result = detectInBuffer(content);
      if (!result.binary) for (const detection of result.detections) record(byOid.get(oid)!, detection);
    },
  );

  if (!options.allLines && scanned.length > 0) {
    const wanted = new Set(scanned);
    await addedHunks(
      root,
      files,
      (hunk) => {
        if (!wanted.has(hunk.file)) return;
        const text = Buffer.concat(hunk.lines.flatMap((line) => [line, NEWLINE]));
        stats.bytes += text.length;
        const result = detectInBuffer(text);
        if (result.binary) return;
        for (const detection of result.detections) {
          detection.line += hunk.firstLine - 1;
          record(hunk.file, detection);
        }
      },
      base,
      pathspecs,
    );
  }
  return findings;
}

const NEWLINE = Buffer.from("\n");
