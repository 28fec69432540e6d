/**
 * A GitHub Actions secret as the rotation's destination: before any token is refreshed, the
 * secret must exist and its store's public key must be readable (a token that cannot read the
 * key cannot write either, and a refused write is best found out before Meta is asked).
 */
import {
  describeTarget,
  type PublicKey,
  type SecretInfo,
  SecretsClient,
  SecretsError,
  type SecretTarget,
} from "../github/secrets.js";
import { SinkError, type TokenSink } from "./sink.js";

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
      try {
        // The key is read again: GitHub may have rotated it since prepare.
        key = await client.publicKey(target);
        await client.write(target, token, key, info ?? {});
      } catch (error) {
        refused(error);
      }
    },
  };
}
