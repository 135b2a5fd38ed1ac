import { AppError } from '../../../shared/errors/app-error';

export const incidentClosedError = () =>
  new AppError('incident.closed', {
    nl: 'Dit incident is gesloten. Heropen het eerst bij Incidenten als er nog iets moet gebeuren.',
    en: 'This incident is closed. Reopen it under Incidents first if something still has to be done.',
  });

export const detectedInFutureError = () =>
  new AppError('incident.detectedInFuture', {
    nl: 'Het moment van ontdekken ligt in de toekomst. Kies een tijd die al voorbij is.',
    en: 'The moment of detection lies in the future. Choose a time that has passed.',
  });

export const noIncidentError = () =>
  new AppError('board.noIncident', {
    nl: 'Er staat geen incident op het bord. Kies of maak er een bij Incidenten.',
    en: 'There is no incident on the board. Choose or create one under Incidents.',
  });

export const reasonRequiredError = () =>
  new AppError('decision.reasonRequired', {
    nl: 'Geef een reden op: die komt in het logboek en in de rapportage.',
    en: 'Give a reason: it goes into the log and the report.',
  });
