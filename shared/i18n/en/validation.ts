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
  phoneMissing: 'No phone number has been filled in.',
  phoneRefused: 'This phone number is not right: "{{input}}" — {{reason}}.',
  phoneReasons: {
    notANumber: 'it contains no digits',
    invalidCountry: 'the country code is unknown; start with +country code, or with 0 for the Netherlands',
    tooShort: 'the number is too short',
    tooLong: 'the number is too long',
    invalidLength: 'the number of digits is not right',
    doesNotExist: 'this number does not exist (check the number of digits and the area code)',
    notAPhoneNumber: 'it is not a valid phone number',
  },
  emailMissing: 'No e-mail address has been filled in.',
  emailRefused: 'This e-mail address is not right: "{{input}}" — use the form name@organisation.nl.',
};
