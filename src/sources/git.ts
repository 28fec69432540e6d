/**
 * The one way this project talks to git. simple-git is created without its default 50 ms
 * exit-completion delay: the pre-commit hook pays every millisecond on every commit.
 */
import { type SimpleGit, simpleGit } from "simple-git";

export function gitAt(dir: string): SimpleGit {
  return simpleGit({ baseDir: dir, completion: { onExit: false }, maxConcurrentProcesses: 4 });
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
