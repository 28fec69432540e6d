/** The .env rewrite: only the token's value changes, whatever the file looks like. */
import { describe, expect, it } from "vitest";
import { replaceDotenvValue } from "../../src/cli/dotenv.js";
import { randomChars } from "../helpers/tokens.js";

const OLD = randomChars(40);
const NEW = randomChars(44);

describe("replaceDotenvValue", () => {
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
    expect(replaceDotenvValue(before, "WHATSAPP_TOKEN", NEW)).toBe(after);
  });

  it("leaves similar names alone", () => {
    const text = `WHATSAPP_TOKEN_OLD=${OLD}\nMY_WHATSAPP_TOKEN=${OLD}\nWHATSAPP_TOKEN=${OLD}\n`;
    expect(replaceDotenvValue(text, "WHATSAPP_TOKEN", NEW)).toBe(
      `WHATSAPP_TOKEN_OLD=${OLD}\nMY_WHATSAPP_TOKEN=${OLD}\nWHATSAPP_TOKEN=${NEW}\n`,
    );
  });

  it("refuses what it cannot rewrite without touching anything else", () => {
    expect(() => replaceDotenvValue("A=1\n", "WHATSAPP_TOKEN", NEW)).toThrow(
      "no line that sets WHATSAPP_TOKEN",
    );
    expect(() => replaceDotenvValue(`WHATSAPP_TOKEN="${OLD}\nmore"\n`, "WHATSAPP_TOKEN", NEW)).toThrow(
      "spans several lines",
    );
    expect(() => replaceDotenvValue(`WHATSAPP_TOKEN=${OLD}\n`, "WHATSAPP_TOKEN", 'a"b')).toThrow(
      "cannot hold",
    );
  });
});
