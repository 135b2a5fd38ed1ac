import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/incident/schema';
import { MEDIA_VOLUMES, type MediaVolume } from '../../../../shared/log/entry-schema';
import { formatAmsterdam } from '../../../../shared/log/time';
import type { MediaRoundCandidate } from '../../../../shared/verdicts/media-rounds';
import { ApiError, call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { useSubmit } from '../../hooks/use-submit';

const TONES = ['positive', 'neutral', 'negative'] as const;
type Tone = (typeof TONES)[number];

/**
 * One key on the board: medium, volume, tone, what is said, notable posts, links. A negative turn
 * asks whether "negative publicity" now belongs to the incident; it is never added by itself.
 */
export function MediaRoundDialog({
  incident,
  author,
  rounds,
  onDone,
  onClose,
}: {
  incident: Incident;
  author: string;
  rounds: readonly MediaRoundCandidate[];
  onDone(seq: number): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('media');
  const soonest = [...rounds].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  const [monitorId, setMonitorId] = useState(soonest?.monitorId ?? '');
  const [volume, setVolume] = useState<MediaVolume>('low');
  const [tone, setTone] = useState<Tone>('neutral');
  const [summary, setSummary] = useState('');
  const [notable, setNotable] = useState('');
  const [links, setLinks] = useState('');
  const [error, setError] = useState<string | null>(null);
  // the shared guard: a double click must not record the round twice in the journal
  const { busy, run } = useSubmit();
  const [suggest, setSuggest] = useState<number | null>(null);
  const mediumLabel = useId();
  const text = (e: unknown) => (e instanceof ApiError ? e.text(i18n.language) : String(e));

  if (suggest !== null) {
    return (
      <Dialog title={t('suggestTitle')} onClose={() => onDone(suggest)} className="board-dialog">
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() =>
              call('incident.update', {
                id: incident.id,
                author,
                natures: [...incident.natures, 'negativePublicity'],
              })
                .then(() => onDone(suggest))
                .catch((err: unknown) => setError(text(err))),
            );
          }}
        >
          <p>{t('suggest')}</p>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <DialogActions
            submitLabel={t('addNature')}
            cancelLabel={t('notNow')}
            onCancel={() => onDone(suggest)}
            disabled={busy}
          />
        </form>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('title')} onClose={onClose} className="board-dialog">
      {rounds.length === 0 ? (
        <p>{t('noMedia')}</p>
      ) : (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            const list = links
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean);
            const bad = list.find((l) => !/^https?:\/\/\S+$/.test(l));
            if (bad) {
              setError(t('badLink', { link: bad }));
              return;
            }
            setError(null);
            void run(() =>
              call('media.recordRound', {
                incidentId: incident.id,
                author,
                monitorId,
                volume,
                tone,
                summary,
                ...(notable.trim() ? { notable } : {}),
                links: list,
              })
                .then((r) => (r.suggestNegativePublicity ? setSuggest(r.seq) : onDone(r.seq)))
                .catch((err: unknown) => setError(text(err))),
            );
          }}
        >
          <label className="field">
            <span id={mediumLabel}>{t('medium')}</span>
            <select
              value={monitorId}
              onChange={(e) => setMonitorId(e.target.value)}
              aria-labelledby={mediumLabel}
              data-autofocus
            >
              {rounds.map((r) => (
                <option key={r.monitorId} value={r.monitorId}>
                  {r.medium} —{' '}
                  {t('due', { time: formatAmsterdam(r.dueAt, 'HH:mm'), watcher: r.watcher ?? '—' })}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="field-group">
            <legend>{t('volume')}</legend>
            {MEDIA_VOLUMES.map((v) => (
              <label key={v} className="checkbox">
                <input type="radio" name="volume" checked={volume === v} onChange={() => setVolume(v)} />{' '}
                {t(`volumes.${v}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="field-group">
            <legend>{t('tone')}</legend>
            {TONES.map((v) => (
              <label key={v} className="checkbox">
                <input type="radio" name="tone" checked={tone === v} onChange={() => setTone(v)} />{' '}
                {t(`tones.${v}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span>{t('summary')}</span>
            <textarea
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              required
              maxLength={2000}
              rows={2}
            />
          </label>
          <label className="field">
            <span>{t('notable')}</span>
            <textarea
              value={notable}
              onChange={(e) => setNotable(e.target.value)}
              maxLength={2000}
              rows={2}
            />
          </label>
          <label className="field">
            <span>{t('links')}</span>
            <textarea value={links} onChange={(e) => setLinks(e.target.value)} rows={2} />
          </label>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <DialogActions submitLabel={t('submit')} onCancel={onClose} disabled={busy} />
        </form>
      )}
    </Dialog>
  );
}
