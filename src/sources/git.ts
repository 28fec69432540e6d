/**
 * The one way this project talks to git. simple-git is created without its default 50 ms
 * exit-completion delay: the pre-commit hook pays every millisecond on every commit.
 */
import { type SimpleGit, simpleGit } from "simple-git";

/**
 * simple-git strips every inherited GIT_* variable unless it is named here. Inside a hook, git
 * uses these to say which repository and which index the commit is made from: `git commit -a`
 * and `git commit <path>` commit from a temporary index named by GIT_INDEX_FILE, and reading the
 * ordinary index instead would let a staged token through.
 */
export const REPOSITORY_ENVIRONMENT = [
  "GIT_INDEX_FILE",
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_CONFIG_PARAMETERS",
  "GIT_CONFIG_COUNT",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
  "GIT_CONFIG_NOSYSTEM",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM",
  ...Object.keys(process.env).filter((key) => /^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(key)),
];

export function gitAt(dir: string): SimpleGit {
  return simpleGit({
    baseDir: dir,
    completion: { onExit: false },
    maxConcurrentProcesses: 4,
    allowEnvironment: REPOSITORY_ENVIRONMENT,
  });
}

/** The work tree's top folder, or undefined outside a git work tree (or without git). */
export async function workTreeRoot(dir: string): Promise<string | undefined> {
  try {
    const root = (await gitAt(dir).revparse(["--show-toplevel"])).trim();
    return root === "" ? undefined : root;
  } catch {
    return undefined;
  }
}

/** Splits `-z` output. */
export function splitNul(output: string): string[] {
  return output.split("\0").filter((part) => part !== "");
}
