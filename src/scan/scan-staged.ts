/**
 * `scan --staged`: the pre-commit check. By default only lines the commit adds are reported, so a
 * token already sitting unchanged in HEAD is not reported again on every commit; `allLines`
 * reports whole staged files. A line counts as added unless the same line is already in the
 * file's previous version (the rename or copy source for a moved file): decided here from the
 * two blobs, never from git's patch, which the user's diff settings reshape. While a merge is
 * being committed, a line counts only if it is new to both parents: what the other branch brings
 * was already checked where it was committed.
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
  indexEntries,
  isSubmodule,
  mergeInProgress,
  readStagedFromDisk,
  type StagedFile,
  stagedFiles,
} from "../sources/staged.js";
import { type ContentResult, ContentScanner, detectInBuffer, linesIn } from "./content.js";
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

/** A credential in a staged file, with the text of its line (to tell whether the line is new). */
interface Candidate {
  file: StagedFile;
  detection: Detection;
  line: string | undefined;
}

export async function scanStaged(options: StagedScanOptions): Promise<ScanResult> {
  const { policy, root } = options;
  // The names a hook manager passes are file names, never git pathspec magic: a staged file named
  // `:(exclude)*` must not turn the check off.
  const pathspecs = (options.paths ?? []).map(
    (path) => `:(literal)${toPosix(relative(root, join(options.cwd, path)))}`,
  );
  const display = (path: string) => toPosix(relative(options.cwd, join(root, path)));
  const stats: ScanStats = { files: 0, bytes: 0 };
  const findings: Finding[] = [];
  const keep = (finding: Finding, path: string) => {
    if (isReported(policy, finding, path)) findings.push(finding);
  };

  const files = (await stagedFiles(root, undefined, pathspecs)).filter(
    (file) => !isSkippedPath(policy, file.path),
  );
  // A hook manager that names files which have no staged change (`pre-commit run --all-files`)
  // wants those files checked: their index version is scanned whole.
  const listed = new Set(files.map((file) => file.path));
  const unchanged = (await indexEntries(root, pathspecs)).filter(
    (entry) => !listed.has(entry.path) && !isSkippedPath(policy, entry.path),
  );
  const staged = [...files, ...unchanged];
  stats.files += staged.length;
  // Findings in the paths themselves (a token as a file name, a staged .env).
  let inPaths: { file: StagedFile; finding: Finding }[] = [];
  for (const file of staged) {
    for (const finding of pathFindings(display(file.path), file.path, policy.config.appIds)) {
      inPaths.push({ file, finding });
    }
    if (isBlockedDotenv(policy, file.path))
      inPaths.push({ file, finding: dotenvFinding(display(file.path), file.path) });
  }

  let candidates: Candidate[] = [];
  await readStaged(
    root,
    staged.filter((file) => !isSubmodule(file)),
    (file, content, bytes) => {
      stats.bytes += bytes;
      if (content.binary) return;
      for (const detection of content.detections) {
        candidates.push({ file, detection, line: content.lines.get(detection.line) });
      }
    },
  );

  if (!options.allLines) candidates = await onlyNewLines(root, candidates, (file) => file.oldOid);
  if (candidates.length + inPaths.length > 0 && (await mergeInProgress(root))) {
    const againstOther = new Map(
      (await stagedFiles(root, "MERGE_HEAD", pathspecs)).map((file) => [file.path, file]),
    );
    // A file equal to the other parent's version is not listed: all of it came from there.
    candidates = candidates.filter((candidate) => againstOther.has(candidate.file.path));
    inPaths = inPaths.filter(({ file }) => againstOther.has(file.path));
    if (!options.allLines) {
      candidates = await onlyNewLines(root, candidates, (file) => againstOther.get(file.path)?.oldOid);
    }
  }
  for (const { file, finding } of inPaths) keep(finding, file.path);
  for (const { file, detection } of candidates) {
    keep(findingFromDetection(detection, display(file.path), policy.config.appIds), file.path);
  }
  return { findings: findings.sort(compareFindings), stats };
}

/**
 * The candidates that are new to the file's previous version. A plain credential is new unless
 * its line is already, byte for byte, a line of that version. A decoded one (base64, percent) is
 * reported at the first line of its encoded run, which is often unchanged (a line appended to a
 * base64'd `.env` changes only the run's last lines): it is new unless the previous version held
 * the same secret. The previous versions are read only for files that have a candidate at all.
 */
async function onlyNewLines(
  root: string,
  candidates: Candidate[],
  previousOf: (file: StagedFile) => string | undefined,
): Promise<Candidate[]> {
  const wantedByOid = new Map<string, { lines: Set<string>; secrets: boolean }>();
  for (const { file, line, detection } of candidates) {
    const previous = previousOf(file);
    if (previous === undefined || (line === undefined && !detection.encoding)) continue;
    const wanted = wantedByOid.get(previous) ?? { lines: new Set(), secrets: false };
    if (detection.encoding) wanted.secrets = true;
    else if (line !== undefined) wanted.lines.add(line);
    wantedByOid.set(previous, wanted);
  }
  if (wantedByOid.size === 0) return candidates;
  const linesByOid = new Map<string, Set<string>>();
  const secretsByOid = new Map<string, Set<string>>();
  await gitBlobs(root, [...wantedByOid.keys()], (oid, content) => {
    if (!content) return;
    const wanted = wantedByOid.get(oid)!;
    linesByOid.set(oid, linesIn(content, wanted.lines));
    if (!wanted.secrets) return;
    const result = detectInBuffer(content);
    secretsByOid.set(oid, new Set(result.binary ? [] : result.detections.map((found) => found.secret)));
  });
  return candidates.filter(({ file, line, detection }) => {
    const previous = previousOf(file);
    if (previous === undefined) return true;
    if (detection.encoding) return !secretsByOid.get(previous)?.has(detection.secret);
    return line === undefined || !linesByOid.get(previous)?.has(line);
  });
}

/**
 * The index content of each file, scanned as it is read: from the working tree when it provably
 * equals the staged blob (much faster than a pipe from git), otherwise from one
 * `git cat-file --batch` for all the rest.
 */
async function readStaged(
  root: string,
  files: readonly StagedFile[],
  onContent: (file: StagedFile, content: ContentResult, bytes: number) => void,
): Promise<void> {
  const fromGit = new Map<string, StagedFile[]>();
  await forEachConcurrently(files, PARALLEL_READS, async (file) => {
    const scanner = new ContentScanner({ lineKeys: true });
    let bytes = 0;
    const answer = await readStagedFromDisk(root, file, (chunk) => {
      bytes += chunk.length;
      scanner.push(chunk);
    });
    if (answer === "match") onContent(file, scanner.finish(), bytes);
    else if (answer === "binary") onContent(file, { binary: true }, 0);
    else fromGit.set(file.oid, [...(fromGit.get(file.oid) ?? []), file]);
  });
  const missing: StagedFile[] = [];
  await gitBlobs(root, [...fromGit.keys()], (oid, content) => {
    if (!content) {
      missing.push(...(fromGit.get(oid) ?? []));
      return;
    }
    const result = detectInBuffer(content, { lineKeys: true });
    for (const file of fromGit.get(oid) ?? []) onContent(file, result, content.length);
  });
  // What cannot be read cannot be cleared: never a silent pass over it.
  if (missing.length > 0) {
    const first = missing[0]!;
    throw new UserError(
      `git cannot read the staged ${first.path} (object ${first.oid.slice(0, 12)} is missing${missing.length > 1 ? `, and ${missing.length - 1} more` : ""}): the repository may be damaged; see git fsck`,
    );
  }
}

const PARALLEL_READS = 8;
