/**
 * What to do about findings: one block per kind of finding (access tokens, app secrets, .env
 * files), said once, with commands that work as printed. The same text serves the blocked commit
 * (`scan --staged`), a scan of the working tree and a history audit; only the steps differ.
 */
import type { Finding } from "../detect/finding.js";
import { printable } from "../detect/paths.js";
import { DOTENV_IGNORE_LINES } from "../detect/rules/dotenv-file.js";
import type { ScanKind } from "../scan-stats.js";
import { plural, shellQuote } from "./words.js";

/** Commands name at most this many files; the finding lines above list every one. */
const MAX_LISTED = 20;

export interface AdviceOptions {
  kind: ScanKind;
  /** How the user runs this CLI from a shell here: `npx wa-token-guard`, `wa-token-guard`, … */
  command: string;
}

const SYSTEM_USERS = "https://business.facebook.com/settings/system-users";
const appSettings = (appId: string | undefined) =>
  appId
    ? `https://developers.facebook.com/apps/${appId}/settings/basic/`
    : "https://developers.facebook.com/apps/";
/** Statuses from --verify that mean the token no longer works: nothing left to revoke. */
const DEAD = new Set(["expired", "revoked"]);

export function formatAdvice(findings: readonly Finding[], options: AdviceOptions): string[] {
  const dotenvFiles = unique(findings.filter((f) => f.rule === "dotenv-file").map((f) => f.file));
  const tokens = findings.filter((f) => f.rule === "meta-access-token");
  const appSecrets = findings.filter((f) => f.rule === "meta-app-secret" || f.rule === "meta-app-token");
  const blocks: string[][] = [];
  if (tokens.length > 0) blocks.push(tokenBlock(tokens, dotenvFiles, options));
  if (appSecrets.length > 0) blocks.push(appSecretBlock(appSecrets, dotenvFiles, options));
  if (dotenvFiles.length > 0) blocks.push(dotenvBlock(dotenvFiles, options));
  const lines = blocks.flatMap((block) => ["", ...block]);
  const credentials = [...tokens, ...appSecrets];
  if (credentials.length > 0 && options.kind !== "history") {
    // Named, so that the reader knows which line, also when several findings were listed above.
    const places = unique(credentials.map(place));
    const target = places.length === 1 ? `that line (${printable(places[0]!)})` : "each line listed above";
    lines.push(
      "",
      `A false positive? Add a comment holding wa-token-guard:allow to ${target}${options.kind === "staged" ? ", and stage it" : ""}.`,
    );
  }
  if (options.kind === "staged") lines.push("To commit anyway, on purpose: git commit --no-verify");
  return lines;
}

function tokenBlock(findings: readonly Finding[], dotenvFiles: readonly string[], options: AdviceOptions) {
  const apps = unique(findings.flatMap((f) => (f.appId ? [f.appId] : [])));
  const head = `${plural(findings.length, "access token")} (${where(findings)}${apps.length > 0 ? `, app ${apps.join(", ")}` : ""}):`;
  const live = findings.filter((f) => !DEAD.has(f.status ?? ""));
  const it = pronoun(live.length);
  const revoke =
    live.length === 0
      ? ["Already expired or revoked (checked with --verify): nothing to revoke."]
      : [
          `${options.kind === "history" ? `Revoke ${it} first: git history, and so every clone, holds ${it}` : revokeWhen(options.kind, `revoke ${it}`)}${live.length < findings.length ? ` (${where(live)}; the others are already expired or revoked)` : ""}:`,
          `    ${options.command} revoke    (reads the token from standard input or WHATSAPP_TOKEN)`,
          "  or: Meta Business Settings > Users > System users > (the user) > Revoke tokens",
          `      ${SYSTEM_USERS}`,
          "  then generate a new token and update every place that uses the old one.",
        ];
  return [head, ...steps(fileStep(findings, dotenvFiles, options), revoke, historyStep(findings, options))];
}

function appSecretBlock(
  findings: readonly Finding[],
  dotenvFiles: readonly string[],
  options: AdviceOptions,
) {
  const apps = unique(findings.flatMap((f) => (f.appId ? [f.appId] : [])));
  const head = `${plural(findings.length, "app secret")} (${where(findings)}${apps.length > 0 ? `, app ${apps.join(", ")}` : ""}):`;
  const it = pronoun(findings.length);
  const reset = [
    `${options.kind === "history" ? `Reset ${it} first: git history, and so every clone, holds ${it}` : revokeWhen(options.kind, `reset ${it}`)}:`,
    "  App Dashboard > (the app) > App settings > Basic > App secret > Reset",
    `    ${apps.length === 1 ? appSettings(apps[0]) : appSettings(undefined)}`,
    "  then update every place that uses the old secret.",
  ];
  return [head, ...steps(fileStep(findings, dotenvFiles, options), reset, historyStep(findings, options))];
}

function dotenvBlock(files: readonly string[], options: AdviceOptions): string[] {
  const one = files.length === 1;
  const it = pronoun(files.length);
  const head = `${plural(files.length, ".env file")} (${shortList(files)}): keep ${one ? "it" : "them"} out of git, ${one ? "it holds" : "they hold"} secrets.`;
  // The empty first line ends a .gitignore whose last line has no newline; otherwise `.env` would
  // be glued onto it.
  const ignore = `    printf '%s\\n' '' ${DOTENV_IGNORE_LINES.map(shellQuote).join(" ")} >> .gitignore`;
  if (options.kind === "history") {
    return [
      head,
      ...steps(
        [
          `Revoke or reset every secret ${one ? "it" : "they"} ever held (see above, or read the old versions with git log -p).`,
        ],
        [
          `Then remove ${one ? "it" : "them"} from every commit, force-push, and have every clone cloned again:`,
          `    git filter-repo --invert-paths ${files.map((file) => `--path ${shellQuote(file)}`).join(" ")}`,
        ],
        [`Keep ${one ? "it" : "them"} out from now on:`, ignore],
      ),
    ];
  }
  return [
    head,
    `  ${options.kind === "staged" ? `Take ${it}` : `If git tracks ${it}, take ${it}`} out of the index (${one ? "the file stays" : "the files stay"} on disk) and ignore every .env but the example:`,
    `    git rm --cached -- ${files.slice(0, MAX_LISTED).map(shellQuote).join(" ")}${more(files)}`,
    ignore,
    "  Commit a .env.example with the variable names and no values instead.",
  ];
}

/** Step 1: get the secret out of the files (files that are .env files are the .env block's). */
function fileStep(findings: readonly Finding[], dotenvFiles: readonly string[], options: AdviceOptions) {
  if (options.kind === "history") return [];
  const files = unique(findings.map((f) => f.file)).filter((file) => !dotenvFiles.includes(file));
  if (files.length === 0) return [];
  const it = pronoun(findings.filter((f) => !dotenvFiles.includes(f.file)).length);
  const take = `Take ${it} out of ${files.length === 1 ? "the file" : "the files"} (read ${it} from an environment variable instead)`;
  if (options.kind === "files") return [`${take}.`];
  return [
    `${take} and stage ${files.length === 1 ? "the file" : "them"} again:`,
    `    git add -- ${files.slice(0, MAX_LISTED).map(shellQuote).join(" ")}${more(files)}`,
  ];
}

/** The last step of a history audit: rewrite history, after revoking. */
function historyStep(findings: readonly Finding[], options: AdviceOptions): string[] {
  if (options.kind !== "history") return [];
  const count = findings.length;
  return [
    `Then rewrite history: write ${count === 1 ? "the secret to a file outside the repository as the line" : "the secrets to a file outside the repository, one line each:"} <secret>==>REMOVED, and run:`,
    "    git filter-repo --replace-text <that file>",
    "  then force-push every branch and tag, and have every clone cloned again (forks keep the old commits).",
  ];
}

/** "revoke it" for a staged or working-tree finding: needed only if the secret ever left this machine. */
function revokeWhen(kind: ScanKind, action: string): string {
  return kind === "staged"
    ? `Not in git history yet. If ever committed, pushed or shared, ${action}`
    : `If ever committed, pushed or shared, ${action} (\`scan --history\` tells whether git has it)`;
}

const pronoun = (count: number) => (count === 1 ? "it" : "them");

function steps(...groups: string[][]): string[] {
  const present = groups.filter((group) => group.length > 0);
  return present.flatMap((group, i) => [
    `  ${present.length > 1 ? `${i + 1}. ` : ""}${group[0]}`,
    ...group.slice(1).map((line) => (present.length > 1 ? `   ${line}` : line)),
  ]);
}

/** "src/bot.js:1", or the file alone for a finding about a whole file. */
function place(finding: Finding): string {
  return finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
}

function where(findings: readonly Finding[]): string {
  return shortList(unique(findings.map(place)));
}

function shortList(places: readonly string[]): string {
  const shown = places.slice(0, 3).map(printable).join(", ");
  return places.length > 3 ? `${shown} and ${places.length - 3} more` : shown;
}

function more(files: readonly string[]): string {
  return files.length > MAX_LISTED ? `   (and ${files.length - MAX_LISTED} more, listed above)` : "";
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
