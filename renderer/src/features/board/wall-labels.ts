import type { TFunction } from 'i18next';
import { board } from '../../../../shared/i18n/nl/board';

/** An action number with a short wall name in the catalogue (`board:wallLabels.*`). */
type WallAction = keyof typeof board.wallLabels;

const isWallAction = (key: string): key is WallAction => Object.hasOwn(board.wallLabels, key);

/**
 * The CIP action in a word or two, for a crowded wall (big text, a small beamer): the number
 * and the gist fit one line of a projector column where the full name takes four. The operator's
 * screen and the log always show the full name.
 */
export function wallLabel(action: number, t: TFunction<'board'>): string | undefined {
  const key = String(action);
  return isWallAction(key) ? t(`wallLabels.${key}`) : undefined;
}
