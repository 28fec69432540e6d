#!/usr/bin/env bash
# The leak scan's one step (leak-scan/action.yml, and scan/action.yml, its older path): works out the range from the event, runs the
# bundled CLI, and writes the outputs. Exits non-zero only when the scan itself failed (exit 2);
# whether findings fail the job is the action's next step.
set -euo pipefail
cli="$(dirname "$0")/../dist/cli/index.js"
sarif="${RUNNER_TEMP:-/tmp}/wa-token-guard.sarif"
[ -n "${META_APP_SECRET:-}" ] && echo "::add-mask::${META_APP_SECRET}"

is_commit() { git rev-parse --verify --quiet --end-of-options "$1^{commit}" >/dev/null 2>&1; }

# The default branch, when the clone has it (the event names it; origin/HEAD otherwise): the
# configuration a range without a base commit is judged by, since the scanned commits could
# otherwise exempt themselves (a new branch adding a token and an ignorePaths entry for it).
default_ref=""
for ref in ${WTG_DEFAULT_BRANCH:+"refs/remotes/origin/$WTG_DEFAULT_BRANCH" "refs/heads/$WTG_DEFAULT_BRANCH"} refs/remotes/origin/HEAD; do
  if is_commit "$ref"; then default_ref="$ref" && break; fi
done

since="${WTG_SINCE:-}"
if [ -z "$since" ]; then
  case "${WTG_EVENT:-}" in
    pull_request | pull_request_target) since="${WTG_PR_BASE:-}" ;;
    push)
      before="${WTG_PUSH_BEFORE:-}"
      if [ -n "$before" ] && [ "${before//0/}" != "" ]; then
        if is_commit "$before" || [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ]; then
          # In a shallow clone a missing commit is the checkout's depth: the CLI says how to fix it.
          since="$before"
        else
          # A force push: the previous head is no longer in the clone. What the branch has beyond
          # the default branch, or the whole history when that says nothing (the default branch itself).
          base=""
          [ -n "$default_ref" ] && base="$(git merge-base HEAD "$default_ref" 2>/dev/null || true)"
          if [ -n "$base" ] && [ "$base" != "$(git rev-parse HEAD)" ]; then
            since="$base"
            echo "::notice title=wa-token-guard::the push's previous head ${before:0:12} is not in the clone (a force push?): scanning the commits after the merge base with ${default_ref#refs/*/} (${base:0:12})."
          else
            echo "::notice title=wa-token-guard::the push's previous head ${before:0:12} is not in the clone (a force push?): scanning the whole history."
          fi
        fi
      fi
      ;;
  esac
fi
[ "$since" = "all" ] && since=""

args=(scan --history --format sarif --output "$sarif")
[ -n "$since" ] && args+=(--since "$since")
if [ -z "$since" ] || ! is_commit "$since"; then
  if [ -n "$default_ref" ]; then
    args+=(--policy-from "$default_ref")
  else
    echo "::notice title=wa-token-guard::no base commit and no default branch in the clone: the configuration and ignore file come from the scanned commits themselves (use actions/checkout with fetch-depth: 0)."
  fi
fi
if [ "${WTG_VERIFY:-false}" = "true" ]; then
  args+=(--verify --graph-api-url "${WTG_GRAPH_API_URL:-https://graph.facebook.com}")
  [ "${WTG_ONLY_LIVE:-false}" = "true" ] && args+=(--only-live)
  [ -n "${WTG_APP_ID:-}" ] && args+=(--app-id "$WTG_APP_ID")
fi
# Refs are space-separated: split on whitespace only, never glob-expanded.
if [ -n "${WTG_REFS:-}" ]; then
  read -r -d '' -a refs <<<"$WTG_REFS" || true
  args+=("${refs[@]}")
fi

echo "wa-token-guard ${args[*]}"
set +e
node "$cli" "${args[@]}"
status=$?
set -e
if [ "$status" -ge 2 ]; then
  echo "::error::wa-token-guard could not scan (exit $status); see the message above."
  exit "$status"
fi
# One line per finding for the log, read from the report (secrets are redacted in it), and the count.
# A path is shown as `scan` shows it (src/detect/paths.ts printable()): control characters
# escaped (a %0A in the SARIF uri must not start a fake log line), and a line never starts with
# `::` (a workflow command).
findings=$(node -e '
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  const hex = (code, width) => code.toString(16).padStart(width, "0");
  const printable = (text) =>
    text.replace(CONTROL, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c.charCodeAt(0), 2)}` : `\\u${hex(c.charCodeAt(0), 4)}`));
  const uri = (text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const results = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0].results;
  for (const r of results) {
    const place = r.locations[0].physicalLocation;
    const line = place.region ? `:${place.region.startLine}` : "";
    const shown = printable(`${uri(place.artifactLocation.uri)}${line}  ${r.ruleId}  ${r.message.text}`);
    console.error(shown.startsWith("::") ? ` ${shown}` : shown);
  }
  console.log(results.length);
' "$sarif")
{
  echo "findings=$findings"
  echo "sarif-file=$sarif"
} >>"$GITHUB_OUTPUT"
echo "wa-token-guard: $findings finding(s)."
