/**
 * The pre-commit hook, as git runs it (hooks/pre-commit: sh, then node when the change could
 * hold a credential), against `git diff --cached` alone and against git-secrets' own pre-commit
 * hook (when installed: Debian package `git-secrets`) on the same repository and staged change.
 * git-secrets gets its AWS patterns plus one for Meta tokens, so both scan for something.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  HOOK,
  mb,
  median,
  NODE,
  onPath,
  peakRssMb,
  random,
  randomText,
  sh,
  table,
  tempDir,
  write,
} from "./lib.ts";

function repo(name: string, trackedFiles: number): string {
  const dir = tempDir(name);
  sh("git", ["init", "-q"], dir);
  for (let i = 0; i < trackedFiles; i++) write(join(dir, `src/m${i % 100}/f${i}.ts`), randomText(2_000));
  sh("git", ["add", "-A"], dir);
  sh("git", ["commit", "-q", "--no-verify", "-m", "base"], dir);
  return dir;
}

interface Case {
  name: string;
  dir: string;
}

function typicalChange(dir: string): void {
  for (let i = 0; i < 5; i++)
    write(join(dir, `src/m${i}/f${i}.ts`), `${randomText(2_000)}${randomText(4_000)}`);
}

function typicalCommit(): Case {
  const dir = repo("typical", 5000);
  typicalChange(dir);
  sh("git", ["add", "-A"], dir);
  return { name: "typical: 5,000 tracked, 5 changed, ~20 KB added", dir };
}

/** Ordinary code that says `secret`, with no value on its line that could be one: shell only. */
function keywordCommit(): Case {
  const dir = repo("keyword", 5000);
  typicalChange(dir);
  write(
    join(dir, "src/m5/f5.ts"),
    `${randomText(2_000)}const clientSecret = process.env.CLIENT_SECRET;\n${randomText(2_000)}`,
  );
  sh("git", ["add", "-A"], dir);
  return { name: "typical + one `secret` keyword line, no value (shell only)", dir };
}

/** 32 random lowercase hex, built at run time (no credential-shaped literal in the source). */
const hex32 = () => Array.from({ length: 32 }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");

/** A `secret` line with a 32-hex value the rule does not take (a digest): the shell cannot rule it out, node runs. */
function keywordValueCommit(): Case {
  const dir = repo("keyword-value", 5000);
  typicalChange(dir);
  write(
    join(dir, "src/m5/f5.ts"),
    `${randomText(2_000)}const webhookSecretDigest = "${hex32()}";\n${randomText(2_000)}`,
  );
  sh("git", ["add", "-A"], dir);
  return { name: "typical + a `secret` line with a 32-hex value (node runs)", dir };
}

function bigCommit(): Case {
  const dir = repo("big", 100);
  for (let i = 0; i < 2000; i++) write(join(dir, `new/n${i}.txt`), randomText(20_000));
  sh("git", ["add", "-A"], dir);
  return { name: "big: 2,000 new files, ~40 MB added", dir };
}

function hugeText(): Case {
  const dir = repo("huge", 100);
  write(join(dir, "data/huge.log"), randomText(100 * 1024 * 1024));
  sh("git", ["add", "-A"], dir);
  return { name: "one staged 100 MB text file", dir };
}

function stageBinary(dir: string): void {
  const bytes = Buffer.alloc(50 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE(Math.floor(random() * 0xffffffff), i);
  bytes[0] = 0;
  writeFileSync(join(dir, "model.bin"), bytes);
}

function binary(): Case {
  const dir = repo("binary", 100);
  stageBinary(dir);
  sh("git", ["add", "-A"], dir);
  return { name: "one staged 50 MB binary", dir };
}

/** A hinted small file next to the binary: node runs, and must read only the binary's first bytes. */
function binaryWithKeyword(): Case {
  const dir = repo("binary-keyword", 100);
  stageBinary(dir);
  write(join(dir, "notes.txt"), `the secret word, digest ${hex32()}\n`);
  sh("git", ["add", "-A"], dir);
  return { name: "one staged 50 MB binary + a `secret` line with a value (node runs)", dir };
}

/** git-secrets' hook, set up in the repository as `git secrets --install` does. */
function gitSecretsHook(dir: string): [string, string[]] | undefined {
  if (!onPath("git-secrets")) return undefined;
  sh("git", ["secrets", "--register-aws"], dir);
  sh("git", ["secrets", "--add", "EAA[A-Za-z0-9]{90,}"], dir);
  return ["git", ["secrets", "--pre_commit_hook", "--"]];
}

export function benchHook(runs = 15): string {
  const rows: string[][] = [];
  const nodeAlone = median(NODE, ["-e", ""], process.cwd(), runs);
  for (const make of [
    typicalCommit,
    keywordCommit,
    keywordValueCommit,
    bigCommit,
    hugeText,
    binary,
    binaryWithKeyword,
  ]) {
    const c = make();
    const quick = c.name.startsWith("typical") || c.name.includes("binary");
    const n = quick ? runs : Math.max(5, Math.floor(runs / 3));
    const hook = median(HOOK, [], c.dir, n);
    const diff = median("git", ["diff", "--cached", "--no-ext-diff"], c.dir, n);
    const secrets = quick ? gitSecretsHook(c.dir) : undefined;
    const theirs = secrets ? median(secrets[0], secrets[1], c.dir, n) : undefined;
    rows.push([
      c.name,
      `${hook.toFixed(0)} ms`,
      mb(peakRssMb(HOOK, [], c.dir)),
      `${diff.toFixed(0)} ms`,
      theirs === undefined ? "n/a" : `${theirs.toFixed(0)} ms`,
      theirs === undefined ? "n/a" : `${(hook / theirs).toFixed(2)}x`,
    ]);
  }
  return [
    `Pre-commit hook, whole process (median; node alone starts in ${nodeAlone.toFixed(0)} ms)`,
    "",
    table(
      [
        "staged change",
        "hook",
        "hook peak memory",
        "git diff --cached",
        "git-secrets hook",
        "hook / git-secrets",
      ],
      rows,
    ),
  ].join("\n");
}
