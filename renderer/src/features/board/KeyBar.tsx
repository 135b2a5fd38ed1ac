import { useTranslation } from 'react-i18next';

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

/** The board's keys, always on screen, so nobody has to remember them under pressure. */
export function KeyBar({ operator }: { operator: boolean }) {
  const { t } = useTranslation('board');
  return (
    <p className="key-bar">
      <span className="board-sr-only">{t('keys.title')}: </span>
      {(operator ? OPERATOR_KEYS : PROJECTOR_KEYS).map(([name, key]) => (
        <span key={name} className="key-bar__item">
          <kbd>{key}</kbd> {t(`keys.${name}`)}
        </span>
      ))}
    </p>
  );
}
