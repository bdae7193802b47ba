/**
 * What both frontend systems' home card extensions declare: its name in
 * the home page's layout config, its default size, and its settings for the
 * home page's card editor. Kept apart from the card itself, as the
 * extensions need them when the app starts and the card is only loaded
 * when it renders. Home page card titles and settings are plain strings in
 * Backstage, so they stay in English.
 */
export const homeCard = {
  title: 'Docs for you',
  description:
    'The docs of your persona, or the next step of your learning path',
  layout: {
    width: { minColumns: 4, defaultColumns: 6 },
    height: { minRows: 4, defaultRows: 6 },
  },
  settings: {
    schema: {
      title: 'Docs for you',
      type: 'object' as const,
      properties: {
        limit: {
          title: 'Entries shown',
          type: 'integer' as const,
          minimum: 1,
          maximum: 50,
          default: 5,
        },
        section: {
          title: 'Section id (all sections when empty)',
          type: 'string' as const,
        },
      },
    },
  },
};
