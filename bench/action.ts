/**
 * The action's cold start: the bundled dist/action/index.js started as the runner starts it
 * (node24, INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), against `node -e 0`.
 * Two runs: inputs refused at once (the action loads, parses its inputs, reports), and a whole
 * verify against the Graph API stand-in on 127.0.0.1 (the HTTP code path loaded and used).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { GraphStandin } from "../test/helpers/graph-standin.ts";
import { env, NODE, ROOT, table, tempDir } from "./lib.ts";

const ACTION = join(ROOT, "dist", "action", "index.js");
const APP = "100000000000001";

/** A made-up token of the app (the real prefix shape, random characters). */
function madeUpToken(): string {
  const prefix = Buffer.alloc(9);
  prefix[0] = 0x10;
  prefix.writeBigUInt64BE(BigInt(APP) << 2n, 1);
  const body = randomBytes(140)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 170);
  return `${prefix.toString("base64")}${body}ZD`;
}

function timed(args: string[], extra: NodeJS.ProcessEnv): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(NODE, args, { env: { ...env, ...extra }, stdio: "ignore" });
    child.on("close", () => resolve(performance.now() - start));
  });
}

async function median(runs: number, args: string[], extra: NodeJS.ProcessEnv = {}): Promise<number> {
  await timed(args, extra);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(args, extra));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchAction(runs = 15): Promise<string> {
  const token = madeUpToken();
  const now = Math.floor(Date.now() / 1000);
  const scopes = ["whatsapp_business_management", "whatsapp_business_messaging"];
  const graph = await new GraphStandin({
    apps: { [APP]: { secret: randomBytes(16).toString("hex") } },
    tokens: {
      [token]: {
        data: {
          app_id: APP,
          type: "SYSTEM_USER",
          application: "Bench Bot",
          is_valid: true,
          expires_at: 0,
          data_access_expires_at: 0,
          issued_at: now - 10 * 86_400,
          scopes,
          granular_scopes: scopes.map((scope) => ({ scope })),
        },
      },
    },
  }).start();
  const dir = tempDir("action");
  const files = { GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary") };
  writeFileSync(files.GITHUB_OUTPUT, "");
  writeFileSync(files.GITHUB_STEP_SUMMARY, "");
  const runner = { ...files, GITHUB_ACTIONS: "true", RUNNER_TEMP: dir };
  try {
    const bare = await median(runs, ["-e", "0"]);
    const refused = await median(runs, [ACTION], { ...runner, INPUT_TOKEN: " " });
    const verified = await median(runs, [ACTION], {
      ...runner,
      INPUT_TOKEN: token,
      "INPUT_GRAPH-API-URL": graph.url,
      "INPUT_REQUIRED-SCOPES": scopes.join(","),
    });
    const ratio = (ms: number) => `${(ms / bare).toFixed(1)}x`;
    return [
      `Action cold start (median of ${runs} runs)`,
      "",
      table(
        ["run", "time", "vs node -e 0"],
        [
          ["node -e 0", `${bare.toFixed(0)} ms`, "1.0x"],
          ["inputs refused (token is blank)", `${refused.toFixed(0)} ms`, ratio(refused)],
          ["whole verify against the stand-in", `${verified.toFixed(0)} ms`, ratio(verified)],
        ],
      ),
    ].join("\n");
  } finally {
    await graph.stop();
  }
}
