/**
 * What a failed connection was, in words, for every HTTP client here (the Graph API's and
 * GitHub's): undici puts the system's error code on the error or on its cause.
 */
export function networkErrorCode(error: unknown): string | undefined {
  return (error as { code?: string })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
}

export function networkFailureReason(code: string | undefined): string {
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection dropped";
  return code ?? "network error";
}
