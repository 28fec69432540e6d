/**
 * `scan` over files on disk: list, apply the policy, read, detect. Files are read a few at a time,
 * small ones whole and large ones as a stream.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { forEachConcurrently } from "../concurrency.js";
import {
  compareFindings,
  dotenvFinding,
  type Finding,
  findingFromDetection,
  pathFindings,
} from "../detect/finding.js";
import type { ScanStats } from "../scan-stats.js";
import { describeFsError, type FileEntry, type Listing, type Skipped } from "../sources/files.js";
import { type ContentResult, detectInBuffer, detectInChunks } from "./content.js";
import { isBlockedDotenv, isReported, isSkippedPath, type ScanPolicy } from "./policy.js";

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  /** What could not be read (the command reports each, and fails if one had to be read). */
  skipped?: Skipped[];
}

const READ_WHOLE_BYTES = 8 * 1024 * 1024;
const PARALLEL_READS = 8;

export async function scanFiles(listing: Listing, policy: ScanPolicy): Promise<ScanResult> {
  const findings: Finding[] = [];
  const stats: ScanStats = { files: 0, bytes: 0 };
  const skipped = [...listing.skipped];
  await forEachConcurrently(listing.entries, PARALLEL_READS, async (entry) => {
    if (!entry.explicit && isSkippedPath(policy, entry.repoPath)) {
      stats.ignoredPaths = (stats.ignoredPaths ?? 0) + 1;
      return;
    }
    // A path named on the command line is read whatever ignorePaths says.
    const where = entry.explicit ? undefined : entry.repoPath;
    const found = pathFindings(entry.displayPath, entry.repoPath, policy.config.appIds);
    if (isBlockedDotenv(policy, entry.repoPath)) found.push(dotenvFinding(entry.displayPath, entry.repoPath));
    let read: Awaited<ReturnType<typeof readContent>>;
    try {
      read = await readContent(entry);
    } catch (error) {
      skipped.push({
        displayPath: entry.displayPath,
        reason: describeFsError(error),
        mustRead: entry.mustRead,
      });
      for (const finding of found) if (isReported(policy, finding, where)) findings.push(finding);
      return;
    }
    const { size, content } = read;
    stats.files++;
    stats.bytes += size;
    if (!content.binary) {
      for (const detection of content.detections) {
        found.push(findingFromDetection(detection, entry.displayPath, policy.config.appIds));
      }
    }
    for (const finding of found) if (isReported(policy, finding, where)) findings.push(finding);
  });
  skipped.sort((a, b) => a.displayPath.localeCompare(b.displayPath));
  return { findings: findings.sort(compareFindings), stats, skipped };
}

async function readContent(entry: FileEntry): Promise<{ size: number; content: ContentResult }> {
  const { size } = await stat(entry.absPath);
  if (size <= READ_WHOLE_BYTES) return { size, content: detectInBuffer(await readFile(entry.absPath)) };
  const stream = createReadStream(entry.absPath, { highWaterMark: 1024 * 1024 });
  return { size, content: await detectInChunks(stream) };
}
