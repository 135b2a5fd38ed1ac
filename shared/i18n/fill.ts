/**
 * Fills the catalogue's {{name}} placeholders where i18next is not at hand (the CLI, the report
 * model). A name without a value stays as written, so a missing value shows instead of vanishing.
 */
export function fillCatalogue(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
