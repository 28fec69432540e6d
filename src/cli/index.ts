#!/usr/bin/env node
// The CLI's entry point. It runs on every commit (the pre-commit hook), so start-up time matters:
// Node's on-disk compile cache is switched on before any of our code is loaded, which is why
// everything else comes in through a dynamic import. Tests import main.ts directly.
// The same file also runs as the scanning thread for large staged patches (sources/patch-worker).
import { enableCompileCache } from "node:module";
import { fileURLToPath } from "node:url";
import { isMainThread, workerData } from "node:worker_threads";

enableCompileCache?.();
if (!isMainThread && (workerData as { role?: string } | undefined)?.role === "wa-token-guard:patch") {
  (await import("../sources/patch-worker.js")).runPatchWorker();
} else {
  const [{ main }, { processIo }] = await Promise.all([import("./main.js"), import("./io.js")]);
  process.exitCode = await main(process.argv.slice(2), processIo(fileURLToPath(import.meta.url)));
}
