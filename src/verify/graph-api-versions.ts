/**
 * The Graph API version table: the one place to update when Meta releases a version.
 * Source: Meta's changelog versions table (https://developers.facebook.com/docs/graph-api/changelog/versions)
 * and the v27.0 announcement of 2026-11-04, as compiled in shared/graph-api.md section 8.
 * A version stops working about two years after the next one is released; `until` is undefined
 * while Meta has not announced the date.
 */
export const VERSION_TABLE = {
  checked: "2026-12-02",
  source: "https://developers.facebook.com/docs/graph-api/changelog/versions",
  /** Releases have come every 3 to 6 months: past this many months, expect a newer version. */
  releaseIntervalMonths: 6,
  /** ...and never sooner than this many months after the one before. */
  shortestReleaseIntervalMonths: 3,
  versions: [
    { version: "v27.0", released: "2026-11-04", until: undefined },
    { version: "v26.0", released: "2026-07-29", until: undefined },
    { version: "v25.0", released: "2026-02-18", until: "2028-07-29" },
    { version: "v24.0", released: "2025-10-08", until: "2028-02-18" },
    { version: "v23.0", released: "2025-05-29", until: "2027-10-08" },
    { version: "v22.0", released: "2025-01-21", until: "2027-05-20" },
    { version: "v21.0", released: "2024-10-02", until: "2027-01-21" },
    { version: "v20.0", released: "2024-05-21", until: "2026-09-24" },
    { version: "v19.0", released: "2024-01-23", until: "2026-05-21" },
  ],
} as const satisfies {
  checked: string;
  source: string;
  releaseIntervalMonths: number;
  shortestReleaseIntervalMonths: number;
  versions: readonly { version: string; released: string; until: string | undefined }[];
};
