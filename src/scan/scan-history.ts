/**
 * `scan --history`: every blob the range of commits introduced, scanned once per distinct blob
 * with the same rules and policy as `scan`. A secret found in many blob versions (a file edited
 * fifty times around a token) is one finding, named by the commit, date and path that first
 * introduced it, with a count.
 */
import { join, relative } from "node:path";
import type { Detection } from "../detect/engine.js";
import { dotenvFinding, type Finding, findingFromDetection, pathFindings } from "../detect/finding.js";
import { toPosix } from "../sources/files.js";
import { BlobReader } from "../sources/git.js";
import {
  countCommits,
  type HistoryRange,
  historyIntroductions,
  type Introduction,
  rangeArgs,
  taggedIntroductions,
  taggedObjects,
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

/**
 * A blob id as a short string of its own. The id parsed from git's output is a slice of a whole
 * chunk of that output, and V8 keeps the chunk alive as long as the slice: kept in a set, the ids
 * would hold on to the entire log.
 */
const blobKey = (oid: string) => Buffer.from(oid, "hex").toString("latin1");

/** Blobs asked of git ahead of the one being scanned: enough to keep git busy, and no more. */
const READ_AHEAD = 64;

/**
 * Streams: the log is read at the pace blobs are scanned, and nothing grows with history but the
 * set of blob ids already read (and the findings), so memory stays nearly flat however long the
 * history is.
 */
export async function scanHistory(options: HistoryScanOptions): Promise<ScanResult & { commits: number }> {
  const { policy, root } = options;
  const display = (path: string) => toPosix(relative(options.cwd, join(root, path)));
  // Tags of blobs and trees are read apart: `git log` lists commits only (and fails on a named blob).
  const tagged = await taggedObjects(root, options.range);
  const commitRefs = options.range.refs.filter((ref) => !tagged.some((object) => object.ref === ref));
  const onlyTagged = options.range.refs.length > 0 && commitRefs.length === 0;
  const range = onlyTagged ? [] : await rangeArgs(root, { ...options.range, refs: commitRefs });
  const commits = onlyTagged ? Promise.resolve(0) : countCommits(root, range);
  commits.catch(() => {}); // awaited at the end; a failing log is the error to report first
  async function* introductions(): AsyncGenerator<Introduction> {
    if (!onlyTagged) yield* historyIntroductions(root, range);
    yield* taggedIntroductions(root, tagged);
  }

  const byFingerprint = new Map<string, Finding>();
  const add = (finding: Finding, at: Introduction) => {
    if (!isReported(policy, finding, at.path)) return;
    const known = byFingerprint.get(finding.fingerprint);
    if (known) {
      known.count = (known.count ?? 1) + 1;
      return;
    }
    // A tagged blob or tree has no commit, and no date.
    Object.assign(finding, { ...(at.commit && { commit: at.commit, date: at.date }), count: 1 });
    byFingerprint.set(finding.fingerprint, finding);
  };
  // Every commit that introduced a blob carried its secrets: each one counts.
  const credit = (detections: readonly Detection[], at: Introduction) => {
    for (const detection of detections) {
      add(findingFromDetection(detection, display(at.path), policy.config.appIds), at);
    }
  };

  const read = new Set<string>(); // blobs asked for, each once, by blobKey
  const detectionsOf = new Map<string, Detection[]>(); // blobs read that hold something
  const waiting = new Map<string, Introduction[]>(); // introductions of blobs still being read
  const inFlight: Promise<void>[] = [];
  let bytes = 0;
  const reader = new BlobReader(root);
  try {
    // Oldest first, and git answers reads in order: the first introduction of a secret is
    // credited first, so it names where the secret came from.
    for await (const at of introductions()) {
      if (isSkippedPath(policy, at.path)) continue;
      for (const finding of pathFindings(display(at.path), at.path, policy.config.appIds)) add(finding, at);
      if (isBlockedDotenv(policy, at.path)) add(dotenvFinding(display(at.path), at.path), at);
      const pending = waiting.get(at.oid);
      if (pending) {
        pending.push(at);
        continue;
      }
      const key = blobKey(at.oid);
      if (read.has(key)) {
        const known = detectionsOf.get(key);
        if (known) credit(known, at);
        continue;
      }
      read.add(key);
      waiting.set(at.oid, [at]);
      const scanned = reader.read(at.oid).then((content) => {
        const versions = waiting.get(at.oid) ?? [];
        waiting.delete(at.oid);
        if (!content) return;
        bytes += content.length;
        const result = detectInBuffer(content);
        if (result.binary || result.detections.length === 0) return;
        detectionsOf.set(key, result.detections);
        for (const version of versions) credit(result.detections, version);
      });
      scanned.catch(() => {}); // awaited in order below
      inFlight.push(scanned);
      if (inFlight.length >= READ_AHEAD) await inFlight.shift();
    }
    for (const scanned of inFlight.splice(0)) await scanned;
  } finally {
    await reader.close().catch(() => {}); // a failed read has already been thrown
  }

  const findings = [...byFingerprint.values()].sort(
    (a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.file.localeCompare(b.file) || a.line - b.line,
  );
  return { findings, stats: { files: read.size, bytes }, commits: await commits };
}
