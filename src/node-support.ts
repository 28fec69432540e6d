/**
 * Which Node runs which part of wa-token-guard: the one place that says it. The CLI checks it at
 * start-up, package.json's `engines` equals the lowest (a test keeps them equal), the README
 * states it, and the hook may read it to pick a Node that can run it.
 */

/** The GitHub Action (action.yml `runs.using`). */
export const ACTION_NODE = "node24";

/**
 * `scan` (files, --staged, --history) and the pre-commit hook: tested on this version (the
 * build machine's own Node) and on Node 24. No HTTP client is loaded on this path.
 */
export const SCAN_MIN_NODE = "20.20.0";

/**
 * `verify`, `rotate`, `revoke` and `scan --verify`: the commands that send a live token. Node 20
 * reached its end of life in April 2026 (no more security fixes, TLS included), so they are not
 * offered on it; the scan stays, since a hook runs on whatever Node a machine has.
 */
export const VERIFY_MIN_NODE = "22.19.0";

/** Whether `version` (like process.versions.node, "20.20.2") is at least `minimum`. */
export function meetsMinimum(version: string, minimum: string): boolean {
  const parts = (text: string) => text.replace(/^v/, "").split(/[.-]/).slice(0, 3).map(Number);
  const have = parts(version);
  const need = parts(minimum);
  for (let index = 0; index < 3; index++) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** "22.19.0" -> "22.19": how a minimum reads in a message. */
function short(version: string): string {
  return version.replace(/\.0$/, "");
}

/**
 * The one line to print when this Node cannot run `feature`; undefined when it can.
 * `needsNetwork`: the feature talks to the Graph API (`verify`, `scan --verify`).
 */
export function unsupportedNode(
  feature: string,
  needsNetwork: boolean,
  version: string = process.versions.node,
): string | undefined {
  if (!meetsMinimum(version, SCAN_MIN_NODE)) {
    return `\`${feature}\` needs Node >= ${short(needsNetwork ? VERIFY_MIN_NODE : SCAN_MIN_NODE)}; this is Node ${version}`;
  }
  if (needsNetwork && !meetsMinimum(version, VERIFY_MIN_NODE)) {
    return `\`${feature}\` needs Node >= ${short(VERIFY_MIN_NODE)}; this is Node ${version}; the scan and the hook work here`;
  }
  return undefined;
}

/**
 * The one line the action stops with when the runner starts it on a Node older than it needs (a
 * copy of action.yml changed to `node20`, or a runner that ignores `runs.using`); undefined when
 * it can run.
 */
export function unsupportedActionNode(version: string = process.versions.node): string | undefined {
  if (meetsMinimum(version, VERIFY_MIN_NODE)) return undefined;
  return `wa-token-guard: the action needs Node >= ${short(VERIFY_MIN_NODE)} (action.yml runs it on ${ACTION_NODE}); this runner started it with Node ${version}`;
}
