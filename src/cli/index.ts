#!/usr/bin/env node
// The CLI's entry point: nothing but the call, so that tests can import main.ts without running it.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
