import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * Every string the persona docs page shows. Apps override them with
 * translation resources (TranslationBlueprint in the new frontend system).
 *
 * @public
 */
export const personaDocsTranslationRef = createTranslationRef({
  id: 'plugin.persona-docs',
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
      unsaved: 'Your choice could not be saved; it applies until you reload',
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
    problems: {
      title_one: '{{count}} problem in the personaDocs configuration',
      title_other: '{{count}} problems in the personaDocs configuration',
      description:
        'The entries or fields named below were skipped; everything else is shown.',
    },
  },
});
