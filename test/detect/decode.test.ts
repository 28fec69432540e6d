/**
 * The decoding layer, the framework names of the app secret, and credentials in path names:
 * negatives for every positive shape, and hostile input that must stay linear.
 */
import { describe, expect, it } from "vitest";
import { isDotenvPath } from "../../src/detect/dotenv.js";
import { detect } from "../../src/detect/engine.js";
import { dotenvFinding, findingFromDetection, pathFindings } from "../../src/detect/finding.js";
import { printable, safePath } from "../../src/detect/paths.js";
import { fingerprint, redact } from "../../src/detect/redact.js";
import { scrub } from "../../src/detect/scrub.js";
import { deeplyEncodedPositives } from "../helpers/positives.js";
import { accessToken, appSecret, randomChars, rng, TEST_APP_ID } from "../helpers/tokens.js";

const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");
const token = accessToken();
const secret = appSecret();

describe("decoding: more positives", () => {
  for (const c of deeplyEncodedPositives()) {
    it(`finds the ${c.rule} in ${c.name}`, () => {
      expect(detect(c.text)).toEqual([
        expect.objectContaining({
          rule: c.rule,
          line: c.line,
          column: c.column,
          encoding: c.encoding,
          secret: c.secret,
        }),
      ]);
    });
  }

  it("reports the decoded secret: the same fingerprint whichever form it was found in", () => {
    const plain = detect(`T=${token}`)[0]!;
    const encoded = detect(`T: ${b64(token)}`)[0]!;
    const percent = detect(`u=/x%3Ft%3D${token}%26a`)[0]!;
    expect(encoded.secret).toBe(plain.secret);
    expect(percent.secret).toBe(plain.secret);
    const app = `${TEST_APP_ID}|${secret}`;
    expect(detect(`a=${TEST_APP_ID}%7C${secret}`)[0]!.secret).toBe(app);
    expect(detect(`a=${app}`)[0]!.secret).toBe(app);
  });

  it("a plain token inside a percent-encoded URL is reported once, where it is", () => {
    const found = detect(`GET /me?access_token=${token}&next=%2Fhome%3Fa%3D1 HTTP/1.1`);
    expect(found).toEqual([expect.objectContaining({ column: 22 })]);
    expect(found[0]!.encoding).toBeUndefined();
  });

  it("a whole .env in base64 reports each credential at the segment, once each", () => {
    const dotenv = `WHATSAPP_TOKEN=${token}\nMETA_APP_SECRET=${secret}\n`;
    const found = detect(`ENV=${b64(dotenv)}`);
    expect(found.map((d) => [d.rule, d.line, d.column, d.encoding])).toEqual([
      ["meta-access-token", 1, 5, "base64"],
      ["meta-app-secret", 1, 5, "base64"],
    ]);
  });

  it("honours the allow comment on the encoded segment's line", () => {
    expect(detect(`T: ${b64(token)} # wa-token-guard:allow`)).toEqual([]);
  });

  it("base64 wrapped over lines (`base64` at 76 columns, PEM at 64, indented in YAML)", () => {
    const dotenv = `# a comment line long enough to wrap\nWHATSAPP_TOKEN=${token}\n`;
    const wrapped = b64(dotenv).replace(/.{76}/g, "$&\n");
    expect(detect(`${wrapped}\n`)).toEqual([expect.objectContaining({ secret: token, line: 1, column: 1 })]);
    const yaml = `data: |\n${b64(dotenv).replace(/.{64}/g, "$&\n").replace(/^/gm, "    ")}\n`;
    expect(detect(yaml)).toEqual([expect.objectContaining({ secret: token, line: 2, column: 5 })]);
  });

  it("base64 wrapped at any width from 43 to 120, a multiple of 4 or not (`fold -w 70`, textwrap, 50)", () => {
    const dotenv = `# bot settings\nWHATSAPP_TOKEN=${token}\nPHONE=1\n`;
    for (const width of [43, 50, 63, 70, 71, 72, 80, 99, 120]) {
      const wrapped = b64(dotenv).replace(new RegExp(`.{${width}}`, "g"), "$&\n");
      const found = detect(`${wrapped}\n`).map((d) => d.secret === token);
      expect(found, `width ${width}`).toEqual([true]);
      const keyed = `data: ${b64(dotenv).replace(new RegExp(`.{${width}}`, "g"), "$&\n  ")}\n`;
      expect(
        detect(keyed).map((d) => d.secret === token),
        `key: at ${width}`,
      ).toEqual([true]);
    }
  });

  it("lines of the same width that are separate values are each decoded, not joined into garbage", () => {
    const other = appSecret();
    // Two .env texts whose base64 is 70 characters without padding (not a multiple of 4), one per line.
    const a = b64(`# a\nMETA_APP_SECRET=${secret}`).replace(/=+$/, "");
    const b = b64(`# b\nMETA_APP_SECRET=${other}`).replace(/=+$/, "");
    expect([a.length, b.length]).toEqual([70, 70]);
    const found = detect(`${a}\n${b}\n`).map((d) => d.secret);
    expect(found.includes(secret)).toBe(true);
    expect(found.includes(other)).toBe(true);
  });
});

describe("decoding: negatives", () => {
  const random = rng(42);
  const bytes = Buffer.from(Array.from({ length: 300 }, () => Math.floor(random() * 256)));
  const NEGATIVES: Record<string, string> = {
    "uppercase hex digest (SHA512SUMS)": `EAA${randomChars(125, "0123456789ABCDEF")}  wa-token-guard-0.1.0.tgz`,
    "uppercase hex after a key": `checksum=EAA${randomChars(125, "0123456789ABCDEF")}`,
    "Square EAAA access token (64 characters)": `SQUARE_ACCESS_TOKEN=EAAA${randomChars(60)}`,
    "base64 of prose": `note: ${b64("The quick brown fox jumps over the lazy dog, again and again and again.")}`,
    "base64 of a placeholder token": `token: ${b64(`WHATSAPP_TOKEN=EAA${"x".repeat(120)}`)}`,
    "base64 of a placeholder app secret": `META_APP_SECRET: ${b64("0".repeat(32))}`,
    "base64 of binary": `blob: ${b64(bytes)}`,
    "data URI image": `<img src="data:image/png;base64,${b64(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), bytes]))}">`,
    "lockfile integrity": `"integrity": "sha512-${b64(bytes.subarray(0, 64))}"`,
    "base64 of a bare 32-hex value": `checksum: ${b64(secret)}`,
    "percent-encoded URL without a token": `GET /search?q=${encodeURIComponent("what is an access_token? a string & more")} 200`,
    JWT_SECRET: `JWT_SECRET=${secret}`,
    GOOGLE_SECRET: `GOOGLE_SECRET=${secret}`,
    SECRET_KEY: `SECRET_KEY=${secret}`,
    "bare secret key": `secret: ${secret}`,
    "secret nested under google": `google:\n  client_id: 123\n  secret: ${secret}\n`,
    "secret nested under stripe (JSON)": `{"stripe": {"secret": "${secret}"}}`,
    "facebook key too far up": `facebook:\n  a: 1\n${"  b: 2\n".repeat(8)}other:\n  secret: ${secret}\n`,
    "omniauth for another provider": `provider :github, "${TEST_APP_ID}", "${secret}"`,
    "Meta client token": `FACEBOOK_CLIENT_TOKEN=${secret}`,
  };
  for (const [name, text] of Object.entries(NEGATIVES)) {
    it(`ignores ${name}`, () => expect(detect(text)).toEqual([]));
  }
});

describe("paths", () => {
  it("finds a token used as a file name, and never prints it", () => {
    const path = `cache/${token}.json`;
    const [finding] = pathFindings(path, path, []);
    expect(finding).toMatchObject({
      rule: "meta-access-token",
      line: 0,
      column: 0,
      fingerprint: fingerprint(token),
    });
    expect(finding!.file).toBe(`cache/${redact(token)}.json`);
    expect(JSON.stringify(finding)).not.toContain(token);
    expect(pathFindings("src/index.ts", "src/index.ts", [])).toEqual([]);
  });

  it("every finding's file is printable: credentials redacted, control characters escaped", () => {
    const [detection] = detect(`t=${token}`);
    const finding = findingFromDetection(detection!, `logs/${token}/\u001b[31mred\u0007.txt`, []);
    expect(finding.file).toBe(`logs/${redact(token)}/\u001b[31mred\u0007.txt`);
    expect(printable(finding.file)).toBe(`logs/${redact(token)}/\\x1b[31mred\\x07.txt`);
    expect(safePath("a\u202eb\u0085c")).toBe("a\\u202eb\\x85c");
    expect(dotenvFinding(`${token}/.env`, `${token}/.env`).file).not.toContain(token);
  });

  it("error messages lose a token in a path", () => {
    expect(scrub(`cannot read cache/${token}.json: EACCES`)).toBe(
      `cannot read cache/${redact(token)}.json: EACCES`,
    );
  });

  it("dotenv-file: any case, and the fingerprint hashes the repository path, not the shown one", () => {
    for (const path of [".ENV", "app/.Env.production", "x/.ENV.LOCAL"])
      expect(isDotenvPath(path), path).toBe(true);
    expect(isDotenvPath(".ENV.EXAMPLE")).toBe(false);
    expect(dotenvFinding("../.env", ".env").fingerprint).toBe(dotenvFinding(".env", ".env").fingerprint);
    expect(dotenvFinding(".env", "app/.env").fingerprint).not.toBe(dotenvFinding(".env", ".env").fingerprint);
  });
});
