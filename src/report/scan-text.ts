/** The terminal report of a scan: one line per finding, then what to do, once per rule. */
import type { Finding } from "../detect/finding.js";
import { printable } from "../detect/paths.js";
import { RULES, type RuleId } from "../detect/rules.js";
import type { ScanStats } from "../scan/scan-files.js";

export interface TextOptions {
  color: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatFindingLine(finding: Finding, color: boolean): string {
  const file = printable(finding.file);
  const where = finding.line > 0 ? `${file}:${finding.line}:${finding.column}` : file;
  const parts = [paint(color, 1, where), paint(color, 31, finding.rule)];
  if (finding.rule !== "dotenv-file")
    parts.push(finding.encoding ? `${finding.redacted} (${finding.encoding}-encoded)` : finding.redacted);
  if (finding.appId) {
    const whose =
      finding.teamApp === undefined
        ? ""
        : finding.teamApp
          ? " (one of your apps)"
          : " (not one of your apps)";
    parts.push(`app ${finding.appId}${whose}`);
  }
  if (finding.status)
    parts.push(paint(color, finding.status === "live" ? 41 : 2, finding.status.toUpperCase()));
  if (finding.commit) {
    const times = finding.count && finding.count > 1 ? `, in ${finding.count} versions` : "";
    parts.push(`since ${finding.commit.slice(0, 10)} ${finding.date?.slice(0, 10) ?? ""}${times}`);
  }
  return parts.join("  ");
}

export function formatRemedies(findings: readonly Finding[]): string[] {
  const rules = [...new Set(findings.map((finding) => finding.rule))] as RuleId[];
  return rules.map((rule) => `  ${rule}: ${RULES[rule].remedy}`);
}

export function formatScanText(findings: readonly Finding[], stats: ScanStats, options: TextOptions): string {
  const size = `${(stats.bytes / 1024 / 1024).toFixed(1)} MB`;
  if (findings.length === 0) return `No credentials found (${stats.files} files, ${size}).\n`;
  const lines: string[] = [];
  const live = findings.filter((finding) => finding.status === "live").length;
  if (live > 0) {
    lines.push(
      paint(
        options.color,
        31,
        `${live} token${live === 1 ? " is" : "s are"} still live: revoke ${live === 1 ? "it" : "them"} now.`,
      ),
      "  Meta Business Settings -> Users -> System users -> (user) -> Revoke tokens; for a user token, the user removes the app (or changes their password).",
      "  Then generate a new token, update every place that used it, and clean the history (git filter-repo) only after revoking.",
      "",
    );
  }
  for (const finding of findings) lines.push(formatFindingLine(finding, options.color));
  lines.push("");
  lines.push(
    `${findings.length} finding${findings.length === 1 ? "" : "s"} (${stats.files} files, ${size}). What to do:`,
  );
  for (const remedy of formatRemedies(findings)) lines.push(remedy);
  lines.push(
    "  A false positive? Put `wa-token-guard:allow` on the line, or record it with `wa-token-guard scan --update-ignore`.",
  );
  return `${lines.join("\n")}\n`;
}
