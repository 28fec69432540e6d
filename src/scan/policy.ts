/**
 * What the user has configured to be reported or not, applied identically by every source
 * (files, staged index, history). Pure, apart from noting what it suppressed.
 */
import { type Config, matchesAny } from "../config/config.js";
import { isDotenvPath } from "../detect/dotenv.js";
import { type Finding, isAllowedByComment } from "../detect/finding.js";
import type { Suppressed } from "../scan-stats.js";

export interface ScanPolicy {
  config: Config;
  /** Fingerprints from the ignore file. */
  ignored: ReadonlySet<string>;
  /** When present, every finding the ignore file or an allow comment hides is noted here, so that reports can list it. */
  suppressed?: Suppressed<Finding>[];
  /**
   * Read the paths `ignorePaths` names too, and note what they hold as suppressed
   * (`--show-suppressed`): a token that an `ignorePaths` entry hides is then listed with its
   * reason, as one behind the ignore file or an allow comment is.
   */
  readIgnoredPaths?: boolean;
}

/** Whether `ignorePaths` names the path: relative to the repository root, where its globs are anchored. */
function isIgnoredPath(policy: ScanPolicy, repoPath: string): boolean {
  return policy.config.ignorePaths.length > 0 && matchesAny(repoPath, policy.config.ignorePaths);
}

/** Whether a source leaves the path unread (see readIgnoredPaths). */
export function isSkippedPath(policy: ScanPolicy, repoPath: string): boolean {
  return !policy.readIgnoredPaths && isIgnoredPath(policy, repoPath);
}

export function isBlockedDotenv(policy: ScanPolicy, repoPath: string): boolean {
  return isDotenvPath(repoPath) && !matchesAny(repoPath, policy.config.allowDotenv);
}

/** `repoPath`: where the finding is, when `ignorePaths` may name it (not for a path the user named). */
export function isReported(policy: ScanPolicy, finding: Finding, repoPath?: string): boolean {
  const reason =
    // Only a source that read the ignored paths can hold a finding there.
    policy.readIgnoredPaths && repoPath !== undefined && isIgnoredPath(policy, repoPath)
      ? "ignore-paths"
      : isAllowedByComment(finding)
        ? "allow-comment"
        : policy.ignored.has(finding.fingerprint)
          ? "ignore-file"
          : undefined;
  if (reason === undefined) return true;
  policy.suppressed?.push({ finding, reason });
  return false;
}
