import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../../shared/i18n/locale';
import { newId } from '../../../../../shared/protocol/ids';
import { OUTSOURCING_KIND_LABELS } from '../../../../../shared/protocol/print-labels';
import {
  OUTSOURCING_KINDS,
  type OutsourcingKind,
  type Protocol,
  STAKEHOLDER_GROUPS,
  type Stakeholder,
  type StakeholderGroup,
} from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { CheckField, SelectField } from '../fields/ChoiceFields';
import { PairPickers } from '../fields/PairPickers';
import { TextField } from '../fields/TextField';
import { ItemCard, SectionIntro } from './ItemCard';

/** A stakeholder leaves no traces: its channel row and the dependencies on it go with it. */
export function removeStakeholder(p: Protocol, id: string): void {
  p.stakeholders = p.stakeholders.filter((s) => s.id !== id);
  delete p.channels.grid[id];
  for (const s of p.systems) {
    s.dependencies = s.dependencies.filter(
      (d) => !(d.on.kind === 'stakeholder' && d.on.stakeholderId === id),
    );
  }
}

function newStakeholder(group: StakeholderGroup, name: string): Stakeholder {
  return {
    id: newId('stakeholder'),
    group,
    organisation: name,
    outsourcingKind: group === 'outsourcingPartner' ? 'ictProvider' : null,
    wellKnown: null,
    responsibleId: null,
    deputyId: null,
    agreements: '',
    timeliness: '',
    impactOfOutage: '',
    inCrisisTeam: false,
  };
}

export function StakeholdersSection() {
  const { t, i18n } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const lang = localeOf(i18n.language);
  const edit = (id: string, change: (s: Stakeholder) => void) =>
    update((p) => {
      const s = p.stakeholders.find((x) => x.id === id);
      if (s) change(s);
    });
  return (
    <section aria-labelledby="pe-stakeholders">
      <SectionIntro
        id="pe-stakeholders"
        heading={t('stakeholders.heading')}
        intro={t('stakeholders.intro')}
      />
      {STAKEHOLDER_GROUPS.map((group) => {
        const list = draft.stakeholders.filter((s) => s.group === group);
        return (
          <section key={group} aria-labelledby={`pe-group-${group}`} className="pe-group">
            <h3 id={`pe-group-${group}`}>{t(`stakeholders.groups.${group}`)}</h3>
            {list.length === 0 ? <p className="muted">{t('stakeholders.empty')}</p> : null}
            {list.map((s) => {
              const target = (field: string) => ({ section: 'stakeholders' as const, itemId: s.id, field });
              return (
                <ItemCard
                  key={s.id}
                  id={`card-${s.id}`}
                  title={s.organisation}
                  level={4}
                  onRemove={() => update((p) => removeStakeholder(p, s.id))}
                >
                  <div className="pe-grid">
                    <TextField
                      target={target('organisation')}
                      label={t('stakeholders.organisation')}
                      value={s.organisation}
                      wide
                      onChange={(v) =>
                        edit(s.id, (x) => {
                          x.organisation = v;
                        })
                      }
                    />
                    {group === 'outsourcingPartner' ? (
                      <SelectField
                        target={target('outsourcingKind')}
                        label={t('stakeholders.outsourcingKind')}
                        value={s.outsourcingKind ?? 'other'}
                        onChange={(v) =>
                          edit(s.id, (x) => {
                            x.outsourcingKind = v as OutsourcingKind;
                          })
                        }
                      >
                        {OUTSOURCING_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {OUTSOURCING_KIND_LABELS[lang][k]}
                          </option>
                        ))}
                      </SelectField>
                    ) : null}
                  </div>
                  <PairPickers
                    section="stakeholders"
                    item={s}
                    onChange={(f, id) =>
                      edit(s.id, (x) => {
                        x[f] = id;
                      })
                    }
                  />
                  <div className="pe-grid">
                    <TextField
                      target={target('agreements')}
                      label={t('stakeholders.agreements')}
                      value={s.agreements}
                      multiline
                      onChange={(v) =>
                        edit(s.id, (x) => {
                          x.agreements = v;
                        })
                      }
                    />
                    <TextField
                      target={target('timeliness')}
                      label={t('stakeholders.timeliness')}
                      value={s.timeliness}
                      multiline
                      onChange={(v) =>
                        edit(s.id, (x) => {
                          x.timeliness = v;
                        })
                      }
                    />
                    <TextField
                      target={target('impactOfOutage')}
                      label={t('stakeholders.impactOfOutage')}
                      value={s.impactOfOutage}
                      multiline
                      onChange={(v) =>
                        edit(s.id, (x) => {
                          x.impactOfOutage = v;
                        })
                      }
                    />
                  </div>
                  {group !== 'otherStakeholder' ? (
                    <CheckField
                      target={target('inCrisisTeam')}
                      label={t('stakeholders.inCrisisTeam')}
                      checked={s.inCrisisTeam}
                      onChange={(v) =>
                        edit(s.id, (x) => {
                          x.inCrisisTeam = v;
                        })
                      }
                    />
                  ) : null}
                </ItemCard>
              );
            })}
            <button
              type="button"
              id={group === 'chainPartner' ? domId({ section: 'stakeholders' }) : undefined}
              onClick={() =>
                update((p) => {
                  p.stakeholders.push(newStakeholder(group, t('stakeholders.newName')));
                })
              }
            >
              + {t(`stakeholders.add.${group}`)}
            </button>
          </section>
        );
      })}
    </section>
  );
}
