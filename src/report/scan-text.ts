/**
 * The terminal report of a scan: one line per finding, one headline, then what to do, one block
 * per kind of finding (block-advice.ts). A blocked commit reads the same report; nothing else
 * adds advice to it.
 */
import type { Finding } from "../detect/finding.js";
import { printable } from "../detect/paths.js";
import type { ScanKind, ScanStats, Suppressed } from "../scan-stats.js";
import { formatAdvice } from "./block-advice.js";
import { byteSize, plural } from "./words.js";

export interface TextOptions {
  color: boolean;
  kind: ScanKind;
  /** How the user runs this CLI from a shell here (see block-advice.ts). */
  command: string;
  /** Findings the configuration, the ignore file or an allow comment kept out, with why. */
  suppressed?: readonly Suppressed<Finding>[];
  /** Files that had to be read and could not be (named on stderr; the scan fails). */
  unread?: number;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

const REASONS = {
  "ignore-file": "fingerprint in the ignore file",
  "ignore-paths": "ignorePaths in the configuration",
  "allow-comment": "wa-token-guard:allow on the line",
} as const;

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

export function formatScanText(findings: readonly Finding[], stats: ScanStats, options: TextOptions): string {
  const scanned = `${plural(stats.files, options.kind === "history" ? "blob" : "file")}, ${byteSize(stats.bytes)}`;
  const lines: string[] = [];
  if (findings.length === 0) {
    // "No credentials found" alone would read as a pass when the scan fails for what it missed.
    lines.push(
      options.unread
        ? `No credentials found in what could be read (${scanned}), but ${plural(options.unread, "file")} could not be read (named below): the scan fails.`
        : `No credentials found (${scanned}).`,
    );
  } else {
    const live = findings.filter((finding) => finding.status === "live").length;
    if (live > 0) {
      lines.push(
        paint(
          options.color,
          31,
          `${plural(live, "token is", "tokens are")} still live: revoke ${live === 1 ? "it" : "them"} now (below).`,
        ),
        "",
      );
    }
    // No spread of unbounded arrays: 130k findings would overflow the stack.
    for (const finding of findings) lines.push(formatFindingLine(finding, options.color));
    lines.push("");
    const files = new Set(findings.map((finding) => finding.file)).size;
    const found = `${plural(findings.length, "finding")} in ${plural(files, "file")}`;
    lines.push(
      options.kind === "staged"
        ? paint(options.color, 31, `wa-token-guard blocked this commit: ${found}.`)
        : `${found} (${scanned} scanned). What to do:`,
    );
    for (const line of formatAdvice(findings, options)) lines.push(line);
  }
  const suppressed = options.suppressed ?? [];
  if (suppressed.length > 0) {
    lines.push("", `Not reported (${plural(suppressed.length, "suppressed finding")}):`);
    for (const { finding, reason } of suppressed) {
      lines.push(`  ${formatFindingLine(finding, false)}  (${REASONS[reason]})`);
    }
  }
  // What ignorePaths hides is not even read: said, so that a token hidden that way leaves a trace.
  const ignored = stats.ignoredPaths ?? 0;
  if (ignored > 0 && options.kind === "files") {
    lines.push(
      "",
      `${plural(ignored, "file")} not read: ignorePaths in the configuration names ${ignored === 1 ? "it" : "them"} (--show-suppressed reads ${ignored === 1 ? "it" : "them"} and lists what ${ignored === 1 ? "it holds" : "they hold"}).`,
    );
  }
  return `${lines.join("\n")}\n`;
}
