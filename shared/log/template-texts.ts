import type { Audience } from '../model/vocabulary';

/**
 * Default message templates, written for Ketenbord in its own words (the handreiking's ten actions
 * say what a message must do; the sentences are ours). A template is composed of a greeting for the
 * audience, a core text for the action and a closing, so each action × audience pair has one
 * without writing a hundred near-identical texts. Square brackets mark what the operator must fill
 * in by hand; curly braces are filled by the app.
 */
export type TemplateLanguage = 'nl' | 'en';

export interface CoreText {
  subject: string;
  body: string;
}

type PerLanguage<T> = Record<TemplateLanguage, T>;

/** Greetings: mail-like audiences are addressed, the public gets a statement without one. */
export const GREETINGS: PerLanguage<Record<Audience, string>> = {
  nl: {
    internal: "Beste collega's,",
    outsourcingPartners: 'Beste leverancier,',
    chainPartners: 'Beste ketenpartner,',
    customers: 'Beste klant,',
    public: '',
  },
  en: {
    internal: 'Dear colleagues,',
    outsourcingPartners: 'Dear supplier,',
    chainPartners: 'Dear partner,',
    customers: 'Dear customer,',
    public: '',
  },
};

export const CLOSINGS: PerLanguage<Record<'addressed' | 'public', string>> = {
  nl: { addressed: 'Met vriendelijke groet,\n{organisatie}', public: '— {organisatie}' },
  en: { addressed: 'Kind regards,\n{organisatie}', public: '— {organisatie}' },
};

/** A line above the core text that names the incident, so a forwarded message still makes sense. */
export const ABOUT_LINE: PerLanguage<string> = { nl: 'Betreft: {incident}', en: 'Regarding: {incident}' };

/** Partners often have to pass a message on inside their own organisation; ask them to. */
export const PASS_ON_LINE: PerLanguage<string> = {
  nl: 'Wilt u dit bericht doorgeven aan wie het binnen uw organisatie aangaat?',
  en: 'Please pass this message on to whoever it concerns in your organisation.',
};

/** No next update time known yet: leave a bracket the operator must fill, rather than guess. */
export const NEXT_UPDATE_UNKNOWN: PerLanguage<string> = {
  nl: '[tijdstip volgende update]',
  en: '[time of next update]',
};

export const EXERCISE_PREFIX: PerLanguage<{ subject: string; body: string }> = {
  nl: {
    subject: 'OEFENING – ',
    body: 'OEFENING — dit bericht hoort bij een oefening, er is geen echt incident.\n\n',
  },
  en: {
    subject: 'OEFENING (exercise) – ',
    body: 'OEFENING (exercise) — this message is part of an exercise, there is no real incident.\n\n',
  },
};

/** Used when a message is logged without a matrix action. */
export const GENERIC_CORE: PerLanguage<CoreText> = {
  nl: { subject: '{organisatie}: {incident}', body: '[Uw bericht]' },
  en: { subject: '{organisatie}: {incident}', body: '[Your message]' },
};

type ActionCores = Record<number, CoreText>;

export const ACTION_CORES: PerLanguage<ActionCores> = {
  nl: {
    1: {
      subject: '{organisatie} onderzoekt een verstoring',
      body:
        'Wij hebben een probleem gesignaleerd en zoeken uit wat er aan de hand is. Wat de oorzaak is en wat de gevolgen zijn, weten we nu nog niet. ' +
        'Een team is ermee bezig: [wie, hoe]. ' +
        'U hoort uiterlijk {volgende_update} weer van ons, ook als er dan nog niets nieuws te melden is.',
    },
    2: {
      subject: 'Stand van zaken: {incident}',
      body:
        'Stand van zaken op {tijd}.\n\n' +
        'Wat er is vastgesteld: [feiten].\n' +
        'Wat dit voor u betekent: [gevolgen].\n' +
        'Wat wij nu doen: [aanpak].\n\n' +
        'Het volgende bericht volgt uiterlijk {volgende_update}.',
    },
    3: {
      subject: '{organisatie} onderzoekt een verstoring',
      body:
        '{organisatie} werkt aan een probleem: [in één zin, zonder details]. ' +
        'We zoeken uit wat er precies speelt. ' +
        'Nieuwe informatie volgt uiterlijk {volgende_update} via [website / sociale media].',
    },
    4: {
      subject: 'Update: {incident}',
      body:
        'Update van {tijd}.\n\n' +
        'Wat er aan de hand is: [feiten].\n' +
        'Wat u merkt: [gevolgen voor u].\n' +
        'Verwachting: [prognose, met voorbehoud].\n\n' +
        'De volgende update volgt uiterlijk {volgende_update} via [website / sociale media].',
    },
    5: {
      subject: 'Wanneer alles weer werkt: {incident}',
      body:
        'Zodra [dienst of systeem] weer beschikbaar is, laten wij u dat weten via [kanaal]. ' +
        'Onze verwachting is nu: [prognose]. Dat is een inschatting, geen toezegging; als die verandert, hoort u het van ons.',
    },
    6: {
      subject: 'Mogelijk datalek: {incident}',
      body:
        'Bij dit incident zijn mogelijk persoonsgegevens betrokken. Wij volgen daarom de procedure voor het melden van een datalek. ' +
        '[Wat er met de gegevens is gebeurd en welke gegevens het betreft, voor zover bekend.] ' +
        'Contactpersoon voor vragen hierover: [naam, bereikbaarheid].',
    },
    7: {
      subject: 'Genomen maatregelen: {incident}',
      body:
        'Om de dreiging tegen te gaan hebben wij de volgende maatregelen genomen: [maatregelen]. ' +
        'Wij blijven de situatie volgen en laten het u weten als er iets verandert.',
    },
    8: {
      subject: 'Opgelost: {incident}',
      body:
        'Het probleem is opgelost. [Dienst of systeem] werkt sinds [tijdstip] weer zoals gewoonlijk. ' +
        'Merkt u toch nog iets dat niet klopt? Laat het ons weten via [kanaal].',
    },
    9: {
      subject: 'Weer aan de slag na {incident}',
      body:
        'Nu [dienst of systeem] weer werkt, vragen wij u het volgende te doen: [instructies]. ' +
        'Vragen hierover kunt u stellen aan [contactpersoon of kanaal].',
    },
    10: {
      subject: 'Nog vragen over {incident}?',
      body:
        'Het incident is afgehandeld. Wij horen graag of er bij u nog iets onduidelijk is over wat er gebeurde of over hoe wij het hebben aangepakt. ' +
        'Laat het ons weten via [kanaal]; uw reactie gebruiken wij om onze aanpak te verbeteren.',
    },
  },
  en: {
    1: {
      subject: '{organisatie} is investigating a disruption',
      body:
        'We have noticed a problem and are finding out what is going on. We do not yet know the cause or the consequences. ' +
        'A team is working on it: [who, how]. ' +
        'You will hear from us again by {volgende_update}, even if there is nothing new to report by then.',
    },
    2: {
      subject: 'Current status: {incident}',
      body:
        'Status as of {tijd}.\n\n' +
        'What has been established: [facts].\n' +
        'What this means for you: [consequences].\n' +
        'What we are doing now: [approach].\n\n' +
        'The next message will follow by {volgende_update}.',
    },
    3: {
      subject: '{organisatie} is investigating a disruption',
      body:
        '{organisatie} is working on a problem: [one sentence, no details]. ' +
        'We are finding out exactly what is going on. ' +
        'New information will follow by {volgende_update} via [website / social media].',
    },
    4: {
      subject: 'Update: {incident}',
      body:
        'Update of {tijd}.\n\n' +
        'What is going on: [facts].\n' +
        'What you notice: [consequences for you].\n' +
        'Outlook: [forecast, with a margin].\n\n' +
        'The next update will follow by {volgende_update} via [website / social media].',
    },
    5: {
      subject: 'When everything works again: {incident}',
      body:
        'As soon as [service or system] is available again, we will let you know via [channel]. ' +
        'Our current expectation is: [forecast]. That is an estimate, not a promise; if it changes, you will hear from us.',
    },
    6: {
      subject: 'Possible data breach: {incident}',
      body:
        'Personal data may be involved in this incident, so we are following the data breach notification procedure. ' +
        '[What happened to the data and which data it concerns, as far as known.] ' +
        'Contact for questions about this: [name, how to reach them].',
    },
    7: {
      subject: 'Measures taken: {incident}',
      body:
        'To counter the threat we have taken the following measures: [measures]. ' +
        'We keep monitoring the situation and will tell you if anything changes.',
    },
    8: {
      subject: 'Resolved: {incident}',
      body:
        'The problem has been resolved. [Service or system] has been working normally again since [time]. ' +
        'Still notice something wrong? Let us know via [channel].',
    },
    9: {
      subject: 'Getting back to work after {incident}',
      body:
        'Now that [service or system] works again, please do the following: [instructions]. ' +
        'Questions about this can go to [contact or channel].',
    },
    10: {
      subject: 'Any questions left about {incident}?',
      body:
        'The incident has been dealt with. We would like to know whether anything is still unclear to you about what happened or how we handled it. ' +
        'Let us know via [channel]; we use your response to improve our approach.',
    },
  },
};

/** Audience-specific replacements where the generic core would say the wrong thing. */
export const AUDIENCE_CORES: PerLanguage<Partial<Record<Audience, ActionCores>>> = {
  nl: {
    internal: {
      6: {
        subject: 'Datalekprocedure gestart: {incident}',
        body:
          'Wij behandelen dit incident als een mogelijk datalek; de interne procedure daarvoor is op {tijd} gestart. ' +
          'De functionaris gegevensbescherming is ingeschakeld: [naam]. ' +
          'Deel geen details over de betrokken gegevens buiten de kring van wie ermee bezig is.',
      },
    },
    customers: {
      6: {
        subject: 'Uw gegevens en {incident}',
        body:
          'Wij laten u weten dat uw gegevens mogelijk betrokken zijn bij een incident bij {organisatie}. ' +
          'Het gaat om: [welke gegevens]. Wat er is gebeurd: [feiten]. ' +
          'Wat u zelf kunt doen: [advies]. Wij hebben het incident gemeld bij de Autoriteit Persoonsgegevens. ' +
          'Vragen kunt u stellen via [kanaal].',
      },
    },
  },
  en: {
    internal: {
      6: {
        subject: 'Data breach procedure started: {incident}',
        body:
          'We are treating this incident as a possible data breach; the internal procedure was started at {tijd}. ' +
          'The data protection officer has been called in: [name]. ' +
          'Do not share details about the data involved outside the group working on it.',
      },
    },
    customers: {
      6: {
        subject: 'Your data and {incident}',
        body:
          'We are letting you know that your data may be involved in an incident at {organisatie}. ' +
          'It concerns: [which data]. What happened: [facts]. ' +
          'What you can do yourself: [advice]. We have reported the incident to the Dutch Data Protection Authority. ' +
          'Questions can go to [channel].',
      },
    },
  },
};
