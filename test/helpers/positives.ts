/**
 * Credentials in every kind of file, and exactly where they must be found. Shared by the engine
 * tests and the test that keeps the hook's fast-path pattern a superset of the engine.
 */
import { accessToken, appSecret, appToken, issuedAppToken, TEST_APP_ID } from "./tokens.js";

export interface Positive {
  name: string;
  text: string;
  /** The secret as reported (decoded, when it was found encoded); "" when not checked. */
  secret: string;
  line: number;
  column: number;
  rule: string;
  encoding?: "base64" | "percent";
}

/** Line and column (1-based) of the first `needle` in `text`. */
function where(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`${needle.slice(0, 20)} not in the text`);
  const before = text.slice(0, index);
  return { line: before.split("\n").length, column: index - before.lastIndexOf("\n") };
}

const b64 = (text: string) => Buffer.from(text).toString("base64");
const b64url = (text: string) => Buffer.from(text).toString("base64url");

/** A case whose credential sits at `needle` (an encoded segment, or the secret itself). */
function at(
  name: string,
  text: string,
  needle: string,
  rule: string,
  secret: string,
  encoding?: "base64" | "percent",
): Positive {
  return { name, text, secret, rule, ...where(text, needle), ...(encoding && { encoding }) };
}

const token = accessToken();
const secret = appSecret();
const app = appToken();

/** Each case: file content, and where the credential must be found. */
export const POSITIVES: Positive[] = [
  {
    name: "env",
    text: `WHATSAPP_TOKEN=${token}\n`,
    secret: token,
    line: 1,
    column: 16,
    rule: "meta-access-token",
  },
  {
    name: "env, key without keyword",
    text: `A=1\nWA_BEARER=${token}`,
    secret: token,
    line: 2,
    column: 11,
    rule: "meta-access-token",
  },
  {
    name: "env quoted",
    text: `export TOKEN="${token}"\n`,
    secret: token,
    line: 1,
    column: 15,
    rule: "meta-access-token",
  },
  {
    name: "JSON",
    text: `{\n  "t": "${token}"\n}`,
    secret: token,
    line: 2,
    column: 9,
    rule: "meta-access-token",
  },
  {
    name: "YAML",
    text: `env:\n  token: ${token}\n`,
    secret: token,
    line: 2,
    column: 10,
    rule: "meta-access-token",
  },
  {
    name: "TS backticks",
    text: `const token = \`${token}\`;`,
    secret: token,
    line: 1,
    column: 16,
    rule: "meta-access-token",
  },
  {
    name: "TS bearer",
    text: `headers: { Authorization: \`Bearer ${token}\` }`,
    secret: token,
    line: 1,
    column: 35,
    rule: "meta-access-token",
  },
  {
    name: "Python",
    text: `import os\nTOKEN = '${token}'\n`,
    secret: token,
    line: 2,
    column: 10,
    rule: "meta-access-token",
  },
  {
    name: "Go",
    text: `package main\n\nconst token = "${token}"\n`,
    secret: token,
    line: 3,
    column: 16,
    rule: "meta-access-token",
  },
  {
    name: "PHP",
    text: `<?php\n$token = "${token}";\n`,
    secret: token,
    line: 2,
    column: 11,
    rule: "meta-access-token",
  },
  {
    name: "shell curl",
    text: `curl -H "Authorization: Bearer ${token}" https://graph.facebook.com/v26.0/me`,
    secret: token,
    line: 1,
    column: 32,
    rule: "meta-access-token",
  },
  {
    name: "URL query",
    text: `GET /v26.0/123/messages?access_token=${token}&x=1`,
    secret: token,
    line: 1,
    column: 38,
    rule: "meta-access-token",
  },
  {
    name: "Markdown",
    text: `# Setup\n\nUse \`${token}\` as the token.`,
    secret: token,
    line: 3,
    column: 6,
    rule: "meta-access-token",
  },
  {
    name: "Jupyter",
    text: `{"cells":[{"source":["token = \\"${token}\\"\\n"]}]}`,
    secret: token,
    line: 1,
    column: 33,
    rule: "meta-access-token",
  },
  {
    name: "JSON escaped newline",
    text: `{"s":"line\\n${token}"}`,
    secret: token,
    line: 1,
    column: 13,
    rule: "meta-access-token",
  },
  {
    name: "Dockerfile",
    text: `FROM node:24\nENV WHATSAPP_TOKEN ${token}\n`,
    secret: token,
    line: 2,
    column: 20,
    rule: "meta-access-token",
  },
  {
    name: "CSV",
    text: `name,token\nbot,${token}\n`,
    secret: token,
    line: 2,
    column: 5,
    rule: "meta-access-token",
  },
  {
    name: "XML",
    text: `<config>\n  <token>${token}</token>\n</config>`,
    secret: token,
    line: 2,
    column: 10,
    rule: "meta-access-token",
  },
  {
    name: "CRLF",
    text: `A=1\r\nTOKEN=${token}\r\nB=2\r\n`,
    secret: token,
    line: 2,
    column: 7,
    rule: "meta-access-token",
  },
  {
    name: "minified",
    text: `${"var a=1;".repeat(2000)}fetch(u,{headers:{a:"Bearer ${token}"}});`,
    secret: token,
    line: 1,
    column: 16000 + 29,
    rule: "meta-access-token",
  },
  {
    name: "end of file, no newline",
    text: `x\n${token}`,
    secret: token,
    line: 2,
    column: 1,
    rule: "meta-access-token",
  },
  {
    name: "app token",
    text: `META_APP_TOKEN=${app}\n`,
    secret: app,
    line: 1,
    column: 16,
    rule: "meta-app-token",
  },
  {
    name: "app token URL-encoded",
    text: `?access_token=${app.replace("|", "%7C")}&a=1`,
    secret: app,
    line: 1,
    column: 15,
    rule: "meta-app-token",
  },
  {
    name: "app token lower %7c",
    text: `t=${app.replace("|", "%7c")}`,
    secret: app,
    line: 1,
    column: 3,
    rule: "meta-app-token",
  },
  {
    name: "issued app token",
    text: `APP_TOKEN="${issuedAppToken()}"`,
    secret: "",
    line: 1,
    column: 12,
    rule: "meta-app-token",
  },
  {
    name: "env app secret",
    text: `META_APP_SECRET=${secret}\n`,
    secret,
    line: 1,
    column: 17,
    rule: "meta-app-secret",
  },
  {
    name: "whatsapp app secret",
    text: `WHATSAPP_APP_SECRET="${secret}"`,
    secret,
    line: 1,
    column: 22,
    rule: "meta-app-secret",
  },
  {
    name: "JSON appSecret",
    text: `{\n  "appSecret": "${secret}"\n}`,
    secret,
    line: 2,
    column: 17,
    rule: "meta-app-secret",
  },
  {
    name: "YAML app_secret",
    text: `facebook:\n  app_secret: ${secret}\n`,
    secret,
    line: 2,
    column: 15,
    rule: "meta-app-secret",
  },
  {
    name: "TOML",
    text: `[meta]\napp_secret = "${secret}"\n`,
    secret,
    line: 2,
    column: 15,
    rule: "meta-app-secret",
  },
  {
    name: "XML element",
    text: `<FacebookAppSecret>${secret}</FacebookAppSecret>`,
    secret,
    line: 1,
    column: 20,
    rule: "meta-app-secret",
  },
  {
    name: "XML add key",
    text: `<add key="FB_APP_SECRET" value="${secret}" />`,
    secret,
    line: 1,
    column: 33,
    rule: "meta-app-secret",
  },
  {
    name: "PHP array",
    text: `'app_secret' => '${secret}',`,
    secret,
    line: 1,
    column: 18,
    rule: "meta-app-secret",
  },
  {
    name: "Go struct",
    text: `cfg := Config{AppSecret: "${secret}"}`,
    secret,
    line: 1,
    column: 27,
    rule: "meta-app-secret",
  },
  {
    name: "Java properties",
    text: `facebook.app.secret=${secret}`,
    secret,
    line: 1,
    column: 21,
    rule: "meta-app-secret",
  },
  {
    name: "client_secret beside a Meta client id",
    text: `{"client_id": "${TEST_APP_ID}",\n "client_secret": "${secret}"}`,
    secret,
    line: 2,
    column: 20,
    rule: "meta-app-secret",
  },
  { name: "BOM", text: `\uFEFFTOKEN=${token}`, secret: token, line: 1, column: 8, rule: "meta-access-token" },
  ...frameworkSecrets(),
  ...encodedPositives(),
];

/** The app secret under the names frameworks give it. */
function frameworkSecrets(): Positive[] {
  const s = appSecret();
  const secret = (name: string, text: string) => at(name, text, s, "meta-app-secret", s);
  return [
    secret(
      "python-social-auth",
      `SOCIAL_AUTH_FACEBOOK_KEY = '${TEST_APP_ID}'\nSOCIAL_AUTH_FACEBOOK_SECRET = '${s}'\n`,
    ),
    secret("FACEBOOK_SECRET", `FACEBOOK_SECRET=${s}\n`),
    secret("FB_SECRET", `export FB_SECRET="${s}"`),
    secret("META_SECRET", `META_SECRET: ${s}`),
    secret("WHATSAPP_SECRET", `WHATSAPP_SECRET = "${s}"`),
    secret("INSTAGRAM_SECRET", `INSTAGRAM_SECRET=${s}`),
    // A default value in code: the commonest way a secret is committed.
    secret("JavaScript || default", `const appSecret = process.env.FB_APP_SECRET || "${s}";`),
    secret("JavaScript ?? default", `const appSecret = process.env["META_APP_SECRET"] ?? '${s}';`),
    secret("PHP ?: default", `$secret = getenv('FACEBOOK_APP_SECRET') ?: '${s}';`),
    secret("shell :- default", `APP="\${META_APP_SECRET:-${s}}"`),
    secret("Python getenv default", `APP_SECRET = os.getenv("FB_APP_SECRET", "${s}")`),
    secret("camelCase facebookSecret", `const config = { facebookSecret: "${s}" };`),
    secret(
      "omniauth provider",
      `Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :facebook, "${TEST_APP_ID}", "${s}"\nend\n`,
    ),
    secret(
      "devise config.omniauth",
      `config.omniauth :facebook, ENV["FACEBOOK_APP_ID"], "${s}", scope: "email"`,
    ),
    secret("Rails secrets.yml", `production:\n  facebook:\n    app_id: ${TEST_APP_ID}\n    secret: ${s}\n`),
    secret("Rails credentials.yml", `facebook:\n  key: "${TEST_APP_ID}"\n  secret: "${s}"\n`),
    secret("JSON nested", `{"facebook": {"appId": "${TEST_APP_ID}", "secret": "${s}"}}`),
    secret(
      "JSON nested, multi-line",
      `{\n  "facebook": {\n    "app_id": "${TEST_APP_ID}",\n    "secret": "${s}"\n  }\n}`,
    ),
    secret(
      ".NET appsettings.json",
      `{\n  "Authentication": {\n    "Facebook": {\n      "AppId": "${TEST_APP_ID}",\n      "AppSecret": "${s}"\n    }\n  }\n}`,
    ),
    secret("TOML section", `[facebook]\napp_id = "${TEST_APP_ID}"\nsecret = "${s}"\n`),
  ];
}

/** Credentials inside base64 and percent-encoded text, in the files that hold them. */
function encodedPositives(): Positive[] {
  const t = accessToken();
  const s = appSecret();
  const token = (name: string, text: string, needle: string, encoding: "base64" | "percent") =>
    at(name, text, needle, "meta-access-token", t, encoding);
  const k8s = (data: string) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: whatsapp\ntype: Opaque\ndata:\n${data}\n`;
  const dotenv = `# production\nWHATSAPP_TOKEN=${t}\nPHONE_NUMBER_ID=500000000000005\n`;
  const redirect = encodeURIComponent(`https://example.com/done?access_token=${t}&state=x`);
  return [
    token("Kubernetes Secret data", k8s(`  WHATSAPP_TOKEN: ${b64(t)}`), b64(t), "base64"),
    at(
      "Kubernetes Secret, app secret",
      k8s(`  META_APP_SECRET: ${b64(s)}`),
      b64(s),
      "meta-app-secret",
      s,
      "base64",
    ),
    token("Helm values, URL-safe unpadded", `whatsapp:\n  tokenBase64: ${b64url(t)}\n`, b64url(t), "base64"),
    token(
      "shell: echo | base64 -d > .env",
      `#!/bin/sh\necho ${b64(dotenv)} | base64 -d > .env\n`,
      b64(dotenv),
      "base64",
    ),
    token("whole .env as one base64 value", `DOTENV_B64=${b64(dotenv)}\n`, b64(dotenv), "base64"),
    token("Python b64decode", `import base64\nTOKEN = base64.b64decode("${b64(t)}")\n`, b64(t), "base64"),
    token("data URI", `<a href="data:text/plain;base64,${b64(t)}">token</a>`, b64(t), "base64"),
    token(".NET JSON", `{\n  "WhatsApp": {\n    "TokenBase64": "${b64(t)}"\n  }\n}`, b64(t), "base64"),
    token("TOML", `[whatsapp]\ntoken_b64 = "${b64(t)}"\n`, b64(t), "base64"),
    token(
      "log: URL-encoded redirect",
      `2026-12-01T10:00:00Z GET /callback?redirect_uri=${redirect} 302\n`,
      "/callback",
      "percent",
    ),
    token(
      "log: access_token%3D",
      `INFO url=https://graph.facebook.com/v26.0/me%3Faccess_token%3D${t}%26fields%3Did\n`,
      "url=",
      "percent",
    ),
    token(
      "double-encoded %253D",
      `next=https%253A%252F%252Fexample.com%252F%253Faccess_token%253D${t}%2526a%253D1\n`,
      "next=",
      "percent",
    ),
    at(
      "app token, double-encoded %257C",
      `u=https://x.io/?t=${TEST_APP_ID}%257C${s}&a=1`,
      "u=",
      "meta-app-token",
      `${TEST_APP_ID}|${s}`,
      "percent",
    ),
  ];
}

/**
 * Encoded twice over (base64 inside base64: a base64'd `.env` kept in a Kubernetes Secret), for
 * every rule, at each byte alignment and in both alphabets. The scan finds these, and the hook's
 * hint must fire on them: a form the fast path misses is a commit node never sees.
 */
export function deeplyEncodedPositives(): Positive[] {
  const t = accessToken();
  const s = appSecret();
  const twice = (text: string, prefix: string, encode = b64) => encode(`${prefix}ENV_B64=${encode(text)}\n`);
  const cases: Positive[] = [];
  for (const prefix of ["", "x", "xy"]) {
    const token = twice(`${prefix}WHATSAPP_TOKEN=${t}\n`, prefix);
    cases.push(
      at(
        `base64 in base64 (+${prefix.length})`,
        `payload: ${token}\n`,
        token,
        "meta-access-token",
        t,
        "base64",
      ),
    );
    const secret = twice(`${prefix}META_APP_SECRET=${s}\n`, prefix);
    cases.push(
      at(
        `app secret, base64 in base64 (+${prefix.length})`,
        `payload: ${secret}\n`,
        secret,
        "meta-app-secret",
        s,
        "base64",
      ),
    );
    const app = twice(`${prefix}META_APP_TOKEN=${TEST_APP_ID}|${s}\n`, prefix);
    cases.push(
      at(
        `app token, base64 in base64 (+${prefix.length})`,
        `payload: ${app}\n`,
        app,
        "meta-app-token",
        `${TEST_APP_ID}|${s}`,
        "base64",
      ),
    );
  }
  const urlSafe = twice(`\u00ff\u00feWHATSAPP_TOKEN=${t}\n`, "", b64url);
  cases.push(
    at("base64url in base64url", `payload: ${urlSafe}\n`, urlSafe, "meta-access-token", t, "base64"),
  );
  return cases;
}
