import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';

type KeyName =
  | 'phase'
  | 'log'
  | 'na'
  | 'regulator'
  | 'edit'
  | 'knowledge'
  | 'media'
  | 'projector'
  | 'fullscreen'
  | 'close';

/** Keys as the board reacts to them (see use-board-keys.ts); the words come from i18n. */
const OPERATOR_KEYS: ReadonlyArray<[KeyName, string]> = [
  ['phase', '← →'],
  ['log', 'L'],
  ['na', 'N'],
  ['regulator', 'R'],
  ['edit', 'E'],
  ['knowledge', 'W'],
  ['media', 'M'],
  ['projector', 'P'],
  ['fullscreen', 'F'],
  ['close', 'Esc'],
];
const PROJECTOR_KEYS: ReadonlyArray<[KeyName, string]> = [
  ['media', 'M'],
  ['fullscreen', 'F'],
];

/**
 * The board's keys, always on screen, so nobody has to remember them under pressure; with the
 * single-letter shortcuts switched off, only the keys that still work.
 */
export function KeyBar({ operator }: { operator: boolean }) {
  const { t } = useTranslation('board');
  const singleKeys = useAppStore((s) => s.settings?.singleKeyShortcuts ?? true);
  const keys = (operator ? OPERATOR_KEYS : PROJECTOR_KEYS).filter(
    ([, key]) => singleKeys || !/^[A-Z?]$/.test(key),
  );
  if (keys.length === 0) return null;
  return (
    <p className="key-bar">
      <span className="board-sr-only">{t('keys.title')}: </span>
      {keys.map(([name, key]) => (
        <span key={name} className="key-bar__item">
          <kbd>{key}</kbd> {t(`keys.${name}`)}
        </span>
      ))}
    </p>
  );
}
