import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/protocol/ids';
import { displayPhone } from '../../../../../shared/protocol/phone';
import type { Person } from '../../../../../shared/protocol/schema';
import { hrefFor } from '../../../app/routes';
import { useEditor } from '../editor/editor-context';
import { domId, type FieldTarget, routeFor } from '../editor/targets';
import { describedBy, FieldMessages } from './FieldMessages';
import { PersonFields } from './PersonFields';

export function emptyPerson(name: string): Person {
  return {
    id: newId('person'),
    name,
    role: '',
    department: '',
    organisation: '',
    mobilePhone: '',
    workPhone: '',
    privatePhone: '',
    email: '',
  };
}

function optionLabel(p: Person): string {
  const where = [p.role, p.organisation].filter(Boolean).join(', ');
  return where ? `${p.name} — ${where}` : p.name;
}

/**
 * Picks who acts here from the people registry, or creates someone new on the spot. The chosen
 * person's details open inline, so numbers can be filled in without leaving the section.
 */
export function PersonPicker({
  target,
  label,
  value,
  onChange,
}: {
  target: FieldTarget;
  label: string;
  value: string | null;
  onChange(id: string | null): void;
}) {
  const { t } = useTranslation('protocol');
  const editor = useEditor();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const uid = useId();
  const id = domId(target);
  const issue = editor.shownIssue(id);
  const people = [...editor.draft.people].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const chosen = editor.draft.people.find((p) => p.id === value);
  // One labelled number in the summary (mobile first): enough to see at a glance that the person
  // can be reached, without a row of unlabelled digits.
  const firstNumber = chosen
    ? (
        [
          ['mobilePhone', chosen.mobilePhone],
          ['workPhone', chosen.workPhone],
          ['privatePhone', chosen.privatePhone],
        ] as const
      ).find(([, n]) => n)
    : undefined;

  const create = () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    const person = emptyPerson(trimmed);
    editor.update((p) => {
      p.people.push(person);
    });
    onChange(person.id);
    setCreating(false);
    setName('');
  };

  return (
    <div className="pe-picker">
      <div className="field pe-field">
        <label htmlFor={id}>{label}</label>
        <span className="pe-picker__row">
          <select
            id={id}
            value={value ?? ''}
            aria-invalid={issue ? true : undefined}
            aria-describedby={describedBy(id, Boolean(issue))}
            onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{t('common.none')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {optionLabel(p)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary pe-small"
            aria-expanded={creating}
            aria-controls={`${uid}-new`}
            onClick={() => setCreating((c) => !c)}
            aria-label={`${t('person.newPerson')}: ${label}`}
          >
            + {t('person.newShort')}
          </button>
        </span>
        <FieldMessages id={id} issue={issue} />
      </div>
      {creating ? (
        <div id={`${uid}-new`} className="pe-picker__new">
          <label className="field pe-field" htmlFor={`${uid}-name`}>
            <span>{t('person.newPersonName')}</span>
            <input
              id={`${uid}-name`}
              value={name}
              // biome-ignore lint/a11y/noAutofocus: the user just asked for this field
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  create();
                }
                if (e.key === 'Escape') setCreating(false);
              }}
            />
          </label>
          <button type="button" onClick={create}>
            {t('person.create')}
          </button>
          <button type="button" className="secondary" onClick={() => setCreating(false)}>
            {t('person.cancel')}
          </button>
        </div>
      ) : null}
      {chosen ? (
        <details className="pe-picker__details">
          <summary>
            {t('person.details', { name: chosen.name })}
            {firstNumber ? (
              <span className="muted">
                {' '}
                · {t(`fields.${firstNumber[0]}`).toLowerCase()} {displayPhone(firstNumber[1] ?? '')}
              </span>
            ) : (
              <span className="field-warning"> · {t('person.noNumber')}</span>
            )}
          </summary>
          <PersonFields person={chosen} idSuffix={`-at-${id}`} />
          <a href={hrefFor('protocol', ...routeFor({ section: 'people', itemId: chosen.id, field: 'name' }))}>
            {t('person.editInRegistry')}
          </a>
        </details>
      ) : null}
    </div>
  );
}
