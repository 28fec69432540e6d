import { detectAll } from "./engine.js";
import { detectInPath } from "./paths.js";
import { redact } from "./redact.js";

/**
 * The last guard at every output edge (the action's log, annotations, outputs and summary; the
 * CLI's stdout and stderr): every known secret, in the forms text carries it (as is, URL-encoded,
 * JSON-escaped), and every credential-shaped substring, is replaced by its redacted form.
 * Secrets are added as they are read (the action's inputs, the CLI's variables), whatever input
 * or variable they arrived in.
 */
export class Scrubber {
  private readonly forms = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    this.add(...secrets);
  }

  add(...secrets: (string | undefined)[]): this {
    for (const secret of secrets) {
      if (!secret) continue;
      for (const form of [
        secret,
        secret.trim(),
        encodeURIComponent(secret),
        JSON.stringify(secret).slice(1, -1),
      ]) {
        // Shorter values are not secrets worth the noise (and would redact ordinary words).
        if (form.length >= 8) this.forms.add(form);
      }
    }
    return this;
  }

  private cached: { size: number; pattern: RegExp | undefined } = { size: -1, pattern: undefined };

  private pattern(): RegExp | undefined {
    if (this.cached.size !== this.forms.size) {
      const forms = [...this.forms].sort((a, b) => b.length - a.length);
      const source = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
      this.cached = { size: this.forms.size, pattern: source ? new RegExp(source, "gi") : undefined };
    }
    return this.cached.pattern;
  }

  /** The values to hand the runner's masking (`core.setSecret`). */
  get values(): string[] {
    return [...this.forms];
  }

  clean(text: string): string {
    let clean = text;
    // In any letter case: text on its way out may have been transformed (a reply's value
    // lower-cased for display) after the secret got into it. Longest first, so that a secret
    // inside a longer one (`id|secret`) never leaves a remainder.
    const pattern = this.pattern();
    if (pattern) clean = clean.replace(pattern, (found) => redact(found));
    // Paths inside messages too (`cannot read cache/EAA….json`): there a `/` separates names.
    for (const { secret, raw } of [...detectAll(clean), ...detectInPath(clean)]) {
      clean = clean.split(raw).join(redact(secret));
    }
    return clean;
  }
}

/** One-off scrubbing of text we did not write (library errors, API replies). */
export function scrub(text: string, ...knownSecrets: (string | undefined)[]): string {
  return new Scrubber(knownSecrets).clean(text);
}

/** Inputs whose names say they hold secrets: `token`, `app-secret`, `github-token`, `admin-token`… */
export function isSecretName(name: string): boolean {
  return /(^|[-_])(token|secret|password)$/i.test(name);
}

/**
 * Every value that must never be printed, from a set of named inputs: each secret-named input's
 * value, and any other input's value that is shaped like a credential (a swapped `app-id` holding
 * the app secret, a token pasted into the wrong input).
 */
export function secretValues(inputs: Record<string, string | undefined>): string[] {
  return Object.entries(inputs)
    .filter(([name, value]) => value && (isSecretName(name) || looksLikeCredential(value)))
    .map(([, value]) => value!);
}

function looksLikeCredential(value: string): boolean {
  const text = value.trim();
  return /^[0-9a-f]{32}$/i.test(text) || detectAll(text).length > 0;
}
