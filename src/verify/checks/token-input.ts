import type { Check } from "../check.js";
import type { VerifySettings } from "../settings.js";

/** A token pasted with a line break or spaces around it: removed, but worth fixing at the source. */
export function tokenInputCheck(settings: VerifySettings): Check | undefined {
  if (!settings.tokenWasPadded) return undefined;
  return {
    id: "input",
    title: "Token input",
    status: "warning",
    value: "had spaces or a line break around it (removed)",
    fix: "Store the secret without surrounding whitespace, since some clients send it as it is and fail.",
  };
}
