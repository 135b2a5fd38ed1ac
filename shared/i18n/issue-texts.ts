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
  for (const [key, nl] of Object.entries(i18nResources.nl.validation)) {
    const values = matchTemplate(nl, issue.message);
    if (values) {
      const en = i18nResources.en.validation[key as keyof typeof i18nResources.en.validation];
      return { nl: issue.message, en: en.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '') };
    }
  }
  return { nl: issue.message, en: issue.message };
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
