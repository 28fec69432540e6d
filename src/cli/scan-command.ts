/** `wa-token-guard scan`: parse flags, gather text from a source, report. */
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CONFIG_FILE, loadConfig } from "../config/config.js";
import { appendToIgnoreFile, IGNORE_FILE, loadIgnoreFile } from "../config/ignore-file.js";
import type { Finding } from "../detect/finding.js";
import { UserError } from "../errors.js";
import { formatSarif } from "../report/sarif.js";
import { formatScanJson } from "../report/scan-json.js";
import { formatScanText } from "../report/scan-text.js";
import type { ScanPolicy } from "../scan/policy.js";
import { type ScanStats, scanFiles } from "../scan/scan-files.js";
import { scanStaged } from "../scan/scan-staged.js";
import { listFiles } from "../sources/files.js";
import { workTreeRoot } from "../sources/git.js";
import { EXIT, type Io } from "./io.js";

export const SCAN_HELP = `Usage: wa-token-guard scan [paths...] [options]

Finds Meta / WhatsApp Cloud API credentials (access tokens, app tokens, app secrets) and .env files.

Options:
  --format <text|json|sarif>  report format (default: text)
  --output <file>             write the report to a file instead of standard output
  --staged                    scan what the next commit adds (the index), not files on disk
  --all-lines                 with --staged: whole staged files, not only added lines
  --no-gitignore              also scan files that .gitignore excludes
  --config <file>             configuration file (default: .wa-token-guard.json at the repository root)
  --ignore-file <file>        fingerprints to ignore (default: .wa-token-guard-ignore at the repository root)
  --update-ignore             add every current finding to the ignore file, then exit 0
  -h, --help                  this help

Exit codes: 0 nothing found, 1 findings, 2 usage or runtime error.
`;

const FORMATS = ["text", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: { type: "string", default: "text" },
      output: { type: "string" },
      staged: { type: "boolean", default: false },
      "all-lines": { type: "boolean", default: false },
      gitignore: { type: "boolean", default: true },
      config: { type: "string" },
      "ignore-file": { type: "string" },
      "update-ignore": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(SCAN_HELP);
    return EXIT.ok;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new UserError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  if (values["all-lines"] && !values.staged) throw new UserError("--all-lines goes with --staged");

  const gitRoot = await workTreeRoot(io.cwd);
  const root = gitRoot ?? io.cwd;
  const configPath = values.config ? resolve(io.cwd, values.config) : join(root, CONFIG_FILE);
  const ignorePath = values["ignore-file"] ? resolve(io.cwd, values["ignore-file"]) : join(root, IGNORE_FILE);
  const policy: ScanPolicy = {
    config: await loadConfig(configPath, values.config !== undefined),
    ignored: await loadIgnoreFile(ignorePath),
  };

  let findings: Finding[];
  let stats: ScanStats;
  if (values.staged) {
    if (!gitRoot) throw new UserError("--staged needs a git repository, and this folder is not in one");
    ({ findings, stats } = await scanStaged({
      cwd: io.cwd,
      root: gitRoot,
      policy,
      allLines: values["all-lines"],
      paths: positionals,
    }));
  } else {
    const paths = positionals.length > 0 ? positionals : ["."];
    const entries = await listFiles(paths, {
      cwd: io.cwd,
      root,
      insideGit: gitRoot !== undefined,
      useGitignore: values.gitignore,
    });
    ({ findings, stats } = await scanFiles(entries, policy));
  }

  if (values["update-ignore"]) {
    const added = await appendToIgnoreFile(ignorePath, new Set(policy.ignored), findings);
    io.stderr(`Added ${added} fingerprint${added === 1 ? "" : "s"} to ${ignorePath}.\n`);
    return EXIT.ok;
  }

  const report =
    format === "json"
      ? formatScanJson(findings, stats)
      : format === "sarif"
        ? formatSarif(findings)
        : formatScanText(findings, stats, { color: io.color && !values.output });
  // A clean commit says nothing: a hook that talks on every commit teaches people to ignore it.
  const quiet = values.staged && format === "text" && findings.length === 0;
  if (values.output) await writeFile(resolve(io.cwd, values.output), report);
  else if (!quiet) io.stdout(report);
  if (values.staged && findings.length > 0 && format === "text") {
    const { formatBlockAdvice } = await import("../report/block-advice.js");
    io.stderr(formatBlockAdvice(findings));
  }
  return findings.length > 0 ? EXIT.found : EXIT.ok;
}
