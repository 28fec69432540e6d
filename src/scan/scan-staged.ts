/**
 * `scan --staged`: the pre-commit check. By default only lines the commit adds are scanned, so a
 * token already sitting unchanged in HEAD is not reported again on every commit; `allLines` scans
 * whole staged files. While a merge is being committed, a line counts as added only if it is new
 * to both parents: what the other branch brings was already checked where it was committed.
 */
import { join, relative } from "node:path";
import { forEachConcurrently } from "../concurrency.js";
import type { Detection } from "../detect/engine.js";
import {
  compareFindings,
  dotenvFinding,
  type Finding,
  findingFromDetection,
  pathFindings,
} from "../detect/finding.js";
import { UserError } from "../errors.js";
import type { ScanStats } from "../scan-stats.js";
import { toPosix } from "../sources/files.js";
import { gitBlobs } from "../sources/git.js";
import {
  type AddedLineDetection,
  detectInAddedLines,
  indexEntries,
  isSubmodule,
  mergeInProgress,
  type StagedFile,
  stagedContentFromDisk,
  stagedFiles,
} from "../sources/staged.js";
import { detectInBuffer } from "./content.js";
import { isBlockedDotenv, isReported, isSkippedPath, type ScanPolicy } from "./policy.js";
import type { ScanResult } from "./scan-files.js";

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
  const display = (path: string) => toPosix(relative(options.cwd, join(root, path)));
  const findings: Finding[] = [];
  const keep = (finding: Finding) => {
    if (isReported(policy, finding)) findings.push(finding);
  };
  const record = (file: StagedFile, detection: Detection) => {
    if (isSkippedPath(policy, file.path)) return;
    keep(findingFromDetection(detection, display(file.path), policy.config.appIds));
  };

  const files = await stagedFiles(root, base, pathspecs);
  const scanned = files.filter((file) => !isSkippedPath(policy, file.path));
  for (const file of scanned) {
    for (const finding of pathFindings(display(file.path), file.path, policy.config.appIds)) keep(finding);
    if (isBlockedDotenv(policy, file.path)) keep(dotenvFinding(display(file.path), file.path));
  }
  stats.files += scanned.length;

  // A hook manager that names files which have no staged change (`pre-commit run --all-files`)
  // wants those files checked: their index version is scanned whole.
  const listed = new Set(files.map((file) => file.path));
  const unchanged = (await indexEntries(root, base ? [] : pathspecs)).filter(
    (entry) => !listed.has(entry.path) && !isSkippedPath(policy, entry.path),
  );
  for (const entry of unchanged) {
    for (const finding of pathFindings(display(entry.path), entry.path, policy.config.appIds)) keep(finding);
    if (isBlockedDotenv(policy, entry.path)) keep(dotenvFinding(display(entry.path), entry.path));
  }
  stats.files += unchanged.length;

  // Two sources at once: the patch carries the added lines of changed files; new files (every
  // line added), named files and, with allLines, everything are scanned whole.
  const changed = files.filter((file) => file.status !== "A");
  const whole = [...scanned.filter((file) => options.allLines || file.status === "A"), ...unchanged].filter(
    (file) => !isSubmodule(file),
  );
  const inPatch: AddedLineDetection[] = [];
  const [patch] = await Promise.all([
    options.allLines || changed.length === 0
      ? undefined
      : detectInAddedLines(root, (found) => inPatch.push(found), {
          filter: "CMRT",
          ...(base && { base }),
          pathspecs,
        }),
    scanWhole(root, whole, (file, content) => {
      stats.bytes += content.length;
      const result = detectInBuffer(content);
      if (!result.binary) for (const detection of result.detections) record(file, detection);
    }),
  ]);
  if (patch && patch.sections !== changed.length) {
    throw new UserError(
      `the staged diff did not match the staged file list (${patch.sections} sections for ${changed.length} files); nothing was checked`,
    );
  }
  stats.bytes += patch?.bytes ?? 0;
  for (const { section, detection } of inPatch) {
    const file = changed[section]!;
    if (!isSubmodule(file)) record(file, detection);
  }
  return findings;
}

/**
 * The index content of each file: from the working tree when it provably equals the staged blob
 * (much faster than a pipe from git), otherwise from one `git cat-file --batch`.
 */
async function scanWhole(
  root: string,
  files: readonly StagedFile[],
  onContent: (file: StagedFile, content: Buffer) => void,
) {
  const fromGit = new Map<string, StagedFile[]>();
  await forEachConcurrently(files, PARALLEL_READS, async (file) => {
    const content = await stagedContentFromDisk(root, file);
    if (content) onContent(file, content);
    else fromGit.set(file.oid, [...(fromGit.get(file.oid) ?? []), file]);
  });
  await gitBlobs(root, [...fromGit.keys()], (oid, content) => {
    if (content) for (const file of fromGit.get(oid) ?? []) onContent(file, content);
  });
}

const PARALLEL_READS = 8;
