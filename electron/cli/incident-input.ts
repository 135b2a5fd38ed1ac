import { evaluationDocument, evaluationPath } from '../services/report/evaluation-document';
import type { WorkspaceReader } from '../services/workspace/workspace-reader';
import { explain } from './output';

/**
 * Why an incident cannot be judged or reported from what is on disk (the incident file, the
 * protocol it is judged by, its evaluation), or null when all of it reads. The command line reports
 * damage; it never falls back to defaults that would give a wrong answer.
 */
export async function unreadableIncidentInput(
  reader: WorkspaceReader,
  incidentId: string,
): Promise<{ nl: string; en: string } | null> {
  try {
    await reader.incident(incidentId);
  } catch (error) {
    return explain(error);
  }
  const protocol = await reader.protocol();
  if (!protocol.ok) return protocol.message;
  try {
    const evaluation = await reader.session.document(evaluationDocument, evaluationPath(incidentId));
    if (evaluation.problem) return evaluation.problem.message;
  } catch (error) {
    return explain(error);
  }
  return null;
}
