// Lets a worker thread run TypeScript source (render-in-worker.ts, when the back end itself runs
// from source under tsx: the CLI, vitest, the Playwright fixture). `--import tsx` is not enough:
// on Node 20 tsx's loader registers its hooks on the main thread only and skips workers, so the
// worker registers them itself through tsx's API. Never used by the bundled app (out/main/).
import { register } from 'tsx/esm/api';

register();
