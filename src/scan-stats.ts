/**
 * What a scan counted, shared by the layer that scans (`scan/`) and the layer that reports
 * (`report/`), which may not import each other.
 */
export interface ScanStats {
  /** Files (working tree, index) or distinct blobs (history) read. */
  files: number;
  bytes: number;
  /** Files a full scan left unread because `ignorePaths` names them (its text report says so). */
  ignoredPaths?: number;
}

/** Where the findings came from: it decides what the advice says. */
export type ScanKind = "files" | "staged" | "history";

/** Why a finding was not reported. */
export type SuppressionReason = "ignore-file" | "ignore-paths" | "allow-comment";

/** A finding the policy kept out of the report, and why (listed by the text report and --show-suppressed). */
export interface Suppressed<F> {
  finding: F;
  reason: SuppressionReason;
}
