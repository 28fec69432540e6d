/**
 * The hook's hint patterns as hooks/pre-commit holds them, and the question its fast path asks of
 * each changed line: could the scan find something here?
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./repo.js";

const HOOK_TEXT = readFileSync(join(PROJECT_ROOT, "hooks", "pre-commit"), "utf8");

/** A `NAME='…'` assignment's value in hooks/pre-commit. */
export function hookVariable(name: string): string {
  const value = new RegExp(`^${name}='([^']*)'$`, "m").exec(HOOK_TEXT)?.[1];
  if (value === undefined) throw new Error(`${name} not found in hooks/pre-commit`);
  return value;
}

// POSIX EREs that are also valid JavaScript patterns.
const hints = new RegExp(hookVariable("HINTS"));
const keys = new RegExp(hookVariable("KEYS"));
const keyValues = new RegExp(hookVariable("KEY_VALUES"));

/**
 * True when the fast path hands this changed line to the scan: it matches HINTS, or it matches
 * KEYS (git's -G lets it through) and then KEY_VALUES (grep).
 */
export function hookWouldScan(line: string): boolean {
  return hints.test(line) || (keys.test(line) && keyValues.test(line));
}
