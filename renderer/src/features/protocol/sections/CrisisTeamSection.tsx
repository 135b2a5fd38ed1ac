import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../../shared/i18n/locale';
import { newId } from '../../../../../shared/protocol/ids';
import { END_RESPONSIBILITY_LABELS } from '../../../../../shared/protocol/print-labels';
import { type CrisisRole, END_RESPONSIBILITIES } from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { CheckField } from '../fields/ChoiceFields';
import { PairPickers } from '../fields/PairPickers';
import { PersonPicker } from '../fields/PersonPicker';
import { TextField } from '../fields/TextField';
import { ItemCard, SectionIntro } from './ItemCard';

export function CrisisTeamSection() {
  const { t, i18n } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const lang = localeOf(i18n.language);
  const edit = (id: string, change: (r: CrisisRole) => void) =>
    update((p) => {
      const r = p.crisisOrganisation.roles.find((x) => x.id === id);
      if (r) change(r);
    });
  const partners = draft.stakeholders.filter((s) => s.group !== 'otherStakeholder');
  return (
    <section aria-labelledby="pe-crisis">
      <h2 id="pe-crisis">{t('crisisTeam.heading')}</h2>
      <SectionIntro id="pe-roles" heading={t('crisisTeam.rolesHeading')} intro={t('crisisTeam.rolesIntro')} />
      {draft.crisisOrganisation.roles.map((r) => (
        <ItemCard
          key={r.id}
          id={`card-${r.id}`}
          title={r.name}
          onRemove={
            r.preset === null
              ? () =>
                  update((p) => {
                    p.crisisOrganisation.roles = p.crisisOrganisation.roles.filter((x) => x.id !== r.id);
                  })
              : undefined
          }
        >
          {r.preset === null ? (
            <TextField
              target={{ section: 'crisisTeam', itemId: r.id, field: 'name' }}
              label={t('crisisTeam.roleName')}
              value={r.name}
              onChange={(v) =>
                edit(r.id, (x) => {
                  x.name = v;
                })
              }
            />
          ) : null}
          <PairPickers
            section="crisisTeam"
            item={r}
            onChange={(f, id) =>
              edit(r.id, (x) => {
                x[f] = id;
              })
            }
          />
        </ItemCard>
      ))}
      <button
        type="button"
        id={domId({ section: 'crisisTeam' })}
        onClick={() =>
          update((p) => {
            p.crisisOrganisation.roles.push({
              id: newId('role'),
              name: t('crisisTeam.newRole'),
              preset: null,
              responsibleId: null,
              deputyId: null,
            });
          })
        }
      >
        + {t('crisisTeam.addRole')}
      </button>

      <SectionIntro id="pe-end" heading={t('crisisTeam.endHeading')} intro={t('crisisTeam.endIntro')} />
      <div className="pe-grid pe-grid--pickers">
        {END_RESPONSIBILITIES.map((key) => (
          <PersonPicker
            key={key}
            target={{ section: 'endResponsibles', field: key }}
            label={END_RESPONSIBILITY_LABELS[lang][key]}
            value={draft.crisisOrganisation.endResponsibles[key]}
            onChange={(id) =>
              update((p) => {
                p.crisisOrganisation.endResponsibles[key] = id;
              })
            }
          />
        ))}
      </div>

      <SectionIntro
        id="pe-partners"
        heading={t('crisisTeam.partnersHeading')}
        intro={t('crisisTeam.partnersIntro')}
      />
      {partners.length === 0 ? <p className="muted">{t('crisisTeam.noPartners')}</p> : null}
      <div className="pe-checklist">
        {partners.map((s) => (
          <CheckField
            key={s.id}
            target={{ section: 'crisisTeam', itemId: s.id, field: 'inCrisisTeam' }}
            label={`${s.organisation} (${t(`stakeholders.groups.${s.group}`)})`}
            checked={s.inCrisisTeam}
            onChange={(v) =>
              update((p) => {
                const x = p.stakeholders.find((y) => y.id === s.id);
                if (x) x.inCrisisTeam = v;
              })
            }
          />
        ))}
      </div>
    </section>
  );
}
