import { dotenvFileRule } from "./rules/dotenv-file.js";

/** True for a path the `dotenv-file` rule blocks (see rules/dotenv-file.ts). */
export const isDotenvPath = (path: string): boolean => dotenvFileRule.matches(path);
