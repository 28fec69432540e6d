import type { Finding } from "../detect/finding.js";
import type { ScanStats } from "../scan/scan-files.js";

/** `--format json`. Version 1 of this shape is a public interface: add fields, never change them. */
export function formatScanJson(findings: readonly Finding[], stats: ScanStats): string {
  return `${JSON.stringify({ version: 1, findings, stats: { files: stats.files, bytes: stats.bytes } }, null, 2)}\n`;
}
