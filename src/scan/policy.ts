/**
 * What the user has configured to be reported or not, applied identically by every source
 * (files, staged index, history). Pure.
 */
import { type Config, matchesAny } from "../config/config.js";
import { isDotenvPath } from "../detect/dotenv.js";
import type { Finding } from "../detect/finding.js";

export interface ScanPolicy {
  config: Config;
  /** Fingerprints from the ignore file. */
  ignored: ReadonlySet<string>;
}

/** `repoPath` is relative to the repository root, where the config's globs are anchored. */
export function isSkippedPath(policy: ScanPolicy, repoPath: string): boolean {
  return policy.config.ignorePaths.length > 0 && matchesAny(repoPath, policy.config.ignorePaths);
}

export function isBlockedDotenv(policy: ScanPolicy, repoPath: string): boolean {
  return isDotenvPath(repoPath) && !matchesAny(repoPath, policy.config.allowDotenv);
}

export function isReported(policy: ScanPolicy, finding: Finding): boolean {
  return !policy.ignored.has(finding.fingerprint);
}
