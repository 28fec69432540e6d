import type { Encoding } from "./decode.js";
import type { Detection } from "./engine.js";
import { detectInPath, redactPath } from "./paths.js";
import { fingerprint, redact } from "./redact.js";
import type { RuleId } from "./rules.js";

/**
 * What every report format shows. It holds no secret: only its redacted form and fingerprint.
 * The secret itself stays reachable through secretOf() for the few callers that must use it
 * (checking a leaked token against the Graph API), so no serializer can ever print it.
 */
export interface Finding {
  rule: RuleId;
  /** Relative to the working directory, `/`-separated; credentials in it redacted (redactPath). */
  file: string;
  /** 1-based; 0 for findings about a whole file (dotenv-file, a credential in the file's name). */
  line: number;
  column: number;
  redacted: string;
  fingerprint: string;
  appId?: string;
  /** Found inside a base64 or percent-encoded segment: line and column are the segment's. */
  encoding?: Encoding;
  /** Present when the configuration lists the team's app ids: does the credential belong to one? */
  teamApp?: boolean;
  /** History scans: the commit that first introduced the secret, its author date, and in how many blob versions it appears. */
  commit?: string;
  date?: string;
  count?: number;
  /** With --verify: whether the Graph API still accepts the token. */
  status?: "live" | "expired" | "revoked" | "unknown";
}

const secrets = new WeakMap<Finding, string>();
/** Findings on a line with the allow comment: kept apart from the public shape, like the secret. */
const allowedByComment = new WeakSet<Finding>();

export function isAllowedByComment(finding: Finding): boolean {
  return allowedByComment.has(finding);
}

export function secretOf(finding: Finding): string | undefined {
  return secrets.get(finding);
}

export function findingFromDetection(
  detection: Detection,
  file: string,
  teamAppIds: readonly string[],
): Finding {
  const finding: Finding = {
    rule: detection.rule,
    file: redactPath(file),
    line: detection.line,
    column: detection.column,
    redacted: redact(detection.secret),
    fingerprint: fingerprint(detection.secret),
  };
  if (detection.encoding) finding.encoding = detection.encoding;
  if (detection.appId) {
    finding.appId = detection.appId;
    if (teamAppIds.length > 0) finding.teamApp = teamAppIds.includes(detection.appId);
  }
  secrets.set(finding, detection.secret);
  if (detection.allowed) allowedByComment.add(finding);
  return finding;
}

/**
 * A file-level finding: the file's name alone is the problem. `file` is what reports show;
 * `repoPath` (relative to the repository root) is what the fingerprint hashes, so an ignore entry
 * made anywhere in the repository suppresses it everywhere.
 */
export function dotenvFinding(file: string, repoPath: string): Finding {
  const shown = redactPath(file);
  return {
    rule: "dotenv-file",
    file: shown,
    line: 0,
    column: 0,
    redacted: shown,
    fingerprint: fingerprint(`dotenv-file:${repoPath}`),
  };
}

/** Credentials in the file's name (`cache/EAA….json`): found in `repoPath`, shown as `file`. */
export function pathFindings(file: string, repoPath: string, teamAppIds: readonly string[]): Finding[] {
  return detectInPath(repoPath).map((detection) => findingFromDetection(detection, file, teamAppIds));
}

/** Report order: by file, then position, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule)
  );
}
