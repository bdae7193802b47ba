import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * Every string the persona docs plugin shows, on its page and on every
 * other surface, in English, German, French, Spanish and Japanese. Apps
 * override them, or add languages, with translation resources
 * (TranslationBlueprint in the new frontend system,
 * `__experimentalTranslations` in the legacy one).
 *
 * @public
 */
export const personaDocsTranslationRef = createTranslationRef({
  id: 'plugin.persona-docs',
  // Loaded only for a reader whose app language it is.
  translations: {
    de: () => import('./translations/de'),
    fr: () => import('./translations/fr'),
    es: () => import('./translations/es'),
    ja: () => import('./translations/ja'),
  },
  messages: {
    page: {
      title: 'Persona docs',
      subtitle: 'The documentation that fits who you are',
      loading: 'Finding your persona…',
    },
    picker: {
      title: 'Who are you?',
      description:
        'Pick the persona that fits you best, and this page shows the docs meant for you. You can change it at any time.',
      sectionCount_one: '{{count}} entry in {{section}}',
      sectionCount_other: '{{count}} entries in {{section}}',
      everything: 'Show me everything',
      everythingDescription: 'Every entry, with badges saying whom it is for',
      open: 'Who are you?',
      close: 'Close',
    },
    personaSelector: {
      label: 'Persona',
      allPersonas: 'All personas',
      allPersonasDescription: 'Every entry, with badges saying whom it is for',
    },
    reason: {
      chosen: 'Chosen by you',
      group: 'From your membership in {{entityRef}}',
      default: 'Default for this portal',
      none: 'No persona is set for you, so every entry is shown',
      link: 'From the link you opened',
      saving: 'Saving your choice…',
      unsaved: 'Your choice is not saved yet; retrying',
      reset: 'Reset to {{persona}}',
      useOwn: 'Use your own ({{persona}})',
    },
    sectionFilter: {
      label: 'Section',
      allSections: 'All sections',
    },
    search: {
      label: 'Search docs',
      placeholder: 'Title or description',
      clear: 'Clear search',
    },
    section: {
      entries_one: '{{count}} entry',
      entries_other: '{{count}} entries',
      matches_one: '{{count}} match',
      matches_other: '{{count}} matches',
      treeLabel: '{{section}} docs',
      collapsedEmpty: 'Nothing for {{persona}} in {{section}}',
      collapsedEmptyForAll: '{{section}} has no entries',
      collapsedNoMatches: 'No matches in {{section}}',
      showForAll: 'Show for all personas',
      showForAllIn: 'Show for all personas in {{section}}',
      showMore: 'Show {{next}} more of {{total}}',
    },
    entry: {
      docsNotFound: 'Docs not found',
      docsNotFoundHint: 'TechDocs has no site for {{entityRef}}',
      statusUnknown: 'Status unknown',
      statusUnknownHint:
        'TechDocs did not answer for {{entityRef}}; the link may still work',
      everyone: 'Everyone',
      personasLabel: 'For',
      opensInNewTab: '(opens in a new tab)',
      showAll_one: 'Show {{count}} entry',
      showAll_other: 'Show all {{count}} entries',
    },
    emptyState: {
      noEntriesTitle: 'No docs for {{persona}} yet',
      noEntriesDescription: 'These personas have entries:',
      noEntriesAnywhere: 'No persona has entries yet.',
      noMatchesTitle: 'Nothing matches “{{query}}” for {{persona}}',
      noMatchesDescription: 'These personas have matches:',
      switchTo: '{{persona}} ({{entries}})',
      notConfiguredTitle: 'No docs are mapped to personas yet',
      notConfiguredDescription:
        'Administrators declare docs entries under personaDocs in app-config.yaml, for example:',
    },
    paths: {
      title: 'Learning paths',
      progress: '{{done}} of {{total}} done',
      progressLabel: 'Progress through {{path}}',
      next: 'Next step',
      complete: 'Path complete',
      reset: 'Reset path',
      steps: 'Steps of {{path}}',
      stepDone: '(done)',
      stepOf: 'Step {{step}} of {{total}} in {{path}}',
      saving: 'Saving your progress…',
      unsaved: 'Your progress is not saved yet; retrying',
    },
    home: {
      allDocs: 'All docs for you',
      empty: 'No docs for {{persona}} yet.',
    },
    addon: {
      label: 'This page in the docs for {{persona}}',
      trail: 'Where this page sits',
      previous: 'Previous',
      next: 'Next',
      back: 'All docs for {{persona}}',
      markUndone: 'Mark as not done',
    },
    entity: {
      title: 'Docs for you',
      subtitle: 'About this {{kind}}, for {{persona}}',
      none: 'No docs about this {{kind}} for {{persona}}.',
      others_one: '{{count}} entry here is for other personas.',
      others_other: '{{count}} entries here are for other personas.',
      showAll: 'Show all personas',
    },
    settings: {
      title: 'Persona',
      description:
        'Who you are decides which docs the docs pages, the home page and the docs reader show you first.',
      reset: 'Forget my choice',
    },
    insideSearch: {
      open: 'Search inside these docs',
      resultsTitle: 'Inside the docs of {{persona}}',
      results_one: '{{count}} page matches “{{query}}”',
      results_other: '{{count}} pages match “{{query}}”',
      none: 'No page inside these docs matches “{{query}}”.',
      failed: 'Search did not answer; try again later.',
      close: 'Close the results',
      otherPages: 'Other pages of {{site}}',
    },
    tabs: {
      label: 'Persona docs views',
      docs: 'Docs',
      coverage: 'Coverage',
    },
    coverage: {
      matrixTitle: 'Entries per persona and section',
      forEveryone_one: '{{count}} of {{total}} entries is for every persona.',
      forEveryone_other:
        '{{count}} of {{total}} entries are for every persona.',
      persona: 'Persona',
      total: 'Total',
      noEntries: 'No entries',
      fewEntries: 'Few entries',
      sitesTitle: 'TechDocs sites',
      sitesSummary:
        '{{sites}} sites: {{missing}} missing, {{unreadable}} not readable, {{stale}} stale',
      site: 'Site',
      entries: 'Entries',
      status: 'Status',
      siteChecking: 'Checking…',
      siteMissing: 'Not found in TechDocs',
      siteUnreadable: 'TechDocs did not answer',
      siteStale_one: 'Stale: built {{count}} day ago',
      siteStale_other: 'Stale: built {{count}} days ago',
      siteBuilt_one: 'Built {{count}} day ago',
      siteBuilt_other: 'Built {{count}} days ago',
      siteBuildUnknown: 'Build time unknown',
      problemsTitle: 'Configuration problems',
      noProblems: 'No problems in the personaDocs configuration.',
      viewAsTitle: 'View as',
      viewAsHint:
        'Pick a user or group from the catalog to see the persona they would get, and exactly their tree.',
      viewAsLabel: 'User or group',
      viewAsNoOptions: 'No user or group matches',
      viewAsFailed: 'The catalog did not answer: {{error}}',
      viewAsResultLabel: 'What they see',
      viewAsResult: '{{name}} gets {{persona}}',
      viewAsGroup: 'From membership in {{entityRef}}.',
      viewAsDefault: 'The portal default, as no group maps them to a persona.',
      viewAsNone: 'No persona applies, so they see every entry.',
      viewAsChoice: 'A persona they picked themselves would win over this.',
    },
    catalog: {
      loading: 'Loading docs from the catalog…',
      slow: 'The catalog is slow to answer; the docs from config are shown meanwhile.',
      failed:
        'Docs from the catalog could not be loaded ({{error}}); the docs from config are shown.',
      retry: 'Try again',
      truncated:
        'The catalog matched more than {{max}} entities; only the first {{max}} are listed.',
    },
    problems: {
      title_one: '{{count}} problem in the personaDocs configuration',
      title_other: '{{count}} problems in the personaDocs configuration',
      description:
        'The entries or fields named below were skipped; everything else is shown.',
    },
  },
});
