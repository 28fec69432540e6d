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
}

/** `repoPath` is relative to the repository root, where the config's globs are anchored. */
export function isSkippedPath(policy: ScanPolicy, repoPath: string): boolean {
  return policy.config.ignorePaths.length > 0 && matchesAny(repoPath, policy.config.ignorePaths);
}

export function isBlockedDotenv(policy: ScanPolicy, repoPath: string): boolean {
  return isDotenvPath(repoPath) && !matchesAny(repoPath, policy.config.allowDotenv);
}

export function isReported(policy: ScanPolicy, finding: Finding): boolean {
  const reason = isAllowedByComment(finding)
    ? "allow-comment"
    : policy.ignored.has(finding.fingerprint)
      ? "ignore-file"
      : undefined;
  if (reason === undefined) return true;
  policy.suppressed?.push({ finding, reason });
  return false;
}
