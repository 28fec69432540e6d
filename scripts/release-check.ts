/**
 * What must hold before vX.Y.Z is tagged (run by .github/workflows/release.yml, and by a test for
 * the current version): X.Y.Z is a plain version and package.json's; CHANGELOG.md has a section
 * for it; and every version the docs tell users to pin is one this release makes: the moving
 * major tag in `uses: wa-token-guard/wa-token-guard@vN`, and `rev: vX.Y.Z` for the pre-commit
 * framework (or a full commit SHA).
 *
 * Usage: node scripts/release-check.ts X.Y.Z [--notes <file>]   (writes the section to <file>)
 * Exit 0: ready; 1: not ready (one line per problem); 2: bad usage.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = ["README.md", "SECURITY.md", "docs/action.md", "docs/expiry-watch.md", "docs/leak-audit.md"];

export function releaseProblems(version: string, root = ROOT): { problems: string[]; notes: string } {
  const problems: string[] = [];
  const read = (path: string) => {
    try {
      return readFileSync(join(root, path), "utf8");
    } catch {
      return undefined;
    }
  };
  if (!/^\d+\.\d+\.\d+$/.test(version))
    problems.push(`"${version}" is not a version X.Y.Z (no "v", no suffix)`);
  const packageVersion = JSON.parse(read("package.json") ?? "{}").version;
  if (packageVersion !== version)
    problems.push(`package.json's version is ${packageVersion}, not ${version}`);

  const changelog = read("CHANGELOG.md") ?? "";
  const notes = changelogSection(changelog, version);
  if (notes === undefined) problems.push(`CHANGELOG.md has no section "## [${version}]"`);
  else if (notes.trim() === "") problems.push(`CHANGELOG.md's section for ${version} is empty`);

  const major = `v${version.split(".")[0]}`;
  for (const path of DOCS) {
    const text = read(path);
    if (text === undefined) continue;
    for (const match of text.matchAll(/wa-token-guard\/wa-token-guard(?:\/[\w./-]+)?@([\w.-]+)/g)) {
      const ref = match[1]!;
      if (ref !== major && !/^[0-9a-f]{40}$/.test(ref) && ref !== `v${version}`) {
        problems.push(
          `${path}: "${match[0]}" pins ${ref}; this release makes v${version} and moves ${major}`,
        );
      }
    }
    for (const match of text.matchAll(/^\s*rev:\s*["']?([^\s"'#]+)/gm)) {
      const ref = match[1]!;
      if (ref !== `v${version}` && !/^[0-9a-f]{40}$/.test(ref)) {
        problems.push(
          `${path}: "rev: ${ref}" is not v${version} (the pre-commit framework pins a tag or a full SHA)`,
        );
      }
    }
  }
  return { problems, notes: notes ?? "" };
}

/** The text under `## [X.Y.Z]` (Keep a Changelog), up to the next `## ` heading. */
function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split("\n");
  const escaped = version.replace(/\./g, "\\.");
  const start = lines.findIndex((line) => new RegExp(`^## \\[?v?${escaped}\\]?(\\s|$)`).test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  return `${lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join("\n")
    .trim()}\n`;
}

if (import.meta.main) {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { notes: { type: "string" } },
    });
    if (positionals.length !== 1)
      throw new Error("usage: node scripts/release-check.ts X.Y.Z [--notes <file>]");
    const version = positionals[0]!;
    const { problems, notes } = releaseProblems(version);
    for (const problem of problems) console.log(`release-check: ${problem}`);
    if (problems.length === 0) {
      if (values.notes) writeFileSync(values.notes, notes);
      console.log(`release-check: v${version} is ready`);
    }
    process.exitCode = problems.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`release-check: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
