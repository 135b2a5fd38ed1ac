/**
 * Features hook into workspace opening here (e.g. open protocol.json at once so a damaged file is
 * reported straight away). Called once per process before the first workspace opens.
 */
let registered = false;

export function registerFeatures(): void {
  if (registered) return;
  registered = true;
}
