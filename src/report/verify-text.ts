/** The token check in a terminal: one line per check, what to do under each one that is not ok. */
import type { Check, Verdict } from "../verify/checks.js";

const MARK: Record<Check["status"], string> = {
  ok: "ok  ",
  warning: "warn",
  failed: "FAIL",
  skipped: "skip",
};
const COLOUR: Record<Check["status"], number> = { ok: 32, warning: 33, failed: 31, skipped: 90 };

export function formatVerifyText(verdict: Verdict, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const width = Math.max(...verdict.checks.map((check) => check.title.length));
  const lines = [`wa-token-guard verify: ${paint(COLOUR[verdict.status], verdict.status.toUpperCase())}`, ""];
  for (const check of verdict.checks) {
    lines.push(
      `  ${paint(COLOUR[check.status], MARK[check.status])}  ${check.title.padEnd(width)}  ${check.value}`,
    );
    if (check.advice && check.status !== "ok") lines.push(`        ${" ".repeat(width)}  -> ${check.advice}`);
  }
  lines.push("", verdict.reason, "");
  return lines.join("\n");
}
