import type { Protocol } from '../schema';
import { LIMITS } from '../text';
import { isBlank, keyOf, readDate, readTime } from './docx-cells';
import { clipText, type NotUnderstood, type PeopleRegistry } from './docx-people';

/**
 * The single facts of a Word protocol written as "label: value" lines: the organisation, the
 * document version, the BCP reference and its owner, and the exercise dates of Bijlage I §6
 * ("Datum laatste oefening en actualisering: …").
 */
export interface DocxFact {
  field: string;
  label: string;
  value: string;
}

type Setter = (value: string, label: string) => string | null;

export function readFacts(
  paragraphs: readonly string[],
  protocol: Protocol,
  registry: PeopleRegistry,
  report: (item: NotUnderstood) => void,
): DocxFact[] {
  const facts: DocxFact[] = [];
  const date =
    (apply: (d: string) => void): Setter =>
    (value) => {
      const d = readDate(value);
      if (d) apply(d);
      return d;
    };
  const rules: [RegExp, string, Setter][] = [
    [
      /^(naam (van de )?)?organisatie$/,
      'organisation.name',
      (v) => (protocol.organisation.name = clipText(v, LIMITS.shortText)),
    ],
    [
      /^(afkorting|korte naam)/,
      'organisation.shortName',
      (v) => (protocol.organisation.shortName = clipText(v, 40)),
    ],
    [/^(document)?versie/, 'documentVersion', (v) => (protocol.documentVersion = clipText(v, 40))],
    [
      /^(business continuity|bcp|bcm-plan|continuiteitsplan)/,
      'bcp.documentName',
      (v) => (protocol.bcp.documentName = clipText(v, LIMITS.shortText)),
    ],
    [
      /^(vindplaats|locatie) (van het )?(bcp|bcm|plan)/,
      'bcp.location',
      (v) => (protocol.bcp.location = clipText(v, LIMITS.longText)),
    ],
    [
      /^bcm[- ]verantwoordelijke/,
      'bcp.ownerId',
      (v) => {
        protocol.bcp.ownerId = registry.upsert({
          name: v,
          at: { name: { table: null, row: null, column: null } },
        });
        return protocol.bcp.ownerId ? v : null;
      },
    ],
    [
      /laatste oefening en actualisering/,
      'exercise.lastExercise',
      date((d) => {
        protocol.exercise.lastExercise = d;
        protocol.exercise.lastProtocolUpdate = d;
      }),
    ],
    [/laatste oefening/, 'exercise.lastExercise', date((d) => (protocol.exercise.lastExercise = d))],
    [
      /laatste actualisering|protocol (laatst )?bijgewerkt/,
      'exercise.lastProtocolUpdate',
      date((d) => (protocol.exercise.lastProtocolUpdate = d)),
    ],
    [
      /(eerstkomende|volgende) oefening/,
      'exercise.nextExercise',
      (v) => {
        const d = readDate(v);
        if (!d) return null;
        protocol.exercise.nextExercise = d;
        protocol.exercise.nextExerciseTime = readTime(v);
        return d;
      },
    ],
    [
      /^(locatie|plaats) (van de )?(volgende )?oefening/,
      'exercise.nextExerciseLocation',
      (v) => (protocol.exercise.nextExerciseLocation = clipText(v, LIMITS.shortText)),
    ],
  ];
  paragraphs.forEach((paragraph) => {
    const colon = paragraph.indexOf(':');
    if (colon <= 0 || colon > 80) return;
    const label = paragraph.slice(0, colon).trim();
    const value = paragraph.slice(colon + 1).trim();
    const key = keyOf(label).replace(/^datum\s+/, '');
    const rule = rules.find(([re]) => re.test(key));
    if (!rule || isBlank(value)) return;
    const result = rule[2](value, label);
    if (result === null) {
      report({
        table: null,
        row: null,
        column: null,
        text: paragraph,
        reason: {
          nl: 'Deze datum of naam is niet gelezen (gebruik bijvoorbeeld 12-03-2026).',
          en: 'This date or name could not be read (use e.g. 12-03-2026).',
        },
      });
    } else {
      facts.push({ field: rule[1], label, value });
    }
  });
  return facts;
}
