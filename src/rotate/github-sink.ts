/**
 * A GitHub Actions secret as the rotation's destination: before any token is refreshed, the
 * secret must exist and its store's public key must be readable (a token that cannot read the
 * key cannot write either, and a refused write is best found out before Meta is asked). Just
 * before the write the secret's last update is read again (another run may have rotated it), and
 * after it once more: only a newer last update confirms the new token is stored, which is what
 * revoking the old one depends on.
 */
import {
  describeTarget,
  type PublicKey,
  type SecretInfo,
  SecretsClient,
  SecretsError,
  type SecretTarget,
} from "../github/secrets.js";
import { DestinationChangedError, SinkError, type TokenSink } from "./sink.js";

export function githubSecretSink(
  target: SecretTarget,
  options: { apiUrl: string; token: string; timeoutMs: number },
): TokenSink {
  const client = new SecretsClient(options);
  let key: PublicKey | undefined;
  let info: SecretInfo | undefined;
  const refused = (error: unknown): never => {
    if (error instanceof SecretsError) {
      throw new SinkError(`${error.message}.`.replace(/\.\.$/, "."), error.uncertain);
    }
    throw error;
  };
  return {
    description: describeTarget(target),
    async prepare() {
      try {
        info = await client.info(target);
        key = await client.publicKey(target);
      } catch (error) {
        refused(error);
      }
      return { ...(info?.updatedAt && { updatedAt: info.updatedAt }) };
    },
    async store(token: string) {
      let before: Date | undefined;
      try {
        // The key is read again: GitHub may have rotated it since prepare.
        key = await client.publicKey(target);
        // Read again last thing before writing: another run may have stored its own new token.
        before = await client.updatedAt(target);
      } catch (error) {
        refused(error);
      }
      if (before?.getTime() !== info?.updatedAt?.getTime()) {
        throw new DestinationChangedError(
          `the ${describeTarget(target)} was written at ${iso(before)} while this run was rotating (it read it at ${iso(info?.updatedAt)}): another run rotated it, so this run's new token was not stored`,
          before ?? new Date(),
        );
      }
      try {
        await client.write(target, token, key!, info ?? {});
      } catch (error) {
        refused(error);
      }
      // GitHub said it stored it; the secret's last update must say so too before anyone relies on it.
      const after = await client.updatedAt(target).catch((error: unknown) => {
        if (error instanceof SecretsError) return undefined;
        throw error;
      });
      if (!after || (before && after.getTime() <= before.getTime())) {
        throw new SinkError(
          `GitHub answered the write, but the secret's last update (updated_at) ${after ? `is still ${iso(after)}` : "could not be read back"}, so nothing confirms it was stored.`,
          true,
        );
      }
    },
  };
}

const iso = (date: Date | undefined) => date?.toISOString().replace(/\.\d+Z$/, "Z") ?? "an unknown time";
