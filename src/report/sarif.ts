/** `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it (upload-sarif). */
import type { Finding } from "../detect/finding.js";
import { RULE_IDS, RULES } from "../detect/rules.js";
import type { Suppressed } from "../scan-stats.js";
import { HOMEPAGE, VERSION } from "../version.js";

/** `suppressed` (with --show-suppressed) become results with SARIF's own `suppressions` entry. */
export function formatSarif(
  findings: readonly Finding[],
  suppressed?: readonly Suppressed<Finding>[],
): string {
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id
      .split("-")
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join(""),
    shortDescription: { text: RULES[id].title },
    fullDescription: { text: RULES[id].title },
    help: { text: RULES[id].remedy, markdown: RULES[id].remedy },
    defaultConfiguration: { level: "error" },
    properties: { tags: ["security", "secret"], precision: "high", "security-severity": "9.0" },
  }));
  const all = [...findings.map((finding) => ({ finding })), ...(suppressed ?? [])];
  const results = all.map(({ finding, ...rest }) => ({
    ruleId: finding.rule,
    ruleIndex: RULE_IDS.indexOf(finding.rule),
    level: "error",
    message: { text: sarifMessage(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding.file) },
          ...(finding.line > 0 && { region: { startLine: finding.line, startColumn: finding.column } }),
        },
      },
    ],
    // The secret's hash, not its line: an alert follows the secret when lines move (code scanning
    // would otherwise compute its own fingerprint from the line's text).
    partialFingerprints: { "waTokenGuardSecret/v1": finding.fingerprint },
    ...("reason" in rest && {
      suppressions: [
        {
          kind: rest.reason === "allow-comment" ? "inSource" : "external",
          justification: `wa-token-guard ${rest.reason}`,
        },
      ],
    }),
    ...((finding.commit || finding.status || finding.encoding) && {
      properties: {
        ...(finding.encoding && { encoding: finding.encoding }),
        ...(finding.commit && { commit: finding.commit, date: finding.date, count: finding.count }),
        ...(finding.status && { liveness: finding.status }),
      },
    }),
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "wa-token-guard", version: VERSION, informationUri: HOMEPAGE, rules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A relative URI reference for a path: every segment percent-encoded (`#`, `?`, `%`, spaces and
 * non-ASCII included), `/` kept, so that code scanning finds the file whatever its name.
 */
function fileUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function sarifMessage(finding: Finding): string {
  if (finding.rule === "dotenv-file") return `${RULES[finding.rule].title}: ${finding.file}`;
  const app = finding.appId ? ` for app ${finding.appId}` : "";
  const live = finding.status ? ` [${finding.status}]` : "";
  const since = finding.commit ? `, introduced in ${finding.commit.slice(0, 10)}` : "";
  const encoded = finding.encoding ? `, ${finding.encoding}-encoded` : "";
  return `${RULES[finding.rule].title}${app}: ${finding.redacted}${encoded}${live}${since}`;
}
