import type { Finding } from "../detect/finding.js";
import type { ScanStats, Suppressed } from "../scan-stats.js";

/**
 * `--format json`. Version 1 of this shape is a public interface: add fields, never change them.
 * `suppressed` (with --show-suppressed) lists what the ignore file hid, each with its reason.
 */
export function formatScanJson(
  findings: readonly Finding[],
  stats: ScanStats,
  suppressed?: readonly Suppressed<Finding>[],
): string {
  const report = {
    version: 1,
    findings,
    ...(suppressed && { suppressed: suppressed.map(({ finding, reason }) => ({ ...finding, reason })) }),
    stats: { files: stats.files, bytes: stats.bytes },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
