/**
 * Where a rotated token is written (a GitHub secret, a .env line): the one interface the rotation
 * writes through, so that it checks every destination the same way, before Meta is asked.
 */
export interface TokenSink {
  /** Where the token goes, for messages: "repository secret WHATSAPP_TOKEN of acme/bot". */
  readonly description: string;
  /**
   * Checks everything that can be checked before a new token exists, changing nothing; throws
   * SinkError. `updatedAt`: when the destination was last written, when it can tell.
   */
  prepare(): Promise<{ updatedAt?: Date }>;
  /** Stores the new token; throws SinkError. */
  store(token: string): Promise<void>;
}

/** The destination refused, or did not answer: the message says what to change. */
export class SinkError extends Error {
  override name = "SinkError";
  constructor(
    message: string,
    /** A write without an answer: the value may or may not have been stored. */
    readonly uncertain = false,
  ) {
    super(message);
  }
}

/**
 * The destination was written by someone else since this run read it (another run rotated at
 * the same time): nothing was stored, and the old token may already be revoked by that run.
 */
export class DestinationChangedError extends SinkError {
  override name = "DestinationChangedError";
  constructor(
    message: string,
    /** When the destination was written, by the other run. */
    readonly writtenAt: Date,
  ) {
    super(message);
  }
}
