/**
 * `npm run demo`: see what `wa-token-guard verify` reports, without a real token. Starts the Graph
 * API stand-in the tests use (on 127.0.0.1) with three made-up tokens, and checks each with the
 * bundled CLI (npm run build first).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GraphStandin } from "../test/helpers/graph-standin.ts";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli", "index.js");
const APP = "100000000000001";
const DAY = 86_400;
const now = Math.floor(Date.now() / 1000);

/** A made-up token of the app: the real prefix shape, random characters (never a real secret). */
function madeUpToken(): string {
  const prefix = Buffer.alloc(9);
  prefix[0] = 0x10;
  prefix.writeBigUInt64BE(BigInt(APP) << 2n, 1);
  return `${prefix.toString("base64")}${randomBytes(140)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 170)}ZD`;
}

const healthy = madeUpToken();
const apiSetup = madeUpToken();
const expired = madeUpToken();
const scopes = ["whatsapp_business_management", "whatsapp_business_messaging"];
const graph = await new GraphStandin({
  apps: { [APP]: { secret: randomBytes(16).toString("hex") } },
  tokens: {
    [healthy]: {
      data: {
        app_id: APP,
        type: "SYSTEM_USER",
        application: "Demo Bot",
        is_valid: true,
        expires_at: 0,
        data_access_expires_at: 0,
        issued_at: now - 40 * DAY,
        scopes,
        granular_scopes: scopes.map((scope) => ({ scope })),
      },
    },
    [apiSetup]: {
      data: {
        app_id: APP,
        type: "USER",
        application: "Demo Bot",
        is_valid: true,
        expires_at: now + 20 * 3600,
        data_access_expires_at: now + 90 * DAY,
        issued_at: now - 4 * 3600,
        scopes: [...scopes, "public_profile"],
      },
    },
    [expired]: {
      data: {
        app_id: APP,
        type: "SYSTEM_USER",
        application: "Demo Bot",
        is_valid: false,
        expires_at: now - 2 * DAY,
        scopes,
        error: { code: 190, subcode: 463, message: "Error validating access token: Session has expired." },
      },
    },
  },
  phones: {
    "500000000000005": {
      waba: "300000000000003",
      info: {
        display_phone_number: "+1 555-000-1111",
        verified_name: "Demo Support",
        quality_rating: "GREEN",
        status: "CONNECTED",
      },
    },
  },
}).start();

try {
  for (const [title, token] of [
    ["A never-expiring system-user token", healthy],
    ['The 24-hour token from "API Setup"', apiSetup],
    ["An expired token", expired],
  ] as const) {
    console.log(`\n=== ${title}: wa-token-guard verify --phone-number-id 500000000000005\n`);
    // Asynchronously: the stand-in answers from this same process.
    const child = spawn(
      process.execPath,
      [CLI, "verify", "--graph-api-url", graph.url, "--phone-number-id", "500000000000005"],
      {
        env: { ...process.env, WHATSAPP_TOKEN: token, FORCE_COLOR: process.stdout.isTTY ? "1" : "0" },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    const code = await new Promise((resolve) => child.on("close", resolve));
    console.log(`(exit code ${code})`);
  }
} finally {
  await graph.stop();
}
