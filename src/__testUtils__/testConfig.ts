/**
 * A small persona docs config shared by the page tests: two personas with
 * a group mapping, two sections, TechDocs entries with and without titles,
 * in-app and external links.
 */
export const testPersonaDocsConfig = {
  defaultPersona: 'user',
  // A portal's own persona model: only the three personas below.
  builtInPersonas: false,
  personas: [
    { id: 'user', title: 'End User', description: 'Uses the portal.' },
    {
      id: 'administrator',
      title: 'Administrator',
      description: 'Runs the portal.',
      groups: ['group:default/platform-team'],
    },
    {
      id: 'integrator',
      title: 'Integrator',
      description: 'Extends the portal.',
    },
  ],
  sections: [
    {
      id: 'developer-portal',
      title: 'Developer Portal',
      description: 'The portal you get out of the box.',
      entries: [
        {
          id: 'user-guides',
          title: 'User guides',
          personas: ['user'],
          children: [
            {
              id: 'logging-in',
              title: 'Logging in',
              docs: 'component:default/backstage-docs',
              path: 'user/logging-in',
            },
            { id: 'catalog', title: 'Browse the catalog', url: '/catalog' },
          ],
        },
        {
          id: 'admin-guides',
          title: 'Administrator guides',
          personas: ['administrator'],
          children: [
            {
              id: 'installing',
              title: 'Installing and configuring',
              description: 'Database and authentication',
              docs: 'component:default/backstage-docs',
              path: 'admin/installing#database',
            },
            {
              id: 'threat-model',
              title: 'Backstage threat model',
              url: 'https://backstage.io/docs/overview/threat-model',
            },
          ],
        },
        { id: 'dev-guide', docs: 'component:default/developer-guide' },
      ],
    },
    {
      id: 'framework',
      title: 'Framework',
      entries: [
        {
          id: 'plugins',
          title: 'Building plugins',
          personas: ['integrator'],
          children: [
            {
              id: 'testing',
              title: 'Testing plugins',
              docs: 'component:default/missing-docs',
            },
          ],
        },
      ],
    },
  ],
};
