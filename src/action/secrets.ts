/**
 * The action's secrets, from every input the runner passed (INPUT_<NAME>): one scrubber for
 * everything the action prints, whichever input a secret arrived in, including inputs added
 * later (any `*-token` / `*-secret` input is covered by its name).
 */
import { Scrubber, secretValues } from "../detect/scrub.js";
import * as runner from "./runner.js";

export function inputScrubber(env: NodeJS.ProcessEnv = process.env): Scrubber {
  const inputs: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("INPUT_")) inputs[key.slice("INPUT_".length).toLowerCase()] = value;
  }
  // Named like a secret, but holding a secret's name (`WHATSAPP_TOKEN`), which messages must show.
  const name = inputs[SECRET_NAME_INPUT];
  delete inputs[SECRET_NAME_INPUT];
  const scrubber = new Scrubber(secretValues(inputs));
  // ...unless it holds a credential after all (a token pasted into the wrong input).
  if (name && secretValues({ [SECRET_NAME_INPUT.replace(/secret$/, "name")]: name }).length > 0) {
    scrubber.add(name);
  }
  return scrubber;
}

const SECRET_NAME_INPUT = "rotate-secret";

/** Masks every secret input with the runner first, before anything can print it. */
export function maskSecretInputs(): Scrubber {
  const scrubber = inputScrubber();
  for (const value of scrubber.values) runner.setSecret(value);
  return scrubber;
}
