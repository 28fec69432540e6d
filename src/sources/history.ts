/**
 * Every blob version in a range of history, with the commit that first introduced it. One
 * `git log --raw` pass (tree diffs only, no content) lists them, oldest first, as a stream; the
 * scan reads each distinct blob once through one `git cat-file --batch` (see BlobReader).
 */
import { StringDecoder } from "node:string_decoder";
import { UserError } from "../errors.js";
import { git, gitStream, splitNul } from "./git.js";

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

/**
 * The `git log` / `git rev-list` arguments that select the range: resolve once, pass to both,
 * last on the command line. What the user named comes after `--end-of-options`, so a ref can
 * never reach git as an option (`--output=…` would write a file).
 */
export async function rangeArgs(root: string, range: HistoryRange): Promise<string[]> {
  for (const ref of range.refs) {
    if (ref.startsWith("-")) throw new UserError(`--history ${ref}: a ref cannot start with "-"`);
  }
  if (range.since?.startsWith("-")) throw new UserError(`--since ${range.since}: cannot start with "-"`);
  const all = ["--branches", "--tags", "--remotes"];
  // The closing `--`: a file named like a ref (`main`, `HEAD`) must not make git ask which one.
  const revisions = (options: string[], refs: string[]) => [...options, "--end-of-options", ...refs, "--"];
  if (!range.since) return range.refs.length > 0 ? revisions([], range.refs) : revisions(all, []);
  // After a commit: what a push or pull request adds on top of it, i.e. <commit>..HEAD unless
  // refs are named (every other branch would otherwise count as "after" it too).
  if (await isCommit(root, range.since))
    return revisions([], [...(range.refs.length > 0 ? range.refs : ["HEAD"]), `^${range.since}`]);
  if (
    /^\d{4}-\d\d-\d\d([T ][\d:]+(Z|[+-]\d\d:?\d\d)?)?$/.test(range.since) ||
    /\b(ago|yesterday|today)\b/.test(range.since)
  ) {
    const since = `--since=${range.since}`;
    return range.refs.length > 0 ? revisions([since], range.refs) : revisions([...all, since], []);
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
    await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every (blob, path) a commit in the range added or changed, oldest first. Merge commits are
 * diffed against each parent, so content that only a merge introduced is seen too. Every setting
 * that would change what `git log` lists is pinned: the root commit's files (`log.showRoot`),
 * merges (`log.diffMerges`), signatures, renames, relative paths. Yielded as git prints them, at
 * the consumer's pace: neither the output nor the list is ever held whole.
 */
export async function* historyIntroductions(
  root: string,
  range: readonly string[],
): AsyncGenerator<Introduction> {
  const args = [
    "-c",
    "log.diffMerges=separate",
    "log",
    "--reverse",
    "-m",
    "--root",
    "--no-show-signature",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-renames",
    "--no-relative",
    "--no-color",
    "--diff-filter=AMT",
    "--format=%x01%H %aI",
    ...range,
  ];
  let commit = "";
  let date = "";
  let meta: string | undefined; // a raw record whose path is the next field
  const decoder = new StringDecoder("utf8");
  let carry = "";
  /** The introduction a `-z` field completes, if any. */
  const field = (raw: string): Introduction | undefined => {
    const part = raw.startsWith("\n") ? raw.slice(1) : raw;
    if (meta !== undefined) {
      const [, newMode, , newOid] = meta.slice(1).split(" ") as [string, string, string, string];
      meta = undefined;
      if (newMode !== SUBMODULE_MODE) return { oid: newOid, path: raw, commit, date };
    } else if (part.startsWith("\u0001")) {
      [commit = "", date = ""] = part.slice(1).split(" ");
    } else if (part.startsWith(":")) meta = part;
    return undefined;
  };
  for await (const chunk of gitStream(root, args)) {
    const parts = (carry + decoder.write(chunk)).split("\0");
    carry = parts.pop()!;
    for (const part of parts) {
      const introduction = field(part);
      if (introduction) yield introduction;
    }
  }
  carry += decoder.end();
  const last = carry === "" ? undefined : field(carry);
  if (last) yield last;
}

/** How many commits the range holds (for the statistics). */
export async function countCommits(root: string, range: readonly string[]): Promise<number> {
  const output = await git(root, ["rev-list", "--count", ...range]);
  return Number(output.trim()) || 0;
}

/** A ref that peels to a blob or a tree (`git tag leaked <blob>`), which `git log` never lists. */
export interface TaggedObject {
  /** The ref as named, or `refs/tags/<name>`: the path its blobs are reported under. */
  ref: string;
  oid: string;
  type: "blob" | "tree";
}

/**
 * The range's refs that are not commits: every tag's, when the range includes the tags (no refs
 * named, and no base commit), else those of the named refs. Pushed with `--tags`, such a tag
 * publishes its content as surely as a commit does.
 */
export async function taggedObjects(root: string, range: HistoryRange): Promise<TaggedObject[]> {
  const found: TaggedObject[] = [];
  const keep = (ref: string, oid: string, type: string) => {
    if (type === "blob" || type === "tree") found.push({ ref, oid, type });
  };
  if (range.refs.length > 0) {
    for (const ref of range.refs) {
      const peeled = await peel(root, ref);
      if (peeled) keep(ref, peeled.oid, peeled.type);
    }
    return found;
  }
  if (range.since && (await isCommit(root, range.since))) return found;
  // `*` looks through one annotated tag; a tag of a tag is peeled to the end below.
  const listing = await git(root, [
    "for-each-ref",
    "--format=%(objecttype) %(objectname) %(*objecttype) %(*objectname) %(refname)",
    "refs/tags",
  ]);
  for (const line of listing.split("\n").filter(Boolean)) {
    const [type = "", oid = "", targetType = "", targetOid = "", ...name] = line.split(" ");
    const ref = name.join(" ");
    if (type !== "tag") keep(ref, oid, type);
    else if (targetType !== "tag") keep(ref, targetOid, targetType);
    else {
      const peeled = await peel(root, ref);
      if (peeled) keep(ref, peeled.oid, peeled.type);
    }
  }
  return found;
}

/** What a ref points at once every annotated tag is looked through; undefined if it is no object. */
async function peel(root: string, ref: string): Promise<{ oid: string; type: string } | undefined> {
  try {
    const oid = (
      await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{}`])
    ).trim();
    const type = (await git(root, ["cat-file", "-t", oid])).trim();
    return { oid, type };
  } catch {
    return undefined;
  }
}

/**
 * The blobs of tagged objects, as introductions without a commit: a tagged blob under its ref's
 * name, a tagged tree's blobs under `<ref>/<path>` (submodules left out, as in commits).
 */
export async function* taggedIntroductions(
  root: string,
  tagged: readonly TaggedObject[],
): AsyncGenerator<Introduction> {
  for (const { ref, oid, type } of tagged) {
    if (type === "blob") {
      yield { oid, path: ref, commit: "", date: "" };
      continue;
    }
    const listing = await git(root, ["ls-tree", "-r", "-z", "--full-tree", oid]);
    for (const entry of splitNul(listing)) {
      const tab = entry.indexOf("\t");
      const [mode, kind, blob] = entry.slice(0, tab).split(" ") as [string, string, string];
      if (kind === "blob" && mode !== SUBMODULE_MODE) {
        yield { oid: blob, path: `${ref}/${entry.slice(tab + 1)}`, commit: "", date: "" };
      }
    }
  }
}
