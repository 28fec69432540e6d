/** `wa-token-guard scan`: parse flags, gather text from a source, report. */
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CONFIG_FILE, loadConfig } from "../config/config.js";
import { appendToIgnoreFile, IGNORE_FILE, loadIgnoreFile } from "../config/ignore-file.js";
import { type Finding, secretOf } from "../detect/finding.js";
import { safePath } from "../detect/paths.js";
import { UserError } from "../errors.js";
import { unsupportedNode } from "../node-support.js";
import { formatSarif } from "../report/sarif.js";
import { formatScanJson } from "../report/scan-json.js";
import { formatScanText } from "../report/scan-text.js";
import type { ScanPolicy } from "../scan/policy.js";
import { type ScanStats, scanFiles } from "../scan/scan-files.js";
import { scanHistory } from "../scan/scan-history.js";
import { scanStaged } from "../scan/scan-staged.js";
import { listFiles, type Skipped } from "../sources/files.js";
import { workTreeRoot } from "../sources/git.js";
import type { LivenessOptions } from "../verify/liveness.js";
import { parseConnection } from "../verify/settings.js";
import { appSecretFor, secretLookup } from "./dotenv.js";
import { EXIT, type Io } from "./io.js";

export const SCAN_HELP = `Usage: wa-token-guard scan [paths...] [options]
       wa-token-guard scan --staged [options]
       wa-token-guard scan --history [refs...] [--since <commit|date>] [options]

Finds Meta / WhatsApp Cloud API credentials (access tokens, app tokens, app secrets) and .env files.

Options:
  --format <text|json|sarif>  report format (default: text)
  --output <file>             write the report to a file instead of standard output
  --staged                    scan what the next commit adds (the index), not files on disk
  --all-lines                 with --staged: whole staged files, not only added lines
  --history                   scan every commit reachable from the refs (default: all branches,
                              tags and remote-tracking branches), once per distinct blob
  --since <commit|date>       with --history: only commits after that commit, or since that date
  --no-gitignore              also scan files that .gitignore excludes
  --verify                    ask the Graph API whether each access token found still works:
                              live, expired, revoked or unknown (not with --staged)
  --only-live                 with --verify: report, and fail on, live tokens only
  --app-id <id>               with --verify: inspect with the app's token (secret from --app-secret-env)
  --app-secret-env <NAME>     variable (environment or .env) holding the app secret (default: META_APP_SECRET)
  --graph-api-url <url>, --graph-api-version <vNN.0>, --timeout-seconds <n>   for --verify
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
      history: { type: "boolean", default: false },
      since: { type: "string" },
      verify: { type: "boolean", default: false },
      "only-live": { type: "boolean", default: false },
      "app-id": { type: "string" },
      "app-secret-env": { type: "string", default: "META_APP_SECRET" },
      "graph-api-url": { type: "string" },
      "graph-api-version": { type: "string" },
      "timeout-seconds": { type: "string" },
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
  if (values.staged && values.history)
    throw new UserError("--staged and --history are different scans: choose one");
  if (values.since !== undefined && !values.history) throw new UserError("--since goes with --history");
  // The pre-commit hook never goes to the network.
  if (values.verify && values.staged) throw new UserError("--verify does not go with --staged");
  if (values["only-live"] && !values.verify) throw new UserError("--only-live goes with --verify");
  if (values.verify) {
    const tooOld = unsupportedNode("scan --verify", true);
    if (tooOld) throw new UserError(tooOld);
  }
  const verifyWith = values.verify ? await livenessOptions(values, io) : undefined;

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
  let skipped: Skipped[] | undefined;
  if (values.history) {
    if (!gitRoot) throw new UserError("--history needs a git repository, and this folder is not in one");
    const range = { refs: positionals, ...(values.since !== undefined && { since: values.since }) };
    ({ findings, stats } = await scanHistory({ cwd: io.cwd, root: gitRoot, policy, range }));
  } else if (values.staged) {
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
    const listing = await listFiles(paths, {
      cwd: io.cwd,
      root,
      insideGit: gitRoot !== undefined,
      useGitignore: values.gitignore,
    });
    ({ findings, stats, skipped } = await scanFiles(listing, policy));
  }

  if (verifyWith) {
    findings = await labelLiveness(findings, verifyWith);
    if (values["only-live"]) findings = findings.filter((finding) => finding.status === "live");
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
  // A file that could not be read is said, never dropped silently; one that was named or
  // tracked makes the scan fail, since it may hold what the scan is for.
  for (const skip of skipped ?? [])
    io.stderr(`wa-token-guard: not scanned: ${safePath(skip.displayPath)}: ${skip.reason}\n`);
  if (skipped?.some((skip) => skip.mustRead)) return EXIT.error;
  return findings.length > 0 ? EXIT.found : EXIT.ok;
}

async function livenessOptions(values: Record<string, unknown>, io: Io): Promise<LivenessOptions> {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const appId = text("app-id");
  const appSecret = appId
    ? appSecretFor(await secretLookup(io), text("app-secret-env") ?? "META_APP_SECRET")
    : undefined;
  return parseConnection({
    ...(text("graph-api-url") && { "graph-api-url": text("graph-api-url") }),
    ...(text("graph-api-version") && { "graph-api-version": text("graph-api-version") }),
    ...(text("timeout-seconds") && { "timeout-seconds": text("timeout-seconds") }),
    ...(appId && { "app-id": appId, "app-secret": appSecret }),
  });
}

/** Asks about every distinct access token once; live findings come first. */
async function labelLiveness(findings: Finding[], options: LivenessOptions): Promise<Finding[]> {
  const { checkLiveness } = await import("../verify/liveness.js");
  const tokens = findings.filter((f) => f.rule === "meta-access-token").map((f) => secretOf(f)!);
  const liveness = await checkLiveness(tokens, options);
  for (const finding of findings) {
    if (finding.rule === "meta-access-token") finding.status = liveness.get(secretOf(finding)!) ?? "unknown";
  }
  const rank = (f: Finding) => (f.status === "live" ? 0 : f.status === "unknown" ? 1 : 2);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
