/**
 * The action's secrets, from every input the runner passed (INPUT_<NAME>): one scrubber for
 * everything the action prints, whichever input a secret arrived in, including inputs added
 * later (any `*-token` / `*-secret` input is covered by its name).
 */
import * as core from "@actions/core";
import { Scrubber, secretValues } from "../detect/scrub.js";

export function inputScrubber(env: NodeJS.ProcessEnv = process.env): Scrubber {
  const inputs: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("INPUT_")) inputs[key.slice("INPUT_".length).toLowerCase()] = value;
  }
  return new Scrubber(secretValues(inputs));
}

/** Masks every secret input with the runner first, before anything can print it. */
export function maskSecretInputs(): Scrubber {
  const scrubber = inputScrubber();
  for (const value of scrubber.values) core.setSecret(value);
  return scrubber;
}
