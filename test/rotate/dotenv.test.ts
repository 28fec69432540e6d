/** The .env rewrite: only the token's values change, whatever the file looks like. */
import { describe, expect, it } from "vitest";
import { replaceDotenvToken } from "../../src/cli/dotenv.js";
import { randomChars } from "../helpers/tokens.js";

const OLD = randomChars(40);
const NEW = randomChars(44);

const replace = (text: string, name: string, value: string) =>
  replaceDotenvToken(text, name, OLD, value).text;

describe("replaceDotenvToken", () => {
  it.each([
    ["plain", `A=1\nWHATSAPP_TOKEN=${OLD}\nB=2\n`, `A=1\nWHATSAPP_TOKEN=${NEW}\nB=2\n`],
    ["CRLF", `A=1\r\nWHATSAPP_TOKEN=${OLD}\r\nB=2\r\n`, `A=1\r\nWHATSAPP_TOKEN=${NEW}\r\nB=2\r\n`],
    ["double quotes", `WHATSAPP_TOKEN="${OLD}"\n`, `WHATSAPP_TOKEN="${NEW}"\n`],
    ["single quotes", `WHATSAPP_TOKEN='${OLD}'\n`, `WHATSAPP_TOKEN='${NEW}'\n`],
    ["export", `export WHATSAPP_TOKEN=${OLD}\n`, `export WHATSAPP_TOKEN=${NEW}\n`],
    [
      "spaces and a trailing comment",
      `  WHATSAPP_TOKEN = ${OLD}  # rotated by CI\n`,
      `  WHATSAPP_TOKEN = ${NEW}  # rotated by CI\n`,
    ],
    ["quoted with a comment", `WHATSAPP_TOKEN="${OLD}" # bot\n`, `WHATSAPP_TOKEN="${NEW}" # bot\n`],
    ["last line without newline", `# bot\nA=1\nWHATSAPP_TOKEN=${OLD}`, `# bot\nA=1\nWHATSAPP_TOKEN=${NEW}`],
    ["CRLF, last line without newline", `A=1\r\nWHATSAPP_TOKEN=${OLD}`, `A=1\r\nWHATSAPP_TOKEN=${NEW}`],
    [
      "the last of two assignments (the one that counts)",
      `WHATSAPP_TOKEN=stale\n# WHATSAPP_TOKEN=${OLD}\nWHATSAPP_TOKEN=${OLD}\n`,
      `WHATSAPP_TOKEN=stale\n# WHATSAPP_TOKEN=${OLD}\nWHATSAPP_TOKEN=${NEW}\n`,
    ],
  ])("%s", (_name, before, after) => {
    expect(replace(before, "WHATSAPP_TOKEN", NEW) === after).toBe(true);
  });

  it("rewrites every variable and duplicate line holding the old token, and names them; leaves other values alone", () => {
    const text = `WHATSAPP_TOKEN_OLD=unrelated\nWHATSAPP_ACCESS_TOKEN="${OLD}"\nWHATSAPP_TOKEN=${OLD}\nA=1\nWHATSAPP_TOKEN=${OLD} # again\n`;
    const result = replaceDotenvToken(text, "WHATSAPP_TOKEN", OLD, NEW);
    const expected = `WHATSAPP_TOKEN_OLD=unrelated\nWHATSAPP_ACCESS_TOKEN="${NEW}"\nWHATSAPP_TOKEN=${NEW}\nA=1\nWHATSAPP_TOKEN=${NEW} # again\n`;
    expect(result.text === expected).toBe(true);
    expect(result.keys).toEqual(["WHATSAPP_ACCESS_TOKEN", "WHATSAPP_TOKEN"]);
  });

  it("keeps a leading byte order mark", () => {
    const result = replace(`\uFEFFWHATSAPP_TOKEN=${OLD}\nA=1\n`, "WHATSAPP_TOKEN", NEW);
    expect(result === `\uFEFFWHATSAPP_TOKEN=${NEW}\nA=1\n`).toBe(true);
  });

  it("refuses what it cannot rewrite without touching anything else", () => {
    expect(() => replace("A=1\n", "WHATSAPP_TOKEN", NEW)).toThrow("no line that sets WHATSAPP_TOKEN");
    expect(() => replace(`WHATSAPP_TOKEN="${OLD}\nmore"\n`, "WHATSAPP_TOKEN", NEW)).toThrow(
      "spans several lines",
    );
    expect(() => replace(`WHATSAPP_TOKEN=${OLD}\n`, "WHATSAPP_TOKEN", 'a"b')).toThrow("cannot hold");
    expect(() => replace(`WHATSAPP_TOKEN=${OLD}\nAUTH="Bearer ${OLD}"\n`, "WHATSAPP_TOKEN", NEW)).toThrow(
      "AUTH in .env holds the old token inside a longer value",
    );
  });
});
