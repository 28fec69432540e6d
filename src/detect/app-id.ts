/**
 * Meta access tokens carry the issuing app's id in their first characters: base64-decoding the
 * first 12 characters gives byte 0x10 followed by `app_id << 2` as a 64-bit big-endian integer.
 * Meta does not document this, so a token that does not decode is still reported; the decoded id
 * only tells the user which app the leaked token belongs to (and so where to revoke it).
 */
export function appIdFromAccessToken(token: string): string | undefined {
  if (token.length < 12) return undefined;
  const bytes = Buffer.from(token.slice(0, 12), "base64");
  if (bytes.length !== 9 || bytes[0] !== 0x10) return undefined;
  const shifted = bytes.readBigUInt64BE(1);
  if ((shifted & 3n) !== 0n) return undefined;
  const appId = shifted >> 2n;
  // Real app ids have 13 to 17 digits; anything else is a string that merely starts with EAA.
  const digits = appId.toString();
  return digits.length >= 13 && digits.length <= 17 ? digits : undefined;
}
