import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { TestApp } from '../fixtures';

/**
 * Puts the fictitious DUR protocol into the test workspace and restarts the back end, as a user
 * would by copying protocol.json into the folder and reopening Ketenbord.
 */
export async function loadSampleProtocol(app: TestApp): Promise<void> {
  await mkdir(app.workspaceDir, { recursive: true });
  await copyFile(
    path.resolve('resources/sample/sample-protocol.json'),
    path.join(app.workspaceDir, 'protocol.json'),
  );
  await app.restart();
}
