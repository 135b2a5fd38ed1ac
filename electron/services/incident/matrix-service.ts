import type { MatrixInfo } from '../../../shared/api/incident-api';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { matrixDiff } from '../../../shared/matrix/diff';
import type { MatrixCells } from '../../../shared/matrix/schema';
import type { AppContext } from '../app-context';
import { protocolStore } from '../protocol/protocol-document';

function info(org: MatrixCells | null): MatrixInfo {
  const cip = CIP_2020_MATRIX.cells;
  const cells = org ?? cip;
  return { cells, cip, isCip: org === null, diff: org ? matrixDiff(org, cip) : [] };
}

export async function getMatrix(ctx: AppContext): Promise<MatrixInfo> {
  const store = await protocolStore(ctx.requireWorkspace());
  return info(store.data.operations.matrix);
}

/**
 * Saves the organisation's matrix in the protocol. A matrix equal to CIP is stored as null, so
 * "no own matrix" stays recognisable and a later correction of the CIP data reaches it.
 */
export async function updateMatrix(ctx: AppContext, cells: MatrixCells | null): Promise<MatrixInfo> {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await protocolStore(session);
  const own = cells && matrixDiff(cells, CIP_2020_MATRIX.cells).length > 0 ? normalise(cells) : null;
  const saved = await store.update((p) => ({ ...p, operations: { ...p.operations, matrix: own } }));
  ctx.events.emit('protocol.changed', {});
  return info(saved.operations.matrix);
}

/** Cells as sorted sets: the order of numbers in a cell means nothing. */
function normalise(cells: MatrixCells): MatrixCells {
  const copy = structuredClone(cells);
  for (const byPhase of Object.values(copy))
    for (const byNature of Object.values(byPhase))
      for (const [nature, actions] of Object.entries(byNature))
        (byNature as Record<string, number[]>)[nature] = [...new Set(actions)].sort((a, b) => a - b);
  return copy;
}
