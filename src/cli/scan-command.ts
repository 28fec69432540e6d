/** `wa-token-guard scan`: parse flags, gather text from a source, report. */
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { ignoreFileAddition } from "../config/ignore-file.js";
import { compareFindings, type Finding, secretOf } from "../detect/finding.js";
import { safePath } from "../detect/paths.js";
import { UserError } from "../errors.js";
import { unsupportedNode } from "../node-support.js";
import { formatSarif } from "../report/sarif.js";
import { formatScanJson } from "../report/scan-json.js";
import { formatFindingLine, formatScanText } from "../report/scan-text.js";
import { plural, shellQuote } from "../report/words.js";
import { isBlockedDotenv, isReported, isSkippedPath, type ScanPolicy } from "../scan/policy.js";
import { scanFiles } from "../scan/scan-files.js";
import { scanHistory } from "../scan/scan-history.js";
import { scanStaged } from "../scan/scan-staged.js";
import type { ScanKind, ScanStats, Suppressed } from "../scan-stats.js";
import { describeFsError, listFiles, type Skipped, toPosix } from "../sources/files.js";
import { workTreeRoot } from "../sources/git.js";
import type { LivenessOptions } from "../verify/liveness.js";
import { parseConnection } from "../verify/settings.js";
import { parseFlags } from "./args.js";
import { appSecretFor, secretLookup } from "./dotenv.js";
import { invocation } from "./invocation.js";
import { EXIT, type Io } from "./io.js";
import { defaultPolicyPaths, policyRevision, readPolicy } from "./policy-source.js";

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
                              (a date is the committer date, which the committer sets: in CI use a commit)
  --policy-from <commit>      with --history: read the configuration and ignore file from that commit
                              (default: the --since commit, else the working tree)
  --no-gitignore              also scan files that .gitignore excludes
  --verify                    ask the Graph API whether each access token found still works:
                              live, expired, revoked or unknown (not with --staged)
  --only-live                 with --verify: report, and fail on, live tokens only
  --app-id <id>               with --verify: inspect with the app's token (secret from --app-secret-env)
  --app-secret-env <NAME>     variable (environment or .env) holding the app secret (default: META_APP_SECRET)
  --graph-api-url <url>, --graph-api-version <vNN.0>, --timeout-seconds <n>   for --verify
  --config <file>             configuration file (default: .wa-token-guard.json at the repository root;
                              --staged reads the staged one, --history --since <commit> that commit's)
  --ignore-file <file>        fingerprints to ignore (default: .wa-token-guard-ignore, read like --config)
  --show-suppressed           also report what the ignore file or an allow comment hides (JSON, SARIF; text always
                              lists it), and read the paths ignorePaths names, listing what they hold
  --update-ignore             show every current finding, then add their fingerprints to the ignore
                              file (asks first; --yes when not on a terminal). Revoke real tokens instead
  --yes                       with --update-ignore: do not ask
  -h, --help                  this help

Exit codes: 0 nothing found, 1 findings, 2 usage or runtime error.
`;

const FORMATS = ["text", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      format: { type: "string", default: "text" },
      output: { type: "string" },
      staged: { type: "boolean", default: false },
      "all-lines": { type: "boolean", default: false },
      gitignore: { type: "boolean", default: true },
      config: { type: "string" },
      "ignore-file": { type: "string" },
      "show-suppressed": { type: "boolean", default: false },
      "update-ignore": { type: "boolean", default: false },
      yes: { type: "boolean", default: false },
      history: { type: "boolean", default: false },
      since: { type: "string" },
      "policy-from": { type: "string" },
      verify: { type: "boolean", default: false },
      "only-live": { type: "boolean", default: false },
      "app-id": { type: "string" },
      "app-secret-env": { type: "string", default: "META_APP_SECRET" },
      "graph-api-url": { type: "string" },
      "graph-api-version": { type: "string" },
      "timeout-seconds": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    { allowPositionals: true, allowNegative: true },
  );
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
  if (values["policy-from"] !== undefined && !values.history)
    throw new UserError("--policy-from goes with --history");
  // The pre-commit hook never goes to the network.
  if (values.verify && values.staged) throw new UserError("--verify does not go with --staged");
  if (values["only-live"] && !values.verify) throw new UserError("--only-live goes with --verify");
  if (values.yes && !values["update-ignore"]) throw new UserError("--yes goes with --update-ignore");
  if (values.verify) {
    const tooOld = unsupportedNode("scan --verify", true);
    if (tooOld) throw new UserError(tooOld);
  }
  const verifyWith = values.verify ? await livenessOptions(values, io) : undefined;

  const gitRoot = await workTreeRoot(io.cwd);
  const root = gitRoot ?? io.cwd;
  const kind: ScanKind = values.history ? "history" : values.staged ? "staged" : "files";
  if (kind !== "files" && !gitRoot)
    throw new UserError(`--${kind} needs a git repository, and this folder is not in one`);
  const files = {
    root,
    ...defaultPolicyPaths(root),
    ...(values.config !== undefined && { configPath: resolve(io.cwd, values.config) }),
    ...(values["ignore-file"] !== undefined && { ignorePath: resolve(io.cwd, values["ignore-file"]) }),
    explicitConfig: values.config !== undefined,
    explicitIgnoreFile: values["ignore-file"] !== undefined,
  };
  // The hook reads the staged policy; a CI range the base commit's (see policy-source.ts).
  const revision = await policyRevision(root, {
    kind,
    ...(values.since !== undefined && { since: values.since }),
    ...(values["policy-from"] !== undefined && { policyFrom: values["policy-from"] }),
  });
  const base = kind === "history" ? revision : undefined;
  const policy: ScanPolicy = {
    ...(await readPolicy(files, revision)),
    suppressed: [],
    ...(values["show-suppressed"] && { readIgnoredPaths: true }),
  };

  let findings: Finding[];
  let stats: ScanStats;
  let skipped: Skipped[] | undefined;
  if (kind === "history") {
    const range = { refs: positionals, ...(values.since !== undefined && { since: values.since }) };
    // A history scan allocates steadily for seconds or minutes, and V8 answers by doubling its
    // young generation up to 64 MB per semi-space: node's peak memory then grows with the
    // history (161-185 MB at 40,000 commits) though what the scan keeps is a few MB. Asking V8
    // to favour size keeps the heap small (about 90 MB at 40,000 commits, 75 MB at 2,000) for
    // some 10% more time; measured in bench/history.ts, see the README. Unlike the semi-space
    // cap, this flag is honoured when set after start-up.
    setFlagsFromString("--optimize-for-size");
    ({ findings, stats } = await scanHistory({ cwd: io.cwd, root, policy, range }));
  } else if (kind === "staged") {
    ({ findings, stats } = await scanStaged({
      cwd: io.cwd,
      root,
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
  const suppressed = distinct(policy.suppressed ?? []);

  if (verifyWith) {
    findings = await labelLiveness(findings, verifyWith);
    if (values["only-live"]) findings = findings.filter((finding) => finding.status === "live");
  }
  if (base !== undefined)
    warnAboutAddedSuppressions(findings, await readPolicy(files, "HEAD"), { io, root, revision: base });

  const command = invocation(gitRoot, io.env);
  if (values["update-ignore"])
    return updateIgnore(findings, { io, kind, yes: values.yes, ...files, command });

  const report =
    format === "json"
      ? formatScanJson(findings, stats, values["show-suppressed"] ? suppressed : undefined)
      : format === "sarif"
        ? formatSarif(findings, values["show-suppressed"] ? suppressed : undefined)
        : formatScanText(findings, stats, {
            color: io.color && !values.output,
            kind,
            command,
            unread: skipped?.filter((skip) => skip.mustRead).length ?? 0,
            // The hook stays quiet about what the team chose to ignore, unless asked.
            ...((kind !== "staged" || values["show-suppressed"]) && { suppressed }),
          });
  // A clean commit says nothing: a hook that talks on every commit teaches people to ignore it.
  const quiet = kind === "staged" && format === "text" && findings.length === 0 && !values["show-suppressed"];
  if (values.output) {
    const output = resolve(io.cwd, values.output);
    try {
      await writeFile(output, report);
    } catch (error) {
      const why =
        (error as NodeJS.ErrnoException).code === "ENOENT"
          ? "its folder does not exist"
          : describeFsError(error);
      throw new UserError(`cannot write the report to ${values.output}: ${why}`);
    }
  } else if (!quiet) io.stdout(report);
  // A file that could not be read is said, never dropped silently; one that was named or
  // tracked makes the scan fail, since it may hold what the scan is for.
  for (const skip of skipped ?? [])
    io.stderr(`wa-token-guard: not scanned: ${safePath(skip.displayPath)}: ${skip.reason}\n`);
  if (skipped?.some((skip) => skip.mustRead)) return EXIT.error;
  return findings.length > 0 ? EXIT.found : EXIT.ok;
}

/**
 * One entry per secret and place (history notes every version of a file that held it), in report
 * order: files are scanned concurrently, so arrival order means nothing.
 */
function distinct(suppressed: readonly Suppressed<Finding>[]): Suppressed<Finding>[] {
  const seen = new Set<string>();
  return suppressed
    .filter(({ finding }) => {
      const key = `${finding.fingerprint}\0${finding.file}\0${finding.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareFindings(a.finding, b.finding));
}

/**
 * A CI range is judged by the base commit's policy (or --policy-from's); a finding the range's own policy (at HEAD)
 * would hide is still reported, with a warning that names the suppression the range added.
 */
function warnAboutAddedSuppressions(
  findings: readonly Finding[],
  head: ScanPolicy,
  { io, root, revision }: { io: Io; root: string; revision: string },
): void {
  const added: string[] = [];
  for (const finding of findings) {
    const repoPath = toPosix(relative(root, resolve(io.cwd, finding.file)));
    const why =
      finding.rule === "dotenv-file"
        ? !isBlockedDotenv(head, repoPath) && "allowDotenv"
        : isSkippedPath(head, repoPath)
          ? "ignorePaths"
          : !isReported(head, finding) && "a fingerprint in the ignore file";
    if (why) added.push(`${finding.file}${finding.line > 0 ? `:${finding.line}` : ""} (${why})`);
  }
  if (added.length === 0) return;
  const message = `the scanned commits add ${plural(added.length, "suppression")} for their own findings, reported anyway (the configuration in ${/^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision} applies): ${added.join(", ")}`;
  io.stderr(
    io.env.GITHUB_ACTIONS === "true"
      ? `::warning title=wa-token-guard::${message}\n`
      : `warning: ${message}\n`,
  );
}

interface UpdateIgnoreContext {
  io: Io;
  kind: ScanKind;
  yes: boolean;
  root: string;
  ignorePath: string;
  command: string;
}

/**
 * `--update-ignore`: shows what it is about to hide (redacted), says that a real token must be
 * revoked rather than ignored, and asks; off a terminal it needs --yes, so that no script or hook
 * hides a live token by accident.
 */
async function updateIgnore(findings: readonly Finding[], context: UpdateIgnoreContext): Promise<number> {
  const { io, ignorePath } = context;
  const shown = relative(io.cwd, ignorePath) || ignorePath;
  let existing = "";
  try {
    existing = await readFile(ignorePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new UserError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
  const { text, added } = ignoreFileAddition(existing, findings);
  if (added.length === 0) {
    io.stderr(`Nothing to add: ${shown} already lists every current finding.\n`);
    return EXIT.ok;
  }
  io.stderr(
    [
      `About to add ${plural(added.length, "fingerprint")} to ${shown}, so that these are no longer reported:`,
      ...added.map((finding) => `  ${formatFindingLine(finding, false)}`),
      "A real credential must be revoked, not ignored: ignoring hides it from this guard only, and it keeps",
      "working for anyone who copied it. For a false positive, prefer a wa-token-guard:allow comment on the line.",
      "",
    ].join("\n"),
  );
  if (!context.yes) {
    if (!io.interactive) {
      throw new UserError(
        "--update-ignore changes what the guard reports: add --yes to confirm (nothing was written)",
      );
    }
    const answer = await io.ask("Add them? [y/N] ");
    if (!/^y(es)?$/i.test(answer?.trim() ?? "")) {
      io.stderr("Nothing was written.\n");
      return EXIT.ok;
    }
  }
  try {
    await appendFile(ignorePath, text);
  } catch (error) {
    throw new UserError(`cannot write ${shown}: ${describeFsError(error)}`);
  }
  io.stderr(`Added ${plural(added.length, "fingerprint")} to ${shown}.\n`);
  // The hook reads the staged ignore file: an unstaged edit would not count.
  if (context.kind === "staged") io.stderr(`Stage it for this commit: git add -- ${shellQuote(shown)}\n`);
  return EXIT.ok;
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
