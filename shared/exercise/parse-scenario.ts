import { AppError } from '../errors/app-error';
import { type Scenario, scenarioSchema } from './scenario-schema';

const MAX_LISTED = 5;

/**
 * Reads a scenario file's text. Anything wrong refuses the whole file with a message that says
 * where (inject number and field) in Dutch and English: a half-read script is worse than none.
 */
export function parseScenario(text: string): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('scenario.notJson', {
      nl: `Dit scenario is geen geldig JSON-bestand (${why}). Er is niets geladen.`,
      en: `This scenario is not a valid JSON file (${why}). Nothing was loaded.`,
    });
  }
  const result = scenarioSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, MAX_LISTED).map((issue) => {
    const own = ownTexts(issue);
    if (own) return own;
    const where = describePath(issue.path);
    return { nl: `${where.nl}: ${issue.message}`, en: `${where.en}: ${issue.message}` };
  });
  const more = result.error.issues.length - lines.length;
  const tail = more > 0 ? { nl: ` (en nog ${more})`, en: ` (and ${more} more)` } : { nl: '', en: '' };
  throw new AppError(
    'scenario.invalid',
    {
      nl: `Dit scenario klopt niet en is niet geladen: ${lines.map((l) => l.nl).join('; ')}${tail.nl}.`,
      en: `This scenario is not valid and was not loaded: ${lines.map((l) => l.en).join('; ')}${tail.en}.`,
    },
    { issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
  );
}

function ownTexts(issue: { code: string; params?: unknown }): { nl: string; en: string } | null {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return null;
  const { nl, en } = issue.params as { nl?: unknown; en?: unknown };
  return typeof nl === 'string' && typeof en === 'string' ? { nl, en } : null;
}

/** "inject 3, veld offsetMinutes" rather than "injects.2.offsetMinutes". */
function describePath(path: readonly PropertyKey[]): { nl: string; en: string } {
  if (path[0] === 'injects' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return {
      nl: `inject ${path[1] + 1}${rest ? `, veld ${rest}` : ''}`,
      en: `inject ${path[1] + 1}${rest ? `, field ${rest}` : ''}`,
    };
  }
  const field = path.map(String).join('.') || '(het geheel)';
  return { nl: `veld ${field}`, en: `field ${field}` };
}
