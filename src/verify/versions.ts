/**
 * Graph API versions and their end of life, from Meta's changelog (see shared/graph-api.md,
 * November 2026). A version stops about two years after the next one is released.
 */
export const LATEST_VERSION = "v26.0";

const AVAILABLE_UNTIL: Record<string, string | undefined> = {
  "v26.0": undefined, // not announced yet
  "v25.0": "2028-07-29",
  "v24.0": "2028-02-18",
  "v23.0": "2027-10-08",
  "v22.0": "2027-05-20",
  "v21.0": "2027-01-21",
  "v20.0": "2026-09-24",
  "v19.0": "2026-05-21",
};

/** When the version stops working: a date, undefined when not announced, null when unknown to us. */
export function endOfLife(version: string): Date | undefined | null {
  if (!(version in AVAILABLE_UNTIL)) return null;
  const date = AVAILABLE_UNTIL[version];
  return date ? new Date(`${date}T00:00:00Z`) : undefined;
}

/** Older than every version we know: long past its end of life. */
export function isAncient(version: string): boolean {
  const major = Number(/^v(\d+)/.exec(version)?.[1]);
  return major < 19;
}
