import { detectAll } from "./engine.js";
import { detectInPath } from "./paths.js";
import { redact } from "./redact.js";

/**
 * The last guard at every output edge (the action's log, annotations, outputs and summary; the
 * CLI's stdout and stderr): every known secret, in the forms text carries it (as is, URL-encoded,
 * JSON-escaped), any piece of it at least PIECE_LENGTH characters long (what is left of a secret
 * that something cut: a clipped cell, a truncated reply), and every credential-shaped substring,
 * is replaced by its redacted form.
 * Secrets are added as they are read (the action's inputs, the CLI's variables), whatever input
 * or variable they arrived in.
 */
interface ScrubIndex {
  /** How many forms the index was built from. */
  size: number;
  pattern: RegExp | undefined;
  /** Every PIECE_LENGTH-character window of every form, lower-cased: where in which form it is. */
  windows: Map<string, { form: string; at: number }[]>;
}

/** Lower case for A-Z only: the length never changes, so positions in both texts agree. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/**
 * The shortest piece of a known secret that is redacted on its own: a cut token's prefix, or a
 * reply that spells the token in groups (`EAAB…` in 15-character pieces with spaces between).
 * Twelve characters of a token or an app secret do not turn up in other text by chance.
 */
export const PIECE_LENGTH = 12;

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

  private cached: ScrubIndex = { size: -1, pattern: undefined, windows: new Map() };

  private index(): ScrubIndex {
    if (this.cached.size !== this.forms.size) {
      const forms = [...this.forms].sort((a, b) => b.length - a.length);
      const source = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
      const windows = new Map<string, { form: string; at: number }[]>();
      for (const form of forms) {
        const lower = asciiLower(form);
        for (let at = 0; at + PIECE_LENGTH <= lower.length; at++) {
          const key = lower.slice(at, at + PIECE_LENGTH);
          const places = windows.get(key);
          if (places) places.push({ form: lower, at });
          else windows.set(key, [{ form: lower, at }]);
        }
      }
      this.cached = {
        size: this.forms.size,
        pattern: source ? new RegExp(source, "gi") : undefined,
        windows,
      };
    }
    return this.cached;
  }

  /** The values to hand the runner's masking (`::add-mask::`). */
  get values(): string[] {
    return [...this.forms];
  }

  clean(text: string): string {
    let clean = text;
    // In any letter case: text on its way out may have been transformed (a reply's value
    // lower-cased for display) after the secret got into it. Longest first, so that a secret
    // inside a longer one (`id|secret`) never leaves a remainder.
    const { pattern, windows } = this.index();
    if (pattern) clean = clean.replace(pattern, (found) => redact(found));
    if (windows.size > 0) clean = redactPieces(clean, windows);
    // Paths inside messages too (`cannot read cache/EAA….json`): there a `/` separates names.
    for (const { secret, raw } of [...detectAll(clean), ...detectInPath(clean)]) {
      clean = clean.split(raw).join(redact(secret));
    }
    return clean;
  }
}

/**
 * Every piece of at least PIECE_LENGTH characters of a known form, in any letter case, redacted.
 * Left to right: the first window that matches is where the piece starts (had the character before
 * it matched too, the window before would have), and it is extended as far as the form goes.
 * Linear in the text (one lookup per character) whatever the secrets.
 */
function redactPieces(text: string, windows: Map<string, { form: string; at: number }[]>): string {
  const lower = asciiLower(text);
  let out = "";
  let copied = 0;
  let i = 0;
  while (i + PIECE_LENGTH <= lower.length) {
    const places = windows.get(lower.slice(i, i + PIECE_LENGTH));
    if (!places) {
      i++;
      continue;
    }
    let end = i + PIECE_LENGTH;
    for (const { form, at } of places) {
      let reach = PIECE_LENGTH;
      while (at + reach < form.length && i + reach < lower.length && form[at + reach] === lower[i + reach]) {
        reach++;
      }
      end = Math.max(end, i + reach);
    }
    // A piece shows nothing of itself: the ends that redact() shows of each of many pieces would
    // add up to much of the secret.
    out += `${text.slice(copied, i)}…(${end - i} chars)`;
    copied = i = end;
  }
  return out + text.slice(copied);
}

/** One-off scrubbing of text we did not write (library errors, API replies). */
export function scrub(text: string, ...knownSecrets: (string | undefined)[]): string {
  return new Scrubber(knownSecrets).clean(text);
}

/**
 * Inputs whose names say they hold secrets: `token`, `app-secret`, `github-token`, `admin-token`…
 * Not `rotate-secret` and `--github-secret`: they name a repository secret (`owner/repo:NAME`),
 * and a name taken for a secret would be redacted wherever a message says where a token went.
 */
export function isSecretName(name: string): boolean {
  return /(^|[-_])(token|secret|password)$/i.test(name) && !/^(rotate|github)-secret$/i.test(name);
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
