/**
 * Where the scan cuts a file, and where a commit changes only part of an encoded run, a credential
 * must still be found and still count as new. Both passed a real `git commit` (hostile test):
 * - a large file is scanned in segments of about 256 KiB cut at line ends; a wrapped base64 run or
 *   the key a few lines above an app secret, cut there, were never read together;
 * - a line appended to a base64'd `.env` leaves the run's first line, where the decoded token is
 *   reported, unchanged, so `scan --staged` took the token for one already in HEAD.
 */
import { afterAll, describe, expect, it } from "vitest";
import { detectInBuffer } from "../../src/scan/content.js";
import { cleanupHomes, hookTest } from "../helpers/repo.js";
import { accessToken, appSecret, randomChars } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const SEGMENT = 256 * 1024;
/** Decoded bytes before the token so that its base64 (76 columns) starts `before` bytes before the cut. */
const leadFor = (before: number) => {
  const at = SEGMENT - before;
  return Math.floor(at / 77) * 57 + Math.floor(((at % 77) * 3) / 4);
};
const wrap = (bytes: Buffer, width = 76) =>
  `${bytes
    .toString("base64")
    .replace(new RegExp(`.{${width}}`, "g"), "$&\n")
    .trimEnd()}\n`;
/** Plain filler lines, `bytes` long in all. */
const filler = (bytes: number) => {
  const line = `${"lorem ipsum dolor sit amet ".repeat(3).trim()}\n`;
  return line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes - 1) + "\n";
};
const found = (text: string) => {
  const result = detectInBuffer(Buffer.from(text));
  if (result.binary) throw new Error("binary");
  return result.detections;
};

describe("a credential at a segment cut", () => {
  it("a wrapped base64 run across the cut: found once, wherever the token falls", () => {
    for (const before of [10, 40, 92, 200, 400]) {
      const token = accessToken();
      const lead = leadFor(before);
      const decoded = Buffer.concat([
        Buffer.from(randomChars(lead)),
        Buffer.from(` token=${token} `),
        Buffer.from(randomChars(100_000)),
      ]);
      const detections = found(wrap(decoded));
      expect(
        detections.filter((detection) => detection.secret === token),
        `${before}`,
      ).toHaveLength(1);
    }
  });

  it("an app secret whose enclosing key is the last line before the cut", () => {
    const secret = appSecret();
    for (const pad of [0, 1, 2, 3]) {
      const head = filler(SEGMENT - 30 - pad);
      const text = `${head}facebook:\n  secret: ${secret}\n${filler(50_000)}`;
      expect(found(text).map((detection) => detection.secret)).toEqual([secret]);
    }
  });

  it("an app secret whose key is above the cut, on a line too long for a whole-line seam", () => {
    // The secret's own line runs on for 70,000 characters: the seam cannot end at a line break.
    const secret = appSecret();
    for (const pad of [0, 7, 40]) {
      const head = filler(SEGMENT - 40 - pad);
      const text = `${head}production:\n  facebook:\n    secret: ${secret} # ${"x ".repeat(35_000)}\n`;
      const detections = found(text);
      expect(
        detections.map((detection) => detection.secret),
        `${pad}`,
      ).toEqual([secret]);
      expect(detections[0]!.line).toBe(head.split("\n").length + 2);
    }
  });

  it("an enclosing key at the end of a line over 4 KiB, just before the cut, and its secret after it", () => {
    const secret = appSecret();
    for (const end of ["\n", "\r\n"]) {
      for (const pad of [0, 9, 30]) {
        const long = `// ${"x".repeat(4100)} facebook app${end}`;
        const head = filler(SEGMENT - long.length - pad) + long;
        const text = `${head}client_secret = "${secret}"${" ".repeat(300_000)}# end${end}`;
        const detections = found(text);
        expect(
          detections.map((detection) => detection.secret),
          `${JSON.stringify(end)} ${pad}`,
        ).toEqual([secret]);
      }
    }
    const nested = `{"pad":"${"x".repeat(5000)}", "facebook": {\n`;
    const text = `${filler(SEGMENT - nested.length - 3)}${nested}"secret": "${secret}"${" ".repeat(300_000)}}}\n`;
    expect(found(text).map((detection) => detection.secret)).toEqual([secret]);
  });

  it("a line over 32 MiB cut inside: the key before the cut and the secret after it are read together", () => {
    const secret = appSecret();
    const cut = 32 * 1024 * 1024;
    for (const [key, into] of [
      ["META_APP_SECRET=", 5],
      ['{"app_secret": "', 12],
    ] as const) {
      // Spaces, then the key, with the 32 MiB mark `into` characters into the secret.
      const spaces = cut - key.length - into;
      const text = `${" ".repeat(spaces)}${key}${secret}${key.startsWith("{") ? '"}' : ""}\n`;
      const detections = found(text);
      expect(detections.map((detection) => detection.secret)).toEqual([secret]);
      expect(detections[0]).toMatchObject({ line: 1, column: spaces + key.length + 1 });
    }
  });

  it("a plain token just after the cut is reported once, on its true line and column", () => {
    const token = accessToken();
    for (const at of [SEGMENT - 100, SEGMENT - 10, SEGMENT + 10, SEGMENT + 5000]) {
      const head = filler(at);
      const lines = head.split("\n").length;
      const detections = found(`${head}  WHATSAPP_TOKEN=${token}\n${filler(20_000)}`);
      expect(
        detections.map(({ line, column }) => ({ line, column })),
        `${at}`,
      ).toEqual([{ line: lines, column: 18 }]);
    }
  });

  it("CRLF and CR-only line ends: the overlap starts at a line start, numbers stay true", () => {
    const token = accessToken();
    for (const end of ["\r\n", "\r"]) {
      const head = filler(SEGMENT - 50).replaceAll("\n", end);
      const lines = head.split(end).length;
      const detections = found(`${head}WHATSAPP_TOKEN=${token}${end}${filler(9000).replaceAll("\n", end)}`);
      expect(
        detections.map(({ line }) => line),
        JSON.stringify(end),
      ).toEqual([lines]);
    }
  });
});

describe("real commits", () => {
  const { newToken, guardedRepo, expectBlocked } = hookTest();

  it("a token line appended to a base64'd .env that is already committed is blocked", () => {
    const repo = guardedRepo();
    const env = "APP_NAME=whatsapp-bot\nLOG_LEVEL=info\nPORT=8080\nPHONE_NUMBER_ID=123456789012345\n";
    repo.write("env.b64", wrap(Buffer.from(env))).gitOk("add", ".");
    repo.commitNoVerify("bundle");
    repo.write("env.b64", wrap(Buffer.from(`${env}WHATSAPP_TOKEN=${newToken()}\n`))).gitOk("add", ".");
    expectBlocked(repo.commit(), /env\.b64:1/);
  });

  it("... and an unrelated edit of a file whose base64 already held the token passes", () => {
    const repo = guardedRepo();
    const token = newToken();
    repo.write("env.b64", wrap(Buffer.from(`WHATSAPP_TOKEN=${token}\nPORT=8080\n`))).gitOk("add", ".");
    repo.write("notes.txt", "one\n").gitOk("add", ".");
    repo.commitNoVerify("already there");
    repo.write("env.b64", wrap(Buffer.from(`WHATSAPP_TOKEN=${token}\nPORT=9090\n`))).gitOk("add", ".");
    const result = repo.commit();
    expect(result.code, result.all).toBe(0);
  });

  it("a large wrapped base64 file whose token straddles the scan's cut is blocked", () => {
    const repo = guardedRepo();
    for (const before of [10, 92, 200, 400]) {
      const decoded = Buffer.concat([
        Buffer.from(randomChars(leadFor(before))),
        Buffer.from(` token=${newToken()} `),
        Buffer.from(randomChars(100_000)),
      ]);
      repo.write(`blob-${before}.b64`, wrap(decoded)).gitOk("add", `blob-${before}.b64`);
      expectBlocked(repo.commit(), new RegExp(`blob-${before}\\.b64`));
      repo.gitOk("rm", "-q", "--cached", `blob-${before}.b64`);
    }
  });
});

describe("old Mac line ends (a lone CR)", () => {
  const { newToken, guardedRepo, expectBlocked } = hookTest();

  it("a token already in HEAD is not reported again on an unrelated edit; a new one is", () => {
    const repo = guardedRepo();
    const token = newToken();
    repo.write("old.cfg", `name=bot\rWHATSAPP_TOKEN=${token}\rport=1\r`).gitOk("add", ".");
    repo.commitNoVerify("old mac");
    repo.write("old.cfg", `name=bot\rWHATSAPP_TOKEN=${token}\rport=2\r`).gitOk("add", ".");
    const result = repo.commit();
    expect(result.code, result.all).toBe(0);
    repo
      .write("old.cfg", `name=bot\rWHATSAPP_TOKEN=${token}\rport=2\rOTHER=${newToken()}\r`)
      .gitOk("add", ".");
    expectBlocked(repo.commit(), /old\.cfg:4/);
  });
});
