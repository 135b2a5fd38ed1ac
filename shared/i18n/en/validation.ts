import type { validation as nl } from '../nl/validation';

export const validation: typeof nl = {
  mustBeText: 'This field must contain text.',
  tooLong: 'This field may hold at most {{max}} characters.',
  required: 'This field is required.',
  requiredShort: 'required',
  atLeastOne: 'Enter a number of 1 or more.',
  timeOfDay: 'Use the form hh:mm, for example 09:30.',
  phoneInvalid: 'This phone number is not right.',
  emailInvalid: 'This e-mail address is not right: use the form name@organisation.nl.',
  outsourcingKindOnlyForPartner: 'Only an outsourcing partner has a kind of service.',
  outsourcingKindRequired: 'Choose what this outsourcing partner provides.',
};
