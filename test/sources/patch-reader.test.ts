import { describe, expect, it } from "vitest";
import { type AddedLineDetection, PatchReader } from "../../src/sources/patch-reader.js";
import { accessToken, appSecret } from "../helpers/tokens.js";

/** A zero-context patch as `git diff --cached -p -U0` writes it, with credentials in known places. */
function samplePatch() {
  const a = accessToken();
  const b = accessToken();
  const c = appSecret();
  const patch = [
    "diff --git a/one.txt b/one.txt",
    "index 1111111..2222222 100644",
    "--- a/one.txt",
    "+++ b/one.txt",
    "@@ -3,2 +3,3 @@",
    `-old ${accessToken()}`,
    "-old two",
    "+new three",
    `+${a}`,
    "+new five",
    "@@ -40 +41,0 @@",
    "-gone",
    "diff --git a/bin.dat b/bin.dat",
    "new file mode 100644",
    "index 0000000..3333333",
    "Binary files /dev/null and b/bin.dat differ",
    "diff --git a/two.env b/two.env",
    "new file mode 100644",
    "index 0000000..4444444",
    "--- /dev/null",
    "+++ b/two.env",
    "@@ -0,0 +1,4 @@",
    "+A=1",
    `+META_APP_SECRET=${c}`,
    "+C=3",
    `+TOKEN=${b}`,
    "\\ No newline at end of file",
    "",
  ].join("\n");
  const expected = [
    { section: 0, line: 4, column: 1 },
    { section: 2, line: 2, column: 17 },
    { section: 2, line: 4, column: 7 },
  ];
  return { patch, expected };
}

function read(patch: string, segmentBytes: number, chunkBytes: number) {
  const found: AddedLineDetection[] = [];
  const reader = new PatchReader((f) => found.push(f), segmentBytes);
  const bytes = Buffer.from(patch);
  for (let i = 0; i < bytes.length; i += chunkBytes) reader.push(bytes.subarray(i, i + chunkBytes));
  reader.end();
  return {
    sections: reader.sections,
    found: found.map((f) => ({ section: f.section, line: f.detection.line, column: f.detection.column })),
  };
}

describe("PatchReader", () => {
  const { patch, expected } = samplePatch();

  it("places credentials on added lines only, with staged-file line and column", () => {
    expect(read(patch, 1 << 20, 1 << 20)).toEqual({ sections: 3, found: expected });
  });

  it("gives the same answer whatever the segment and chunk sizes", () => {
    for (const segment of [1, 7, 64, 300, 1000]) {
      for (const chunk of [1, 13, 256]) {
        expect(read(patch, segment, chunk), `segment ${segment}, chunk ${chunk}`).toEqual({
          sections: 3,
          found: expected,
        });
      }
    }
  });

  it("keeps line numbers across segments of a long new file", () => {
    const token = accessToken();
    const lines = Array.from({ length: 5000 }, (_, i) => (i === 4321 ? `+t=${token}` : `+line ${i}`));
    const big = [
      "diff --git a/x b/x",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/x",
      "@@ -0,0 +1,5000 @@",
      ...lines,
      "",
    ].join("\n");
    for (const segment of [100, 4096, 1 << 20]) {
      expect(read(big, segment, 997)).toEqual({
        sections: 1,
        found: [{ section: 0, line: 4322, column: 3 }],
      });
    }
  });
});
