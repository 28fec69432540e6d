/**
 * Test credentials, built at run time: no token-shaped literal is ever committed (the project's
 * own pre-commit hook would block it, and rightly). A seeded generator keeps tests repeatable.
 */
const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

let counter = 1;
const nextSeed = () => counter++ * 7919;

export function randomChars(length: number, alphabet = BASE62, seed = nextSeed()): string {
  const random = rng(seed);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** The `EAA…` prefix Meta derives from an app id: base64 of 0x10 and app_id << 2 (8 bytes). */
export function tokenPrefix(appId: bigint): string {
  const bytes = Buffer.alloc(9);
  bytes[0] = 0x10;
  bytes.writeBigUInt64BE(appId << 2n, 1);
  return bytes.toString("base64");
}

export const TEST_APP_ID = 100000000000001n;

/** A user / system-user access token of the given app, `length` characters, ending in ZD like many real ones. */
export function accessToken(options: { appId?: bigint; length?: number; seed?: number } = {}): string {
  const prefix = tokenPrefix(options.appId ?? TEST_APP_ID);
  const length = options.length ?? 190;
  return `${prefix}${randomChars(length - prefix.length - 2, BASE62, options.seed)}ZD`;
}

export function appSecret(seed?: number): string {
  return randomChars(32, "0123456789abcdef", seed);
}

/** `<app id>|<app secret>`, the client-side app access token. */
export function appToken(appId: bigint = TEST_APP_ID, seed?: number): string {
  return `${appId}|${appSecret(seed)}`;
}

/** The form `oauth/access_token?grant_type=client_credentials` returns. */
export function issuedAppToken(appId: bigint = TEST_APP_ID): string {
  return `${appId}|${randomChars(6, "ABCDEFGHIJ")}-${randomChars(20)}x9`;
}

/** Asserts the text holds none of the secrets in full. */
export function leakedIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

/** Every byte as `%XX`, letters and digits too (an encoder that escapes everything). */
export const percentEncodeAll = (text: string): string =>
  [...Buffer.from(text)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
