#!/usr/bin/env bash
# The leak scan's one step (leak-scan/action.yml, and scan/action.yml, its older path): works out the range from the event, runs the
# bundled CLI, and writes the outputs. Exits non-zero only when the scan itself failed (exit 2);
# whether findings fail the job is the action's next step.
set -euo pipefail
cli="$(dirname "$0")/../dist/cli/index.js"
sarif="${RUNNER_TEMP:-/tmp}/wa-token-guard.sarif"
[ -n "${META_APP_SECRET:-}" ] && echo "::add-mask::${META_APP_SECRET}"

since="${WTG_SINCE:-}"
if [ -z "$since" ]; then
  case "${WTG_EVENT:-}" in
    pull_request | pull_request_target) since="${WTG_PR_BASE:-}" ;;
    push) [ -n "${WTG_PUSH_BEFORE:-}" ] && [ "${WTG_PUSH_BEFORE//0/}" != "" ] && since="$WTG_PUSH_BEFORE" ;;
  esac
fi
[ "$since" = "all" ] && since=""

args=(scan --history --format sarif --output "$sarif")
[ -n "$since" ] && args+=(--since "$since")
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
findings=$(node -e '
  const results = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0].results;
  for (const r of results) {
    const place = r.locations[0].physicalLocation;
    const line = place.region ? `:${place.region.startLine}` : "";
    console.error(`${decodeURI(place.artifactLocation.uri)}${line}  ${r.ruleId}  ${r.message.text}`);
  }
  console.log(results.length);
' "$sarif")
{
  echo "findings=$findings"
  echo "sarif-file=$sarif"
} >>"$GITHUB_OUTPUT"
echo "wa-token-guard: $findings finding(s)."
