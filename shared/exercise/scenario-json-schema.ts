import { z } from 'zod';
import { scenarioSchema } from './scenario-schema';

/**
 * The published JSON Schema of a scenario file (resources/exercise/scenario.schema.json), made
 * from the zod schema so the two cannot drift apart (a unit test compares the file with this).
 * `io: 'input'`: what an author may write, defaults included as optional.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://ketenbord.example/schemas/scenario.schema.json',
    title: 'Ketenbord oefenscenario / exercise scenario',
    description:
      'Een draaiboek voor een oefening in Ketenbord: doelen, startsituatie en injects op tijd. / A script for a Ketenbord exercise: objectives, starting situation and timed injects.',
  };
}
