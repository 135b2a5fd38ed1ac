import type { Localized } from '../../../../shared/matrix/labels';

/**
 * The CIP actions in a word or two, for a crowded wall (big text, a small beamer): the number
 * and the gist fit one line of a projector column where the full name takes four. The operator's
 * screen and the log always show the full name.
 */
const WALL_LABELS: Readonly<Record<number, Localized>> = {
  1: { nl: 'Aanpak', en: 'Approach' },
  2: { nl: 'Feiten', en: 'Facts' },
  3: { nl: 'Publiceer aanpak', en: 'Publish approach' },
  4: { nl: 'Publiceer alles', en: 'Publish all' },
  5: { nl: 'Herstel', en: 'Restoration' },
  6: { nl: 'Datalek', en: 'Data breach' },
  7: { nl: 'Maatregelen', en: 'Measures' },
  8: { nl: 'Oplossing', en: 'Fix' },
  9: { nl: 'Hervatten', en: 'Resuming' },
  10: { nl: 'Restvragen', en: 'Open questions' },
};

export function wallLabel(action: number): Localized | undefined {
  return WALL_LABELS[action];
}
