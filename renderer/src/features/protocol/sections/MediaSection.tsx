import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/protocol/ids';
import {
  type MediaMonitor,
  ROUND_MINUTES,
  SUMMARY_FREQUENCIES,
  type SummaryFrequency,
} from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { CheckField, SelectField } from '../fields/ChoiceFields';
import { PairPickers } from '../fields/PairPickers';
import { TextField } from '../fields/TextField';
import { ItemCard, SectionIntro } from './ItemCard';

/** How often a medium can be checked during an incident (issue 16); the empty choice is the default. */
const ROUND_CHOICES = [15, 30, 60, 120, 240] as const;

export function MediaSection() {
  const { t } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const edit = (id: string, change: (m: MediaMonitor) => void) =>
    update((p) => {
      const m = p.mediaMonitoring.find((x) => x.id === id);
      if (m) change(m);
    });
  return (
    <section aria-labelledby="pe-media">
      <SectionIntro id="pe-media" heading={t('media.heading')} intro={t('media.intro')} />
      {draft.mediaMonitoring.map((m) => {
        const target = (field: string) => ({ section: 'media' as const, itemId: m.id, field });
        return (
          <ItemCard
            key={m.id}
            id={`card-${m.id}`}
            title={m.medium}
            onRemove={
              m.preset === null
                ? () =>
                    update((p) => {
                      p.mediaMonitoring = p.mediaMonitoring.filter((x) => x.id !== m.id);
                    })
                : undefined
            }
          >
            {m.preset === null ? (
              <TextField
                target={target('medium')}
                label={t('media.medium')}
                value={m.medium}
                onChange={(v) =>
                  edit(m.id, (x) => {
                    x.medium = v;
                  })
                }
              />
            ) : null}
            <PairPickers
              section="media"
              item={m}
              onChange={(f, id) =>
                edit(m.id, (x) => {
                  x[f] = id;
                })
              }
            />
            <fieldset className="pe-tasks">
              <legend>{t('media.tasks')}</legend>
              <CheckField
                target={target('followMedia')}
                label={t('media.followMedia')}
                checked={m.tasks.followMedia}
                onChange={(v) =>
                  edit(m.id, (x) => {
                    x.tasks.followMedia = v;
                  })
                }
              />
              <div className="pe-inline">
                <CheckField
                  target={target('periodicSummary')}
                  label={t('media.periodicSummary')}
                  checked={m.tasks.periodicSummary}
                  onChange={(v) =>
                    edit(m.id, (x) => {
                      x.tasks.periodicSummary = v;
                      x.tasks.summaryFrequency = v ? (x.tasks.summaryFrequency ?? 'weekly') : null;
                    })
                  }
                />
                {m.tasks.periodicSummary ? (
                  <SelectField
                    target={target('summaryFrequency')}
                    label={t('media.frequency')}
                    value={m.tasks.summaryFrequency ?? 'weekly'}
                    onChange={(v) =>
                      edit(m.id, (x) => {
                        x.tasks.summaryFrequency = v as SummaryFrequency;
                      })
                    }
                  >
                    {SUMMARY_FREQUENCIES.map((f) => (
                      <option key={f} value={f}>
                        {t(`media.frequencies.${f}`)}
                      </option>
                    ))}
                  </SelectField>
                ) : null}
              </div>
              {m.tasks.followMedia ? (
                <SelectField
                  target={target('roundMinutes')}
                  label={t('media.rounds')}
                  value={m.roundMinutes === undefined ? '' : String(m.roundMinutes)}
                  onChange={(v) =>
                    edit(m.id, (x) => {
                      if (v === '') delete x.roundMinutes;
                      else x.roundMinutes = Number(v);
                    })
                  }
                >
                  <option value="">
                    {t('media.roundsDefault', { minutes: ROUND_MINUTES[m.preset ?? 'own'] })}
                  </option>
                  {ROUND_CHOICES.map((minutes) => (
                    <option key={minutes} value={String(minutes)}>
                      {t('media.roundsEvery', { minutes })}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              <CheckField
                target={target('alertOnNegativeSurge')}
                label={t('media.alert')}
                checked={m.tasks.alertOnNegativeSurge}
                onChange={(v) =>
                  edit(m.id, (x) => {
                    x.tasks.alertOnNegativeSurge = v;
                  })
                }
              />
            </fieldset>
          </ItemCard>
        );
      })}
      <button
        type="button"
        id={domId({ section: 'media' })}
        onClick={() =>
          update((p) => {
            p.mediaMonitoring.push({
              id: newId('media'),
              medium: t('media.newMedium'),
              preset: null,
              responsibleId: null,
              deputyId: null,
              tasks: {
                followMedia: true,
                periodicSummary: false,
                summaryFrequency: null,
                alertOnNegativeSurge: true,
              },
            });
          })
        }
      >
        + {t('media.addMedium')}
      </button>
    </section>
  );
}
