/**
 * Scanning a large staged patch on a second thread. git writes the patch through a 64 KB pipe,
 * so while the scanner works on the main thread git waits, and the two take turns; with the
 * scanner here, the main thread only moves bytes and both run at once (2 cores). Used only for
 * patches over a few MB: a thread costs more to start than a typical commit takes to scan.
 */
import { parentPort, Worker } from "node:worker_threads";
import type { Detection } from "../detect/engine.js";
import { type AddedLineDetection, PatchReader } from "./patch-reader.js";

/** What the CLI entry runs when it is started as this worker (see src/cli/index.ts). */
export const PATCH_WORKER = "wa-token-guard:patch";

type ToWorker = Uint8Array | "end";
type FromWorker = { found: AddedLineDetection[] } | { sections: number } | { error: string };

/** The worker's side: a PatchReader fed by messages. */
export function runPatchWorker(): void {
  const port = parentPort!;
  let found: AddedLineDetection[] = [];
  const reader = new PatchReader((detection) => found.push(detection));
  const flush = () => {
    if (found.length > 0) port.postMessage({ found } satisfies FromWorker);
    found = [];
  };
  port.on("message", (message: ToWorker) => {
    try {
      if (message === "end") {
        reader.end();
        flush();
        port.postMessage({ sections: reader.sections } satisfies FromWorker);
        port.close();
        return;
      }
      reader.push(Buffer.from(message.buffer, message.byteOffset, message.byteLength));
      flush();
    } catch (error) {
      port.postMessage({ error: (error as Error).message } satisfies FromWorker);
    }
  });
}

/** The main thread's side: a PatchReader-shaped sink that forwards to a worker. */
export class PatchWorker {
  private readonly worker: Worker;
  private readonly done: Promise<number>;

  constructor(script: string, onDetection: (found: AddedLineDetection) => void) {
    this.worker = new Worker(script, { workerData: { role: PATCH_WORKER } });
    this.done = new Promise((resolve, reject) => {
      this.worker.on("message", (message: FromWorker) => {
        if ("found" in message) for (const found of message.found) onDetection(revive(found));
        else if ("sections" in message) resolve(message.sections);
        else reject(new Error(message.error));
      });
      this.worker.on("error", reject);
      this.worker.on("exit", (code) => reject(new Error(`the scanning thread stopped (exit ${code})`)));
    });
  }

  push(chunk: Buffer): void {
    this.worker.postMessage(chunk satisfies ToWorker);
  }

  async end(): Promise<number> {
    this.worker.postMessage("end" satisfies ToWorker);
    try {
      return await this.done;
    } finally {
      await this.worker.terminate();
    }
  }
}

/** Detections cross the thread boundary as plain objects. */
function revive(found: AddedLineDetection): AddedLineDetection {
  return { section: found.section, detection: { ...found.detection } as Detection };
}
