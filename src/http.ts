/**
 * What both HTTP clients here (the Graph API's and GitHub's) share: a reply read up to a cap, and
 * a failed connection in words.
 */

/**
 * The body's bytes, or undefined when it grows past `cap`: reading stops there and `stop` ends
 * the transfer, so an endless or enormous reply costs at most `cap` bytes of memory.
 */
export async function readCapped(
  body: AsyncIterable<Uint8Array>,
  cap: number,
  stop: () => unknown,
): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > cap) {
      await Promise.resolve(stop()).catch(() => {});
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The system's error code, on the error (node:http) or on its cause (fetch, for GitHub). */
export function networkErrorCode(error: unknown): string | undefined {
  return (error as { code?: string })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
}

export function networkFailureReason(code: string | undefined): string {
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection dropped";
  // Node's HTTP parser: what came back on the port is not an HTTP reply.
  if (code?.startsWith("HPE_")) return "the reply is not HTTP";
  return code ?? "network error";
}
