/**
 * A config for the tests of the surfaces beyond the page: a learning path
 * whose steps cross two TechDocs sites, entries about an entity without
 * docs of its own, and German texts.
 */
export const surfacesConfig = {
  defaultPersona: 'user',
  builtInPersonas: false,
  personas: [
    { id: 'user', title: 'End User' },
    {
      id: 'administrator',
      title: 'Administrator',
      groups: ['group:default/platform-team'],
      translations: { de: { title: 'Administratorin' } },
    },
  ],
  sections: [
    {
      id: 'portal',
      title: 'Developer Portal',
      entries: [
        {
          id: 'first-portal',
          title: 'Set up your first portal',
          personas: ['administrator'],
          learningPath: true,
          translations: { de: { title: 'Ihr erstes Portal' } },
          children: [
            {
              id: 'create',
              title: 'Create your portal',
              docs: 'component:default/backstage-docs',
              path: 'portal/getting-started/',
            },
            {
              id: 'install',
              title: 'Install it',
              docs: 'component:default/backstage-docs',
              path: 'portal/installing/',
            },
            {
              id: 'advanced',
              title: 'Add advanced features',
              docs: 'component:default/developer-guide',
              path: 'advanced/',
            },
          ],
        },
        {
          id: 'monitoring',
          title: 'Monitoring',
          personas: ['administrator'],
          docs: 'component:default/backstage-docs',
          path: 'portal/monitoring/',
          entities: ['component:default/portal-backend'],
        },
        {
          id: 'logging-in',
          title: 'Logging in',
          personas: ['user'],
          docs: 'component:default/backstage-docs',
          path: 'user/logging-in/',
        },
        {
          id: 'catalog',
          title: 'Browse the catalog',
          personas: ['user'],
          url: '/catalog',
        },
      ],
    },
    {
      id: 'framework',
      title: 'Framework',
      entries: [
        {
          id: 'plugins',
          title: 'Building plugins',
          docs: 'component:default/backstage-docs',
          path: 'framework/plugins/',
        },
      ],
    },
  ],
};
