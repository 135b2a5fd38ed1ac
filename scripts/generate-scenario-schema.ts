/**
 * Writes resources/exercise/scenario.schema.json from the zod schema in shared/exercise.
 * Run after changing the scenario schema: `node bin/run-ts.mjs scripts/generate-scenario-schema.ts`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { scenarioJsonSchema } from '../shared/exercise/scenario-json-schema';

const target = path.resolve(import.meta.dirname, '../resources/exercise/scenario.schema.json');
await writeFile(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`written: ${target}`);
