import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors/app-error';
import { parseScenario } from '../../../shared/exercise/parse-scenario';
import { scenarioJsonSchema } from '../../../shared/exercise/scenario-json-schema';

const dir = path.resolve('resources/exercise');
const sampleText = () => readFile(path.join(dir, 'scenario-datalek-klantportaal.json'), 'utf8');

function refusal(text: string): { nl: string; en: string } {
  try {
    parseScenario(text);
  } catch (error) {
    if (isAppError(error)) return { nl: error.nl, en: error.en };
    throw error;
  }
  throw new Error('the scenario should have been refused');
}

describe('scenario files', () => {
  it('the shipped scenario reads: about 20 injects over 2 hours, objectives, a start state', async () => {
    const scenario = parseScenario(await sampleText());
    expect(scenario.injects.length).toBeGreaterThanOrEqual(18);
    const last = Math.max(...scenario.injects.map((i) => i.offsetMinutes));
    expect(last).toBeGreaterThan(100);
    expect(last).toBeLessThanOrEqual(120);
    expect(scenario.objectives.length).toBeGreaterThan(0);
    expect(scenario.start.natures).toContain('unavailability');
    // every inject either expects something of the team or is plainly informative
    expect(scenario.injects.filter((i) => i.expect.length > 0).length).toBeGreaterThan(15);
  });

  it('the published JSON Schema is the one generated from the zod schema', async () => {
    const published = JSON.parse(await readFile(path.join(dir, 'scenario.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it('one bad inject refuses the whole file, naming the inject and the field in Dutch and English', async () => {
    const raw = JSON.parse(await sampleText());
    raw.injects[2].offsetMinutes = -5;
    const message = refusal(JSON.stringify(raw));
    expect(message.nl).toContain('niet geladen');
    expect(message.nl).toContain('inject 3, veld offsetMinutes');
    expect(message.en).toContain('inject 3, field offsetMinutes');
  });

  it('refuses an unknown field, a duplicate inject id and text that is not JSON', async () => {
    const raw = JSON.parse(await sampleText());
    raw.injects[0].sender = 'x';
    expect(refusal(JSON.stringify(raw)).nl).toContain('inject 1');
    const dup = JSON.parse(await sampleText());
    dup.injects[1].id = dup.injects[0].id;
    expect(refusal(JSON.stringify(dup)).nl).toContain('komt twee keer voor');
    expect(refusal('{ not json').nl).toContain('geen geldig JSON-bestand');
  });
});
