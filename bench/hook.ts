/**
 * The pre-commit hook, as git runs it (hooks/pre-commit: sh, then node, then git), against
 * `git diff --cached` alone on the same repository.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { HOOK, median, NODE, random, randomText, sh, table, tempDir, write } from "./lib.ts";

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

function typicalCommit(): Case {
  const dir = repo("typical", 5000);
  for (let i = 0; i < 5; i++)
    write(join(dir, `src/m${i}/f${i}.ts`), `${randomText(2_000)}${randomText(4_000)}`);
  sh("git", ["add", "-A"], dir);
  return { name: "typical: 5,000 tracked, 5 changed, ~20 KB added", dir };
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

function binary(): Case {
  const dir = repo("binary", 100);
  const bytes = Buffer.alloc(50 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE(Math.floor(random() * 0xffffffff), i);
  bytes[0] = 0;
  writeFileSync(join(dir, "model.bin"), bytes);
  sh("git", ["add", "-A"], dir);
  return { name: "one staged 50 MB binary", dir };
}

export function benchHook(runs = 15): string {
  const rows: string[][] = [];
  const nodeAlone = median(NODE, ["-e", ""], process.cwd(), runs);
  for (const make of [typicalCommit, bigCommit, hugeText, binary]) {
    const c = make();
    const n =
      c.name.startsWith("typical") || c.name.includes("binary") ? runs : Math.max(5, Math.floor(runs / 3));
    const hook = median(HOOK, [], c.dir, n);
    const diff = median("git", ["diff", "--cached", "--no-ext-diff"], c.dir, n);
    rows.push([c.name, `${hook.toFixed(0)} ms`, `${diff.toFixed(0)} ms`, `${(hook / diff).toFixed(1)}x`]);
  }
  return [
    `Pre-commit hook, whole process (median; node alone starts in ${nodeAlone.toFixed(0)} ms)`,
    "",
    table(["staged change", "hook", "git diff --cached", "ratio"], rows),
  ].join("\n");
}
