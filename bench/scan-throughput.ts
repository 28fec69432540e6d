/**
 * `wa-token-guard scan` over large trees, start-up included: the ordinary tree (thousands of
 * files, tens of MB, some minified lines) and a tree full of base64 (lockfiles, Kubernetes
 * manifests, data URIs, PEM-wrapped blobs), where the decoding layer has the most to do. Reports
 * MB/s and files/s. With BENCH_BASELINE_CLI=<dist/cli/index.js of another build> (e.g. main's
 * before a change), each tree is also timed with that build, for a before/after row.
 */
import { join } from "node:path";
import { CLI, fakeToken, median, NODE, random, randomText, sh, table, tempDir, write } from "./lib.ts";

interface Tree {
  name: string;
  dir: string;
  files: number;
  bytes: number;
}

function ordinaryTree(): Tree {
  const dir = tempDir("scan");
  let bytes = 0;
  const files = 4000;
  for (let i = 0; i < files; i++) {
    const size = i % 200 === 0 ? 200_000 : 8_000;
    let text = randomText(size);
    if (i % 250 === 0) text += `\nconst t = "${fakeToken()}";\n`;
    write(join(dir, `pkg${i % 40}`, `file${i}.ts`), text);
    bytes += Buffer.byteLength(text);
  }
  for (let i = 0; i < 10; i++) {
    // Minified bundles: one 1 MB line each.
    const line = `${randomText(1_000_000).replaceAll("\n", ";")}\n`;
    write(join(dir, "dist", `bundle${i}.min.js`), line);
    bytes += line.length;
  }
  return { name: "ordinary", dir, files: files + 10, bytes };
}

const randomBytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
const b64 = (data: string | Buffer) => Buffer.from(data).toString("base64");

function base64Tree(): Tree {
  const dir = tempDir("scan-b64");
  let bytes = 0;
  let files = 0;
  const add = (path: string, text: string) => {
    write(join(dir, path), text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  for (let i = 0; i < 40; i++) {
    // Lockfiles: thousands of sha512 integrity values (base64 of binary).
    const entries: string[] = [];
    for (let j = 0; j < 1500; j++) {
      entries.push(
        `    "node_modules/pkg-${i}-${j}": {\n      "version": "1.${j}.0",\n      "resolved": "https://registry.npmjs.org/pkg-${j}/-/pkg-${j}-1.${j}.0.tgz",\n      "integrity": "sha512-${b64(randomBytes(64))}"\n    }`,
      );
    }
    add(`lock${i}/package-lock.json`, `{\n  "packages": {\n${entries.join(",\n")}\n  }\n}\n`);
  }
  for (let i = 0; i < 2000; i++) {
    // Kubernetes Secrets and ConfigMaps: base64 of text (decoded and read again).
    const values = Array.from(
      { length: 8 },
      (_, k) => `  KEY_${k}: ${b64(randomText(60 + k * 40).replaceAll("\n", " "))}`,
    );
    if (i % 500 === 0) values.push(`  WHATSAPP_TOKEN: ${b64(fakeToken())}`);
    add(
      `k8s/secret${i}.yaml`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s${i}\ntype: Opaque\ndata:\n${values.join("\n")}\n`,
    );
  }
  for (let i = 0; i < 200; i++) {
    // Data URIs of images in HTML and CSS, and PEM-wrapped blobs.
    const image = b64(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(40_000)]));
    add(`web/page${i}.html`, `<html><body><img src="data:image/png;base64,${image}"></body></html>\n`);
    const pem = b64(randomBytes(3_000)).replace(/.{64}/g, "$&\n");
    add(`certs/cert${i}.pem`, `-----BEGIN CERTIFICATE-----\n${pem}\n-----END CERTIFICATE-----\n`);
  }
  return { name: "base64-heavy", dir, files, bytes };
}

export function benchScan(runs = 5): string {
  const baseline = process.env.BENCH_BASELINE_CLI;
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const tree of [ordinaryTree(), base64Tree()]) {
    const builds: [string, string][] = [
      ["this build", CLI],
      ...(baseline ? [["baseline", baseline] as [string, string]] : []),
    ];
    for (const [build, cli] of builds) {
      const ms = median(NODE, [cli, "scan", "--format", "json", tree.dir], tree.dir, runs);
      const found = JSON.parse(sh(NODE, [cli, "scan", "--format", "json", tree.dir], tree.dir)).findings
        .length;
      const mb = tree.bytes / 1024 / 1024;
      rows.push([
        tree.name,
        build,
        tree.files,
        mb.toFixed(1),
        `${ms.toFixed(0)} ms`,
        (mb / (ms / 1000)).toFixed(1),
        Math.round(tree.files / (ms / 1000)),
        found,
      ]);
    }
    notes.push(tree.name);
  }
  return [
    `Scan throughput (${notes.join(" and ")} trees; median of ${runs} runs)`,
    "",
    table(["tree", "build", "files", "MB", "time", "MB/s", "files/s", "findings"], rows),
  ].join("\n");
}
