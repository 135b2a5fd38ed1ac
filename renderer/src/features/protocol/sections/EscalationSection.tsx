import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/protocol/ids';
import type { EscalationCondition } from '../../../../../shared/protocol/schema';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { DateField } from '../fields/ChoiceFields';
import { PersonPicker } from '../fields/PersonPicker';
import { TextField } from '../fields/TextField';
import { ItemCard, SectionIntro } from './ItemCard';

export function EscalationSection() {
  const { t } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const edit = (id: string, change: (c: EscalationCondition) => void) =>
    update((p) => {
      const c = p.escalationConditions.find((x) => x.id === id);
      if (c) change(c);
    });
  return (
    <section aria-labelledby="pe-escalation">
      <SectionIntro id="pe-escalation" heading={t('escalation.heading')} intro={t('escalation.intro')} />
      {draft.escalationConditions.length === 0 ? <p className="muted">{t('escalation.empty')}</p> : null}
      {draft.escalationConditions.map((c, i) => {
        const target = (field: string) => ({ section: 'escalation' as const, itemId: c.id, field });
        return (
          <ItemCard
            key={c.id}
            id={`card-${c.id}`}
            title={t('escalation.number', { n: i + 1 })}
            onRemove={() =>
              update((p) => {
                p.escalationConditions = p.escalationConditions.filter((x) => x.id !== c.id);
              })
            }
          >
            <TextField
              target={target('text')}
              label={t('escalation.condition')}
              value={c.text}
              multiline
              wide
              onChange={(v) =>
                edit(c.id, (x) => {
                  x.text = v;
                })
              }
            />
            <div className="pe-pair">
              <PersonPicker
                target={target('ownerId')}
                label={t('escalation.owner')}
                value={c.ownerId}
                onChange={(id) =>
                  edit(c.id, (x) => {
                    x.ownerId = id;
                  })
                }
              />
              <DateField
                target={target('agreedOn')}
                label={t('escalation.agreedOn')}
                value={c.agreedOn}
                onChange={(v) =>
                  edit(c.id, (x) => {
                    x.agreedOn = v;
                  })
                }
              />
            </div>
          </ItemCard>
        );
      })}
      <button
        type="button"
        id={domId({ section: 'escalation' })}
        onClick={() =>
          update((p) => {
            p.escalationConditions.push({ id: newId('condition'), text: '', ownerId: null, agreedOn: null });
          })
        }
      >
        + {t('escalation.add')}
      </button>
    </section>
  );
}
