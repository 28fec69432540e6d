/**
 * The hook's shell fast path must never pass what the full scan blocks. Each case here was a real
 * `git commit` that went through while `scan --staged` would have blocked it: base64 wrapped so
 * that the hint is cut by a line break, a binary file turned text around an unchanged token line,
 * a line appended to a UTF-16 file, and git's switch that turns pathspec magic off.
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, hookTest, run } from "../helpers/repo.js";
import { appSecret } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const { newToken, guardedRepo, expectBlocked } = hookTest();
const wrap = (text: string, width: number) =>
  `${Buffer.from(text)
    .toString("base64")
    .replace(new RegExp(`.{${width}}`, "g"), "$&\n")}\n`;

describe("hook fast path: what the scan finds, a commit cannot pass", () => {
  it("wrapped base64 (76 and 64 columns), the credential at every offset around the wrap", () => {
    const repo = guardedRepo();
    const token = newToken();
    const secret = appSecret();
    let file = 0;
    for (const width of [76, 64]) {
      for (let offset = 40; offset <= 64; offset += 3) {
        const pad = "x".repeat(offset);
        for (const line of [`${pad} ${token}\n`, `${pad}META_APP_SECRET=${secret}\n`]) {
          repo.write(`wrapped/${file++}.txt`, `  ${wrap(`${line}end of the note\n`, width).trimEnd()}\n`);
          repo.gitOk("add", ".");
          expectBlocked(repo.commit());
          repo.gitOk("reset", "-q");
          repo.gitOk("clean", "-fdq");
        }
      }
    }
  });

  it("a file committed as binary, now text around the same token line", () => {
    const repo = guardedRepo();
    const token = newToken();
    repo.write("data.cfg", `head\0er\nWHATSAPP_TOKEN=${token}\nmore\n`).gitOk("add", ".");
    repo.commitNoVerify("binary");
    repo.write("data.cfg", `header\nWHATSAPP_TOKEN=${token}\nmore\n`).gitOk("add", ".");
    expectBlocked(repo.commit(), /data\.cfg:2/);
  });

  it("a token line appended to a UTF-16 file (its byte order mark on an unchanged line)", () => {
    const repo = guardedRepo();
    const bom = Buffer.from([0xff, 0xfe]);
    const clean = Buffer.concat([bom, Buffer.from("# settings\r\nname=bot\r\n", "utf16le")]);
    repo.write("settings.txt", clean).gitOk("add", ".");
    repo.commitNoVerify("utf16");
    repo.write("settings.txt", Buffer.concat([clean, Buffer.from(`token=${newToken()}\r\n`, "utf16le")]));
    repo.gitOk("add", ".");
    expectBlocked(repo.commit(), /settings\.txt:3/);
  });

  it("GIT_LITERAL_PATHSPECS=1 (and its siblings) cannot turn the exclusion of a large binary into 'look at nothing'", () => {
    for (const variable of ["GIT_LITERAL_PATHSPECS", "GIT_ICASE_PATHSPECS", "GIT_NOGLOB_PATHSPECS"]) {
      const repo = guardedRepo();
      const photo = randomBytes(1_200_000);
      photo[10] = 0;
      repo.write("photo.bin", photo).write("bot.cfg", `WHATSAPP_TOKEN=${newToken()}\n`).gitOk("add", ".");
      const result = run("git", ["commit", "-q", "-m", "photo"], repo.dir, { ...repo.env, [variable]: "1" });
      expectBlocked(result, /bot\.cfg:1/);
      // The full scan, given file names as the pre-commit framework gives them, too.
      const named = repo.cli(["scan", "--staged", "--", "bot.cfg"], repo.dir, { [variable]: "1" });
      expect(named.code, variable).toBe(1);
    }
  });

  it("GREP_OPTIONS=-v (read by older greps) cannot turn the hook's hints into misses", () => {
    const repo = guardedRepo();
    repo.write("bot.cfg", `WHATSAPP_TOKEN=${newToken()}\n`).gitOk("add", ".");
    const result = run("git", ["commit", "-q", "-m", "grep"], repo.dir, { ...repo.env, GREP_OPTIONS: "-v" });
    expectBlocked(result, /bot\.cfg:1/);
  });

  describe("attributes that make git call a file text (diff set, or a driver with binary = false)", () => {
    const ways: [string, (repo: ReturnType<typeof guardedRepo>) => void][] = [
      [
        "`* diff` in a committed .gitattributes",
        (repo) => {
          repo.write(".gitattributes", "* diff\n").gitOk("add", ".gitattributes");
          repo.commitNoVerify("attributes");
        },
      ],
      [
        "`* diff` in ~/.gitconfig's core.attributesFile",
        (repo) => {
          const home = repo.env.HOME!;
          writeFileSync(join(home, "attrs"), "* diff\n");
          appendFileSync(join(home, ".gitconfig"), `[core]\n\tattributesFile = ${join(home, "attrs")}\n`);
        },
      ],
      [
        "`* diff` in .git/info/attributes",
        (repo) => {
          writeFileSync(join(repo.dir, ".git", "info", "attributes"), "* diff\n");
        },
      ],
      ...["unset", "unspecified"].map((driver): [string, (repo: ReturnType<typeof guardedRepo>) => void] => [
        `a driver named "${driver}" whose binary is false`,
        (repo) => {
          repo.write(".gitattributes", `* diff=${driver}\n`).gitOk("add", ".gitattributes");
          repo.commitNoVerify("attributes");
          repo.gitOk("config", `diff.${driver}.binary`, "false");
        },
      ]),
      [
        "a driver whose diff.<name>.binary is false",
        (repo) => {
          repo.write(".gitattributes", "* diff=plain\n").gitOk("add", ".gitattributes");
          repo.commitNoVerify("attributes");
          repo.gitOk("config", "diff.plain.binary", "false");
        },
      ],
      [
        "binary = false beside another driver's `binary = auto` (which a typed config read refuses)",
        (repo) => {
          repo.write(".gitattributes", "* diff=plain\n").gitOk("add", ".gitattributes");
          repo.commitNoVerify("attributes");
          repo.gitOk("config", "diff.aaa.binary", "auto");
          repo.gitOk("config", "diff.plain.binary", "false");
        },
      ],
      [
        "binary = No, from a file that ~/.gitconfig includes",
        (repo) => {
          const home = repo.env.HOME!;
          writeFileSync(join(home, "drivers"), '[diff "plain"]\n\tbinary = No\n');
          appendFileSync(join(home, ".gitconfig"), `[include]\n\tpath = ${join(home, "drivers")}\n`);
          repo.write(".gitattributes", "* diff=plain\n").gitOk("add", ".gitattributes");
          repo.commitNoVerify("attributes");
        },
      ],
      [
        "binary = 0, from GIT_CONFIG_COUNT variables",
        (repo) => {
          Object.assign(repo.env, {
            GIT_CONFIG_COUNT: "1",
            GIT_CONFIG_KEY_0: "diff.plain.binary",
            GIT_CONFIG_VALUE_0: "0",
          });
          repo.write(".gitattributes", "* diff=plain\n").gitOk("add", ".gitattributes");
          repo.commitNoVerify("attributes");
        },
      ],
    ];
    for (const [name, setUp] of ways) {
      it(`${name}: a token line appended to a UTF-16 file, and a binary file turned text`, () => {
        const repo = guardedRepo();
        setUp(repo);
        const bom = Buffer.from([0xff, 0xfe]);
        const clean = Buffer.concat([bom, Buffer.from("# settings\r\nname=bot\r\n", "utf16le")]);
        const token = newToken();
        repo.write("settings.txt", clean).write("data.cfg", `head\0er\nWHATSAPP_TOKEN=${token}\n`);
        repo.gitOk("add", ".");
        repo.commitNoVerify("files");
        repo.write("settings.txt", Buffer.concat([clean, Buffer.from(`token=${newToken()}\r\n`, "utf16le")]));
        repo.gitOk("add", "settings.txt");
        expectBlocked(repo.commit(), /settings\.txt:3/);
        repo.gitOk("reset", "-q", "--hard");
        repo.write("data.cfg", `header\nWHATSAPP_TOKEN=${token}\n`).gitOk("add", "data.cfg");
        expectBlocked(repo.commit(), /data\.cfg:2/);
      });
    }
  });

  it("a token line added below the first line of a UTF-16 file with no NUL in its first 8000 bytes", () => {
    const repo = guardedRepo();
    const head = `\ufeff${"\u4e2d".repeat(4100)}\nhello\n`;
    repo.write("notes.txt", Buffer.from(head, "utf16le")).gitOk("add", ".");
    repo.commitNoVerify("utf16");
    repo.write("notes.txt", Buffer.from(`${head}token=${newToken()}\n`, "utf16le")).gitOk("add", ".");
    expectBlocked(repo.commit(), /notes\.txt:3/);
  });
});
