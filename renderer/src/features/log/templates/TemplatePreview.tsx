import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateKey } from '../../../../../shared/api/log-api';
import { draftMessage } from '../../../../../shared/log/templates';

interface Props {
  templateKey: TemplateKey;
  subject: string;
  body: string;
  organisation: string;
}

/**
 * The text as "Draft message" would produce it, with example values and OEFENING off, so the
 * editor sees the result of the placeholders while typing. Drafting itself runs the same function.
 */
export function TemplatePreview({ templateKey, subject, body, organisation }: Props) {
  const { t } = useTranslation('log');
  const incident = t('templates.exampleIncident');
  const draft = useMemo(() => {
    const now = Date.now();
    return draftMessage({
      ...templateKey,
      values: {
        organisation,
        incidentTitle: incident,
        time: new Date(now).toISOString(),
        nextUpdate: new Date(now + 2 * 60 * 60 * 1000).toISOString(),
        isExercise: false,
      },
      orgTemplates: [{ ...templateKey, subject, body }],
    });
  }, [templateKey, subject, body, organisation, incident]);
  return (
    <section className="tpl-box tpl-preview" aria-labelledby="tpl-preview-title">
      <h2 id="tpl-preview-title">{t('templates.previewTitle')}</h2>
      <p className="muted">{t('templates.previewNote', { organisation, incident })}</p>
      <p className="tpl-preview__subject" data-testid="tpl-preview-subject">
        {draft.subject}
      </p>
      <pre className="tpl-text" data-testid="tpl-preview-body">
        {draft.body}
      </pre>
    </section>
  );
}
