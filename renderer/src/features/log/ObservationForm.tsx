import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { FormButtons, RequiredError } from './FormButtons';
import { type Observation, TONES, type Tone } from './kind-bodies';
import { useFormSubmit } from './use-form-submit';
import { useWhen } from './use-when';
import { WhenFields } from './WhenFields';

interface Props {
  isExercise: boolean;
  /** opened as "Notitie beoordelaar": the box starts ticked */
  evaluatorNote?: boolean;
  onSave(body: Observation, occurredAt: string | undefined): Promise<boolean>;
  onClose(): void;
}

/**
 * Something seen or heard: media monitoring (medium, tone) or, in an exercise, a note of the
 * evaluator. In an exercise the evaluator box comes first and stands out, because the evaluation
 * screen gathers only the notes marked so; outside an exercise it is a quiet option at the end.
 */
export function ObservationForm({ isExercise, evaluatorNote: preset = false, onSave, onClose }: Props) {
  const { t } = useTranslation('log');
  const id = useId();
  const [medium, setMedium] = useState('');
  const [tone, setTone] = useState<Tone | ''>('');
  const [summary, setSummary] = useState('');
  const [evaluatorNote, setEvaluatorNote] = useState(preset);
  const when = useWhen();
  const form = useFormSubmit(onClose);
  const missingSummary = !summary.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(!missingSummary && when.ok, () =>
      onSave(
        {
          kind: 'observation',
          summary: summary.trim(),
          ...(medium.trim() ? { medium: medium.trim() } : {}),
          ...(tone ? { tone } : {}),
          evaluatorNote,
        },
        when.occurredAt,
      ),
    );
  }

  const evaluatorBox = (
    <label
      className={`log-check${isExercise ? ' log-check--exercise' : ''}${evaluatorNote ? ' log-check--on' : ''}`}
    >
      <input
        type="checkbox"
        checked={evaluatorNote}
        onChange={(e) => setEvaluatorNote(e.target.checked)}
        aria-describedby={`${id}-eval`}
      />
      <span className="log-check__text">
        <strong>{t('observation.evaluatorNote')}</strong>
        <small id={`${id}-eval`}>{t('observation.evaluatorNoteHint')}</small>
      </span>
    </label>
  );

  return (
    <Dialog
      title={evaluatorNote ? t('observation.titleEvaluator') : t('observation.title')}
      onClose={onClose}
      className="log-dialog log-dialog--wide"
      returnFocus
    >
      <form onSubmit={submit} className="log-form" noValidate>
        {isExercise ? evaluatorBox : null}
        <label className="field">
          <span>{t('observation.summary')}</span>
          <textarea
            rows={3}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            aria-invalid={form.tried && missingSummary}
            maxLength={2000}
          />
          <RequiredError show={form.tried && missingSummary} />
        </label>
        <div className="log-form__row">
          <label className="field">
            <span>{t('observation.medium')}</span>
            <input
              value={medium}
              onChange={(e) => setMedium(e.target.value)}
              aria-describedby={`${id}-medium`}
              maxLength={120}
            />
            <small id={`${id}-medium`} className="muted">
              {t('observation.mediumHint')}
            </small>
          </label>
          <fieldset className="log-form__choices">
            <legend>{t('observation.tone')}</legend>
            {(['', ...TONES] as const).map((value) => (
              <label key={value || 'none'} className={`log-toggle${tone === value ? ' log-toggle--on' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-tone`}
                  value={value}
                  checked={tone === value}
                  onChange={() => setTone(value)}
                />
                {value ? t(`observation.tones.${value}`) : t('observation.toneNone')}
              </label>
            ))}
          </fieldset>
        </div>
        {isExercise ? null : evaluatorBox}
        <WhenFields when={when} legend={t('observation.occurredAt')} />
        <FormButtons busy={form.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
