import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../../shared/i18n/locale';
import { useEditor } from '../editor/editor-context';
import { DateField } from '../fields/ChoiceFields';
import { TextField } from '../fields/TextField';
import { SectionIntro } from './ItemCard';
import { useDownloads } from './use-downloads';

export function ExerciseSection() {
  const { t, i18n } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const downloads = useDownloads();
  const [yearly, setYearly] = useState(false);
  const e = draft.exercise;
  return (
    <section aria-labelledby="pe-exercise">
      <SectionIntro id="pe-exercise" heading={t('exercise.heading')} intro={t('exercise.intro')} />
      <div className="pe-grid">
        <DateField
          target={{ section: 'exercise', field: 'lastExercise' }}
          label={t('exercise.lastExercise')}
          value={e.lastExercise}
          onChange={(v) =>
            update((p) => {
              p.exercise.lastExercise = v;
            })
          }
        />
        <DateField
          target={{ section: 'exercise', field: 'lastProtocolUpdate' }}
          label={t('exercise.lastProtocolUpdate')}
          value={e.lastProtocolUpdate}
          onChange={(v) =>
            update((p) => {
              p.exercise.lastProtocolUpdate = v;
            })
          }
        />
        <DateField
          target={{ section: 'exercise', field: 'nextExercise' }}
          label={t('exercise.nextExercise')}
          value={e.nextExercise}
          onChange={(v) =>
            update((p) => {
              p.exercise.nextExercise = v;
            })
          }
        />
        <TextField
          target={{ section: 'exercise', field: 'nextExerciseTime' }}
          label={t('exercise.nextExerciseTime')}
          type="time"
          value={e.nextExerciseTime ?? ''}
          onChange={(v) =>
            update((p) => {
              p.exercise.nextExerciseTime = v === '' ? null : v;
            })
          }
        />
        <TextField
          target={{ section: 'exercise', field: 'nextExerciseLocation' }}
          label={t('exercise.nextExerciseLocation')}
          value={e.nextExerciseLocation}
          onChange={(v) =>
            update((p) => {
              p.exercise.nextExerciseLocation = v;
            })
          }
        />
      </div>
      {/* the option first, then the download it applies to */}
      <label className="choice">
        <input type="checkbox" checked={yearly} onChange={(ev) => setYearly(ev.target.checked)} />
        <span>{t('exercise.icsYearly')}</span>
      </label>
      <p>
        <button
          type="button"
          className="secondary"
          disabled={downloads.busy}
          onClick={() => void downloads.ics(yearly, localeOf(i18n.language))}
        >
          {t('exercise.ics')}
        </button>
      </p>
      <p className="muted">{t('exercise.icsHint')}</p>
      {downloads.message}
    </section>
  );
}
