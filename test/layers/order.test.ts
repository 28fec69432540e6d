/**
 * The folder layout is the architecture: each layer of src/ imports only the layers below it.
 * This test reads every import in src/ (static, type-only and dynamic) and fails on any that
 * points upward or sideways, so that a shortcut cannot creep in unnoticed. To move a type or an
 * error class that two layers need, put it where both may import it (src/*.ts is the shared kernel).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

/** Which layers each layer may import ("kernel" is the files directly in src/). */
const ALLOWED: Record<string, readonly string[]> = {
  kernel: [],
  detect: ["kernel"],
  config: ["kernel", "detect"],
  sources: ["kernel", "detect"],
  scan: ["kernel", "detect", "config", "sources"],
  graph: ["kernel"],
  verify: ["kernel", "detect", "graph"],
  report: ["kernel", "detect", "verify"],
  github: ["kernel", "detect", "graph", "verify", "report"],
  rotate: ["kernel", "detect", "graph", "verify", "report", "github"],
  cli: ["kernel", "detect", "config", "sources", "scan", "graph", "verify", "report", "github", "rotate"],
  action: ["kernel", "detect", "config", "sources", "scan", "graph", "verify", "report", "github", "rotate"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function layerOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? "kernel" : (parts[0] as string);
}

/** Relative specifiers of every import and export-from, static or dynamic, type-only or not. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s+["'](\.[^"']+)["']/g,
    /\bimport\s*\(\s*["'](\.[^"']+)["']\s*\)/g,
    /^\s*import\s+["'](\.[^"']+)["']/gm,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

describe("layers", () => {
  const files = sourceFiles(SRC);

  it("every folder of src/ is a known layer", () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => !(layer in ALLOWED));
    expect(unknown, "add the new folder to ALLOWED in this test, in its place in the order").toEqual([]);
  });

  it("each layer imports only the layers below it", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const specifier of importsOf(readFileSync(file, "utf8"))) {
        const target = resolve(dirname(file), specifier);
        if (!target.startsWith(SRC + sep)) continue;
        const to = layerOf(target);
        if (to !== from && !ALLOWED[from]?.includes(to)) {
          violations.push(`${relative(SRC, file)} imports ${relative(SRC, target)} (${from} -> ${to})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
