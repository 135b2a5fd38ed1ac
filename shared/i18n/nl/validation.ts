/** Dutch texts of the checks on what people type (shown beside the field, returned by the API). */
export const validation = {
  mustBeText: 'Dit veld moet tekst bevatten.',
  tooLong: 'Dit veld mag hoogstens {{max}} tekens bevatten.',
  required: 'Dit veld is verplicht.',
  requiredShort: 'verplicht',
  atLeastOne: 'Vul een getal van 1 of meer in.',
  timeOfDay: 'Gebruik de vorm uu:mm, bijvoorbeeld 09:30.',
  phoneInvalid: 'Dit telefoonnummer klopt niet.',
  emailInvalid: 'Dit e-mailadres klopt niet: gebruik de vorm naam@organisatie.nl.',
  outsourcingKindOnlyForPartner: 'Alleen een uitbestedingspartner heeft een soort dienst.',
  outsourcingKindRequired: 'Kies wat deze uitbestedingspartner levert.',
};
