import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../../shared/i18n/locale';
import { describeUsage } from '../../../../../shared/protocol/print-labels';
import { personUsages, removePerson } from '../../../../../shared/protocol/usages';
import { useEditor } from '../editor/editor-context';
import { domId } from '../editor/targets';
import { PersonFields } from '../fields/PersonFields';
import { emptyPerson } from '../fields/PersonPicker';
import { ItemCard, SectionIntro } from './ItemCard';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The registry: everyone once, with where they act, so a number is changed in one place. */
export function PeopleSection({ focusId }: { focusId: string | null }) {
  const [focusNewId, setFocusNewId] = useState<string | null>(null);
  // Focus the new person's name once it is on screen (an effect runs after React has rendered it;
  // a requestAnimationFrame could fire first on a busy machine), so typing replaces the placeholder.
  useEffect(() => {
    if (!focusNewId) return;
    const el = document.getElementById(domId({ section: 'people', itemId: focusNewId, field: 'name' }));
    if (el instanceof HTMLInputElement) {
      el.focus();
      el.select();
      setFocusNewId(null);
    }
  });
  const { t, i18n } = useTranslation('protocol');
  const { draft, update } = useEditor();
  const [filter, setFilter] = useState('');
  const lang = localeOf(i18n.language);
  const usages = personUsages(draft);
  const needle = fold(filter.trim());
  const shown = draft.people.filter(
    (p) =>
      needle === '' || p.id === focusId || fold(`${p.name} ${p.organisation} ${p.role}`).includes(needle),
  );
  return (
    <section aria-labelledby="pe-people">
      <SectionIntro id="pe-people" heading={t('people.heading')} intro={t('people.intro')} />
      <div className="pe-toolbar">
        <label className="field pe-field" htmlFor="pe-people-filter">
          <span>{t('people.filter')}</span>
          <input
            id="pe-people-filter"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </label>
        <span className="muted" aria-live="polite">
          {t('people.count', { shown: shown.length, count: draft.people.length })}
        </span>
        <button
          type="button"
          id={domId({ section: 'people' })}
          onClick={() => {
            const person = emptyPerson(t('people.newName'));
            update((p) => {
              p.people.push(person);
            });
            setFilter('');
            setFocusNewId(person.id);
          }}
        >
          + {t('people.add')}
        </button>
      </div>
      {draft.people.length === 0 ? <p className="muted">{t('people.empty')}</p> : null}
      {shown.map((person) => {
        const mine = usages.filter((u) => u.personId === person.id);
        return (
          <ItemCard
            key={person.id}
            id={`card-${person.id}`}
            title={person.name}
            confirmText={
              mine.length > 0 ? t('people.removeUsed', { name: person.name, count: mine.length }) : undefined
            }
            onRemove={() => {
              update((p) => {
                const next = removePerson(p, person.id);
                Object.assign(p, next);
              });
            }}
          >
            <PersonFields person={person} />
            <p className="pe-usages">
              <strong>{t('people.usages')}: </strong>
              {mine.length === 0 ? (
                <span className="muted">{t('people.noUsages')}</span>
              ) : (
                mine.map((u) => describeUsage(u, lang)).join(' · ')
              )}
            </p>
          </ItemCard>
        );
      })}
    </section>
  );
}
