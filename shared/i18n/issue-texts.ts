import { i18nResources } from './resources';

type Texts = { nl: string; en: string };

/**
 * A zod issue's message in both languages. The schemas write their messages in Dutch from the
 * catalogue (namespace 'validation'), since zod carries one message per issue; this finds the
 * catalogue text the Dutch message came from, values included, and gives its English twin. A
 * custom issue may carry both itself (params { nl, en }). A message the catalogue does not know
 * is returned as it is in both, so nothing the user needs to read is ever dropped.
 */
export function issueTexts(issue: { message: string; params?: unknown }): Texts {
  const own = ownTexts(issue.params);
  if (own) return own;
  for (const [nl, en] of PAIRS) {
    const values = matchTemplate(nl, issue.message);
    if (values) {
      // a value may itself be a catalogue text (a phone number's reason): that is translated too
      const fill = (_: string, name: string) => {
        const value = values[name] ?? '';
        return PAIRS.find(([dutch]) => dutch === value)?.[1] ?? value;
      };
      return { nl: issue.message, en: en.replace(/\{\{(\w+)\}\}/g, fill) };
    }
  }
  return { nl: issue.message, en: issue.message };
}

/** Every validation text as [Dutch, English], nested groups (phoneReasons) flattened. */
const PAIRS: ReadonlyArray<readonly [string, string]> = pairsOf(
  i18nResources.nl.validation,
  i18nResources.en.validation,
);

function pairsOf(nl: object, en: object): Array<readonly [string, string]> {
  return Object.entries(nl).flatMap(([key, value]) => {
    const twin = (en as Record<string, unknown>)[key];
    if (typeof value === 'string' && typeof twin === 'string') return [[value, twin] as const];
    if (typeof value === 'object' && value !== null && typeof twin === 'object' && twin !== null) {
      return pairsOf(value, twin);
    }
    return [];
  });
}

function ownTexts(params: unknown): Texts | null {
  if (typeof params !== 'object' || params === null) return null;
  const { nl, en } = params as { nl?: unknown; en?: unknown };
  return typeof nl === 'string' && typeof en === 'string' ? { nl, en } : null;
}

const TEMPLATES = new Map<string, RegExp>();

/** The values of `{{name}}` when `text` is `template` filled in; null when it is not. */
function matchTemplate(template: string, text: string): Record<string, string> | null {
  let pattern = TEMPLATES.get(template);
  if (!pattern) {
    const source = template
      .split(/(\{\{\w+\}\})/)
      .map((part) => {
        const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
        return name ? `(?<${name}>.+?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    pattern = new RegExp(`^${source}$`, 's');
    TEMPLATES.set(template, pattern);
  }
  const match = pattern.exec(text);
  return match ? { ...match.groups } : null;
}
