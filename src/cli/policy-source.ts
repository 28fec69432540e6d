/**
 * Where the scan's policy (the configuration and the ignore file) is read from, so that a change
 * cannot exempt itself: the hook reads what is staged (never an unstaged edit), a CI range
 * (`--history --since <commit>`) reads the base commit, `--history --policy-from <commit>` that
 * commit (the leak scan passes the default branch when the range has no base commit: a new
 * branch, `since: all`, a date), and anything else the working tree. A file named with --config /
 * --ignore-file is always read from disk: the user chose it.
 */
import { readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { CONFIG_FILE, type Config, DEFAULT_CONFIG, parseConfigText } from "../config/config.js";
import { IGNORE_FILE, parseIgnoreFile } from "../config/ignore-file.js";
import { UserError } from "../errors.js";
import type { ScanPolicy } from "../scan/policy.js";
import { describeFsError } from "../sources/files.js";
import { gitBlobs } from "../sources/git.js";
import { isCommit } from "../sources/history.js";

/** `undefined`: the working tree; `""`: the index; else a commit. */
export type PolicyRevision = string | undefined;

export interface PolicyFiles {
  root: string;
  configPath: string;
  ignorePath: string;
  explicitConfig: boolean;
  explicitIgnoreFile: boolean;
}

/**
 * The revision a scan's policy comes from. For a history scan it is a commit the scanned commits
 * cannot change (`--policy-from`, else a `--since` commit) when there is one.
 */
export async function policyRevision(
  root: string,
  scan: { kind: "files" | "staged" | "history"; since?: string; policyFrom?: string },
): Promise<PolicyRevision> {
  if (scan.kind === "staged") return "";
  if (scan.kind !== "history") return undefined;
  if (scan.policyFrom !== undefined) {
    if (!(await isCommit(root, scan.policyFrom)))
      throw new UserError(`--policy-from ${scan.policyFrom}: no such commit in this clone`);
    return scan.policyFrom;
  }
  return scan.since !== undefined && (await isCommit(root, scan.since)) ? scan.since : undefined;
}

export async function readPolicy(files: PolicyFiles, revision: PolicyRevision): Promise<ScanPolicy> {
  const [configText, ignoreText] = await Promise.all([
    readPolicyFile(
      files,
      files.configPath,
      files.explicitConfig ? undefined : revision,
      files.explicitConfig,
    ),
    readPolicyFile(files, files.ignorePath, files.explicitIgnoreFile ? undefined : revision, false),
  ]);
  const where = (path: string) => describeRevision(relative(files.root, path) || path, revision);
  const config: Config =
    configText === undefined ? DEFAULT_CONFIG : parseConfigText(configText, where(files.configPath));
  const ignored =
    ignoreText === undefined ? new Set<string>() : parseIgnoreFile(ignoreText, where(files.ignorePath));
  return { config, ignored };
}

export const defaultPolicyPaths = (root: string) => ({
  configPath: join(root, CONFIG_FILE),
  ignorePath: join(root, IGNORE_FILE),
});

function describeRevision(path: string, revision: PolicyRevision): string {
  if (revision === undefined) return path;
  return revision === "" ? `${path} (staged)` : `${path} (in ${revision.slice(0, 12)})`;
}

/** The file's text, or undefined when it does not exist there (an explicit --config must exist). */
async function readPolicyFile(
  files: PolicyFiles,
  path: string,
  revision: PolicyRevision,
  mustExist: boolean,
): Promise<string | undefined> {
  const tooLarge = () =>
    new UserError(
      `${mustExist ? "config " : ""}${path} is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MiB, far more than any policy file: is it the right file?`,
    );
  if (revision === undefined) {
    try {
      // A file, read up to the cap: not a device or a pipe that never ends (`--config /dev/urandom`).
      const info = await stat(path);
      if (!info.isFile()) throw new UserError(`${mustExist ? "config " : ""}${path} is not a regular file`);
      if (info.size > MAX_POLICY_BYTES) throw tooLarge();
      return await readFile(path, "utf8");
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (!mustExist && (error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new UserError(`cannot read ${mustExist ? "config " : ""}${path}: ${describeFsError(error)}`);
    }
  }
  const inRepo = relative(files.root, path).split("\\").join("/");
  let text: string | undefined;
  let size = 0;
  await gitBlobs(files.root, [`${revision}:${inRepo}`], (_, content) => {
    size = content?.length ?? 0;
    if (size <= MAX_POLICY_BYTES) text = content?.toString("utf8");
  });
  if (size > MAX_POLICY_BYTES) throw tooLarge();
  return text;
}

/** The largest policy file read: a real one is a few KiB. */
const MAX_POLICY_BYTES = 1024 * 1024;
