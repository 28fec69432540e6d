/**
 * Recognises values that have the shape of a secret but are obviously not one: documentation
 * placeholders, repeated characters, counting sequences. Pure and cheap: only a bounded prefix of
 * the value is examined, so a hostile multi-megabyte run costs no more than a short one.
 */

const PLACEHOLDER_WORDS = [
  "placeholder",
  "example",
  "redacted",
  "youraccesstoken",
  "yourtoken",
  "accesstokenhere",
  "tokenhere",
  "dummy",
  "xxxxxx",
  "changeme",
  "replaceme",
];

/** How much of a value the heuristics look at. Real tokens are decided well within it. */
const SAMPLE = 256;

/** True when `value` (a token body or a secret) is a placeholder, not a credential. */
export function looksLikePlaceholder(value: string, minDistinct: number): boolean {
  const sample = value.length > SAMPLE ? value.slice(0, SAMPLE) : value;
  const lower = sample.toLowerCase();
  if (placeholderShare(lower) * 2 >= lower.length) return true;
  if (new Set(lower).size < minDistinct) return true;
  return isPeriodic(sample) || isCountingSequence(sample);
}

/**
 * How many characters of `lower` placeholder words cover. A placeholder is mostly placeholder
 * text; a real token's random body may hold a word like "dummy" (about 1 in 20,000 tokens).
 */
function placeholderShare(lower: string): number {
  const covered = new Uint8Array(lower.length);
  for (const word of PLACEHOLDER_WORDS) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      covered.fill(1, at, at + word.length);
    }
  }
  let count = 0;
  for (const c of covered) count += c;
  return count;
}

/** "abcabcabc…", "EAAEAAEAA…": the value repeats with a short period. */
function isPeriodic(sample: string): boolean {
  const maxPeriod = Math.min(64, Math.floor(sample.length / 2));
  for (let period = 1; period <= maxPeriod; period++) {
    let repeats = true;
    for (let i = period; i < sample.length; i++) {
      if (sample.charCodeAt(i) !== sample.charCodeAt(i - period)) {
        repeats = false;
        break;
      }
    }
    if (repeats) return true;
  }
  return false;
}

/** "0123456789abcdef…", "abcdefgh…": most neighbours are consecutive characters. */
function isCountingSequence(sample: string): boolean {
  let steps = 0;
  for (let i = 1; i < sample.length; i++) {
    const delta = sample.charCodeAt(i) - sample.charCodeAt(i - 1);
    if (delta === 1 || delta === -1) steps++;
  }
  return steps * 2 > sample.length;
}
