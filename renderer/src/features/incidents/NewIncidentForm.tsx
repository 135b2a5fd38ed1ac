import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, VisibilityByAudience } from '../../../../shared/incident/schema';
import { amsterdamToUtcIso, formatAmsterdam } from '../../../../shared/log/time';
import { PHASE_LABELS } from '../../../../shared/matrix/labels';
import { type Nature, PHASES, type Phase } from '../../../../shared/model/vocabulary';
import { call } from '../../api/client';
import { NaturesField, VisibilityField } from '../../components/IncidentFields';
import { useSubmit } from '../../hooks/use-submit';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore } from '../../state/app-store';

const NOWHERE: VisibilityByAudience = {
  internal: 'certain',
  outsourcingPartners: 'no',
  chainPartners: 'no',
  customers: 'no',
  public: 'no',
};

/** A new incident: what it is, where it shows, how far the insight goes. Times are Dutch wall-clock time. */
export function NewIncidentForm({ onCreated }: { onCreated(incident: Incident): void }) {
  const { t } = useTranslation('incident');
  const lang = useLocale();
  const storedAuthor = useAppStore((s) => s.author);
  const setAuthor = useAppStore((s) => s.setAuthor);
  const { busy, error, run } = useSubmit();
  const nowIso = new Date().toISOString();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(formatAmsterdam(nowIso, 'yyyy-MM-dd'));
  const [time, setTime] = useState(formatAmsterdam(nowIso, 'HH:mm'));
  const [natures, setNatures] = useState<Nature[]>([]);
  const [visibility, setVisibility] = useState<VisibilityByAudience>(NOWHERE);
  const [phase, setPhase] = useState<Phase>('problemUnclear');
  const [isExercise, setExercise] = useState(false);
  const [author, setAuthorField] = useState(storedAuthor);
  const [tried, setTried] = useState(false);

  const problems = {
    title: !title.trim() ? t('form.needTitle') : null,
    natures: natures.length === 0 ? t('form.needNature') : null,
    author: !author.trim() ? t('form.needAuthor') : null,
  };

  function submit() {
    setTried(true);
    if (problems.title || problems.natures || problems.author) return;
    void run(async () => {
      setAuthor(author.trim());
      const incident = await call('incident.create', {
        title,
        detectedAt: amsterdamToUtcIso(date, time),
        natures,
        visibility,
        phase,
        isExercise,
        author: author.trim(),
        makeActive: true,
      });
      onCreated(incident);
    });
  }

  return (
    <form
      className="incident-form"
      aria-labelledby="new-incident-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="new-incident-title">{t('newIncident')}</h2>
      <label className="field">
        <span>{t('form.title')}</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          placeholder={t('form.titleHint')}
          aria-invalid={tried && problems.title ? true : undefined}
        />
        {tried && problems.title ? <span className="field-error">{problems.title}</span> : null}
      </label>
      <div className="incident-form__row">
        <label className="field">
          <span>{t('form.detectedDate')}</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('form.detectedTime')}</span>
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('form.phase')}</span>
          <select value={phase} onChange={(e) => setPhase(e.target.value as Phase)}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {PHASE_LABELS[p].short[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <NaturesField value={natures} onChange={setNatures} />
      {tried && problems.natures ? <p className="field-error">{problems.natures}</p> : null}
      <VisibilityField value={visibility} onChange={setVisibility} />
      <label className="choice incident-form__exercise">
        <input type="checkbox" checked={isExercise} onChange={(e) => setExercise(e.target.checked)} />
        {t('form.exercise')}
      </label>
      <label className="field">
        <span>{t('form.author')}</span>
        <input
          value={author}
          onChange={(e) => setAuthorField(e.target.value)}
          maxLength={200}
          aria-invalid={tried && problems.author ? true : undefined}
        />
        {tried && problems.author ? <span className="field-error">{problems.author}</span> : null}
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {t('form.submit')}
      </button>
    </form>
  );
}
