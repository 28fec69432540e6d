// What the runner starts (action.yml runs.main, bundled to dist/action/index.js). Kept apart
// from main.ts so that importing the action in a test or in @github/local-action does not run it.
import { run } from "./main.js";

await run();
