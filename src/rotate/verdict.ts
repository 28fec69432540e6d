/**
 * The rotation as one more check of the verdict, so that the job summary, the expiry issue and
 * the step's result all say what happened: after a rotation the verdict is the new token's; a
 * failed rotation fails the verdict, with the step and the fix as its headline.
 */
import { rotationNote } from "../report/issue-body.js";
import type { Check } from "../verify/check.js";
import { type Verdict, withCheck } from "../verify/verdict.js";
import type { RotationResult } from "./rotate.js";

const TITLE = "Rotation";

export function rotationVerdict(before: Verdict, result: RotationResult): Verdict {
  switch (result.outcome) {
    case "rotated": {
      const value = rotationNote(result);
      const check: Check = result.failure
        ? {
            id: "rotation",
            title: TITLE,
            status: "failed",
            value,
            fix: result.failure,
            cause: result.failure,
          }
        : { id: "rotation", title: TITLE, status: "ok", value };
      return withCheck(result.verdict, check);
    }
    case "skipped":
    case "dry-run":
      return withCheck(before, { id: "rotation", title: TITLE, status: "skipped", value: result.note });
    case "failed":
      return withCheck(before, {
        id: "rotation",
        title: TITLE,
        status: "failed",
        value: `failed at step "${result.step}"`,
        fix: result.failure,
        cause: result.failure,
      });
  }
}
