/**
 * `wa-token-guard scan` over a large tree: thousands of files, tens of MB, some minified lines.
 * Reports MB/s and files/s of the whole process (start-up included).
 */
import { join } from "node:path";
import { CLI, fakeToken, median, NODE, randomText, sh, table, tempDir, write } from "./lib.ts";

export function benchScan(runs = 5): string {
  const dir = tempDir("scan");
  let bytes = 0;
  const files = 4000;
  for (let i = 0; i < files; i++) {
    const size = i % 200 === 0 ? 200_000 : 8_000;
    let text = randomText(size);
    if (i % 250 === 0) text += `\nconst t = "${fakeToken()}";\n`;
    write(join(dir, `pkg${i % 40}`, `file${i}.ts`), text);
    bytes += Buffer.byteLength(text);
  }
  for (let i = 0; i < 10; i++) {
    // Minified bundles: one 1 MB line each.
    const line = `${randomText(1_000_000).replaceAll("\n", ";")}\n`;
    write(join(dir, "dist", `bundle${i}.min.js`), line);
    bytes += line.length;
  }
  const count = files + 10;
  const ms = median(NODE, [CLI, "scan", "--format", "json", dir], dir, runs);
  const found = JSON.parse(sh(NODE, [CLI, "scan", "--format", "json", dir], dir)).findings.length;
  const mb = bytes / 1024 / 1024;
  return [
    `Scan throughput (${count} files, ${mb.toFixed(1)} MB, ${found} planted tokens found; median of ${runs} runs)`,
    "",
    table(
      ["files", "MB", "time", "MB/s", "files/s"],
      [
        [
          count,
          mb.toFixed(1),
          `${ms.toFixed(0)} ms`,
          (mb / (ms / 1000)).toFixed(1),
          Math.round(count / (ms / 1000)),
        ],
      ],
    ),
  ].join("\n");
}
