import { detect } from "./engine.js";
import { detectInPath } from "./paths.js";
import { redact } from "./redact.js";

/**
 * Defence in depth for text we did not write ourselves (error messages from libraries, API
 * replies): every credential-shaped substring is replaced by its redacted form before printing.
 */
export function scrub(text: string, ...knownSecrets: (string | undefined)[]): string {
  let clean = text;
  for (const secret of knownSecrets) {
    if (secret && secret.length >= 8) clean = clean.split(secret).join(redact(secret));
  }
  // Paths inside messages too (`cannot read cache/EAA….json`): there a `/` separates names.
  for (const { secret, raw } of [...detect(clean), ...detectInPath(clean)]) {
    clean = clean.split(raw).join(redact(secret));
  }
  return clean;
}
