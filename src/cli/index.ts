#!/usr/bin/env node
// The CLI's entry point. It runs on every commit (the pre-commit hook), so start-up time matters:
// Node's on-disk compile cache is switched on before any of our code is loaded, which is why
// everything else comes in through a dynamic import. Tests import main.ts directly.
import { enableCompileCache } from "node:module";

enableCompileCache?.();
const { main } = await import("./main.js");
process.exitCode = await main(process.argv.slice(2));
