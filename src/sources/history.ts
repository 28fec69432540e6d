/**
 * Every blob version in a range of history, with the commit that first introduced it. One
 * `git log --raw` pass (tree diffs only, no content) lists them, oldest first; the content is then
 * read once per distinct blob through one `git cat-file --batch` (see gitBlobs).
 */
import { UserError } from "../errors.js";
import { git } from "./git.js";

export interface Introduction {
  oid: string;
  path: string;
  commit: string;
  /** Author date, ISO 8601. */
  date: string;
}

export interface HistoryRange {
  /** Refs to scan; empty: every branch, tag and remote-tracking branch. */
  refs: string[];
  /** A commit (scan what came after it, up to HEAD by default) or a date (commits since then). */
  since?: string;
}

const SUBMODULE_MODE = "160000";

/** The `git log` / `git rev-list` arguments that select the range: resolve once, pass to both. */
export async function rangeArgs(root: string, range: HistoryRange): Promise<string[]> {
  const refs = range.refs.length > 0 ? range.refs : ["--branches", "--tags", "--remotes"];
  if (!range.since) return refs;
  // After a commit: what a push or pull request adds on top of it, i.e. <commit>..HEAD unless
  // refs are named (every other branch would otherwise count as "after" it too).
  if (await isCommit(root, range.since))
    return [...(range.refs.length > 0 ? range.refs : ["HEAD"]), `^${range.since}`];
  if (
    /^\d{4}-\d\d-\d\d([T ][\d:]+(Z|[+-]\d\d:?\d\d)?)?$/.test(range.since) ||
    /\b(ago|yesterday|today)\b/.test(range.since)
  ) {
    return [...refs, `--since=${range.since}`];
  }
  if (/^[0-9a-f]{7,64}$/.test(range.since)) {
    throw new UserError(
      `--since ${range.since}: that commit is not in this clone (a shallow checkout? in GitHub Actions, use actions/checkout with fetch-depth: 0)`,
    );
  }
  throw new UserError(
    `--since "${range.since}" is neither a commit nor a date (like 2026-01-31 or "2 weeks ago")`,
  );
}

export async function isCommit(root: string, rev: string): Promise<boolean> {
  try {
    await git(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every (blob, path) a commit in the range added or changed, oldest first. Merge commits are
 * diffed against each parent (-m), so content that only a merge introduced is seen too.
 */
export async function historyIntroductions(root: string, range: readonly string[]): Promise<Introduction[]> {
  const args = [
    "log",
    ...range,
    "--reverse",
    "-m",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-renames",
    "--diff-filter=AMT",
    "--format=%x01%H %aI",
  ];
  const output = await git(root, args);
  const introductions: Introduction[] = [];
  let commit = "";
  let date = "";
  const parts = output.split("\0");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!.replace(/^\n/, "");
    if (part.startsWith("\u0001")) {
      [commit = "", date = ""] = part.slice(1).split(" ");
      continue;
    }
    if (!part.startsWith(":")) continue;
    const [, newMode, , newOid] = part.slice(1).split(" ") as [string, string, string, string];
    const path = parts[++i] ?? "";
    if (newMode === SUBMODULE_MODE) continue;
    introductions.push({ oid: newOid, path, commit, date });
  }
  return introductions;
}

/** How many commits the range holds (for the statistics). */
export async function countCommits(root: string, range: readonly string[]): Promise<number> {
  const output = await git(root, ["rev-list", "--count", ...range]);
  return Number(output.trim()) || 0;
}
