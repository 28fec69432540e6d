/**
 * Runs the benchmarks against the built dist/ (npm run build first) and prints Markdown tables
 * for the README. Times are wall-clock medians on the
 * machine it runs on; tests never assert them. Usage: npm run bench [-- scan|hook|history|action ...].
 */
import { benchAction } from "./action.ts";
import { benchHistory } from "./history.ts";
import { benchHook } from "./hook.ts";
import { benchScan } from "./scan-throughput.ts";

const all: Record<string, () => string | Promise<string>> = {
  scan: () => benchScan(),
  hook: () => benchHook(),
  history: () => benchHistory(),
  action: () => benchAction(),
};
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(all);
for (const name of chosen) {
  const bench = all[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}" (choose from ${Object.keys(all).join(", ")})`);
    process.exit(2);
  }
  console.log(`${await bench()}\n`);
}
