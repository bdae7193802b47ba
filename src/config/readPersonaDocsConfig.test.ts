/* eslint-disable no-script-url */
// These tests feed script URLs on purpose, to prove they are rejected.
import { ConfigReader } from '@backstage/config';
import { readModel } from '../__testUtils__/readModel';
import { readPersonaDocsConfig } from './readPersonaDocsConfig';

function read(personaDocs: unknown) {
  return readPersonaDocsConfig(new ConfigReader({ personaDocs } as any));
}

function problemTexts(personaDocs: unknown) {
  return read(personaDocs).problems.map(p => p.text);
}

/** A section holding the given entries, for tests about entries. */
function withEntries(entries: unknown[], extra: object = {}) {
  return {
    ...extra,
    sections: [{ id: 'portal', title: 'Portal', entries }],
  };
}

describe('readPersonaDocsConfig', () => {
  describe('defaults', () => {
    it('offers the five BEP personas and two BEP sections when nothing is configured', () => {
      const model = readPersonaDocsConfig(new ConfigReader({}));
      expect(model.personas.map(p => p.id)).toEqual([
        'user',
        'administrator',
        'integrator',
        'contributor',
        'business-stakeholder',
      ]);
      expect(model.personas[0].title).toBe('End User');
      expect(model.personas[0].description).toMatch(/find information/);
      expect(model.sections.map(s => s.id)).toEqual([
        'developer-portal',
        'framework',
      ]);
      expect(model.configured).toBe(false);
      expect(model.problems).toEqual([]);
    });

    it('treats an empty personaDocs block as not configured, without problems', () => {
      const model = read(null);
      expect(model.configured).toBe(false);
      expect(model.problems).toEqual([]);
    });
  });

  describe('the documented example', () => {
    const example = {
      title: 'Docs by persona',
      defaultPersona: 'user',
      personas: [
        {
          id: 'user',
          title: 'End User',
          description: 'Uses the portal.',
        },
        {
          id: 'administrator',
          title: 'Administrator / Operator',
          description: 'Deploys, configures and secures the portal.',
          groups: ['group:default/platform-team', 'user:default/jane'],
        },
      ],
      sections: [
        {
          id: 'developer-portal',
          title: 'Developer Portal',
          description: 'The portal you get out of the box.',
          entries: [
            {
              title: 'Administrator guides',
              personas: ['administrator'],
              children: [
                {
                  title: 'Installing and configuring',
                  docs: 'component:default/backstage-docs',
                  path: 'admin/installing',
                },
                {
                  title: 'Backstage threat model',
                  url: 'https://backstage.io/docs/overview/threat-model',
                },
              ],
            },
          ],
        },
      ],
    };

    it('reads every field without problems', () => {
      const model = read(example);
      expect(model.problems).toEqual([]);
      expect(model.configured).toBe(true);
      expect(model.title).toBe('Docs by persona');
      expect(model.defaultPersona).toBe('user');
      expect(model.personas[1]).toEqual({
        id: 'administrator',
        title: 'Administrator / Operator',
        description: 'Deploys, configures and secures the portal.',
        groups: ['group:default/platform-team', 'user:default/jane'],
        // The built-in title's translations stay; the description changed.
        translations: expect.objectContaining({
          de: { title: 'Administrator / Betreiber' },
        }),
      });
      const [group] = model.sections[0].entries;
      expect(group).toMatchObject({
        id: 'developer-portal/administrator-guides',
        title: 'Administrator guides',
        personas: ['administrator'],
      });
      expect(group.target).toBeUndefined();
      expect(group.children[0]).toMatchObject({
        id: 'developer-portal/administrator-guides/installing-and-configuring',
        target: {
          type: 'techdocs',
          entityRef: 'component:default/backstage-docs',
          kind: 'component',
          namespace: 'default',
          name: 'backstage-docs',
          path: 'admin/installing',
        },
      });
      expect(group.children[0].personas).toBeUndefined();
      expect(group.children[1].target).toEqual({
        type: 'url',
        url: 'https://backstage.io/docs/overview/threat-model',
        external: true,
      });
    });
  });

  describe('personas', () => {
    it('refines a built-in persona with a configured one of the same id', () => {
      const model = read({
        personas: [
          { id: 'administrator', groups: ['platform-team'] },
          { id: 'sre', title: 'Site Reliability Engineer' },
        ],
      });
      expect(model.problems).toEqual([]);
      expect(model.personas.map(p => p.id)).toEqual([
        'user',
        'administrator',
        'integrator',
        'contributor',
        'business-stakeholder',
        'sre',
      ]);
      expect(model.personas[1]).toEqual({
        id: 'administrator',
        title: 'Administrator / Operator',
        description: expect.stringMatching(/^Configures, secures and deploys/),
        groups: ['group:default/platform-team'],
        translations: expect.objectContaining({
          ja: {
            title: '管理者 / 運用者',
            description: expect.stringMatching(/^開発者ポータル/),
          },
        }),
      });
      expect(model.personas[5]).toEqual({
        id: 'sre',
        title: 'Site Reliability Engineer',
        groups: [],
      });
    });

    it('offers only the configured personas without the built-in ones', () => {
      const model = read({
        builtInPersonas: false,
        personas: [{ id: 'sre', title: 'SRE' }],
      });
      expect(model.personas.map(p => p.id)).toEqual(['sre']);
    });

    it('keeps the built-in personas when builtInPersonas is not a boolean', () => {
      const model = read({ builtInPersonas: 'no' });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.builtInPersonas: expected true or false, got a string; the built-in personas are kept',
      ]);
      expect(model.personas).toHaveLength(5);
    });
  });

  describe('translations, learning paths and entities', () => {
    it('reads texts per language for personas, sections and entries', () => {
      const model = read({
        personas: [
          {
            id: 'sre',
            title: 'SRE',
            translations: {
              de: { title: 'Betrieb' },
              'pt-BR': { description: 'Opera' },
            },
          },
        ],
        sections: [
          {
            id: 'portal',
            title: 'Portal',
            translations: { fr: { title: 'Portail' } },
            entries: [
              {
                title: 'Install',
                url: '/install',
                translations: {
                  ja: { title: 'インストール', description: '手順' },
                },
              },
            ],
          },
        ],
      });
      expect(model.problems).toEqual([]);
      expect(model.personas.find(p => p.id === 'sre')?.translations).toEqual({
        de: { title: 'Betrieb' },
        'pt-BR': { description: 'Opera' },
      });
      expect(model.sections[0].translations).toEqual({
        fr: { title: 'Portail' },
      });
      expect(model.sections[0].entries[0].translations).toEqual({
        ja: { title: 'インストール', description: '手順' },
      });
    });

    it('drops a built-in persona’s translated title when config renames it', () => {
      const model = read({
        personas: [{ id: 'user', title: 'Developer' }],
      });
      const user = model.personas.find(p => p.id === 'user');
      expect(user?.title).toBe('Developer');
      expect(user?.translations?.de).toEqual({
        description: expect.stringMatching(/^Nutzt Backstage/),
      });
    });

    it('lets configured translations win over built-in ones, field by field', () => {
      const model = read({
        personas: [{ id: 'user', translations: { de: { title: 'Nutzerin' } } }],
      });
      expect(model.personas[0].translations?.de).toEqual({
        title: 'Nutzerin',
        description: expect.stringMatching(/^Nutzt Backstage/),
      });
    });

    it('reports a language code that is not one, keeping the others', () => {
      const model = read(
        withEntries([
          {
            title: 'Install',
            url: '/install',
            translations: {
              'not a language': { title: 'x' },
              de: { title: 'Installieren' },
            },
          },
        ]),
      );
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[0].translations["not a language"]: invalid language code "not a language"; use a code such as de or pt-BR; ignored',
      ]);
      expect(model.sections[0].entries[0].translations).toEqual({
        de: { title: 'Installieren' },
      });
    });

    it('marks a group as a learning path, and reports one without steps', () => {
      const model = read(
        withEntries([
          {
            title: 'First portal',
            learningPath: true,
            children: [{ title: 'Create', url: '/create' }],
          },
          { title: 'Empty path', url: '/x', learningPath: true },
        ]),
      );
      expect(model.sections[0].entries[0].learningPath).toBe(true);
      expect(model.sections[0].entries[1].learningPath).toBeUndefined();
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[1].learningPath: learningPath needs children, the steps of the path; learningPath ignored',
      ]);
    });

    it('reads the entities an entry is about as lowercase refs', () => {
      const model = read(
        withEntries([
          {
            title: 'Runbook',
            url: '/runbook',
            entities: ['Gateway', 'system:ops/Payments', 'not a ref!!', 7],
          },
        ]),
      );
      expect(model.sections[0].entries[0].entities).toEqual([
        'component:default/gateway',
        'system:ops/payments',
      ]);
      expect(model.problems).toHaveLength(2);
    });
  });

  describe('groups from the catalog, and the coverage view', () => {
    it('reads a group’s catalog filters, one or a list', () => {
      const model = read(
        withEntries([
          {
            title: 'Handbooks',
            fromCatalog: {
              filter: {
                kind: 'component',
                'spec.type': ['documentation', 'guide'],
              },
            },
          },
          {
            title: 'Runbooks',
            fromCatalog: {
              filter: [
                { 'metadata.tags': 'runbook' },
                { 'metadata.annotations.example.com/oncall': true },
              ],
            },
          },
          { title: 'Annotated only', fromCatalog: true },
        ]),
      );
      expect(model.problems).toEqual([]);
      expect(model.sections[0].entries.map(e => e.fromCatalog)).toEqual([
        {
          filters: [
            { kind: ['component'], 'spec.type': ['documentation', 'guide'] },
          ],
        },
        {
          filters: [
            { 'metadata.tags': ['runbook'] },
            { 'metadata.annotations.example.com/oncall': true },
          ],
        },
        { filters: [] },
      ]);
    });

    it('reports filters it cannot use, and fromCatalog on an entry with a target', () => {
      const texts = problemTexts(
        withEntries([
          { title: 'A', fromCatalog: { filter: { 'spec type': 'x' } } },
          { title: 'B', fromCatalog: { filter: { kind: 7 } } },
          { title: 'C', url: '/c', fromCatalog: true },
        ]),
      );
      expect(texts).toEqual([
        'personaDocs.sections[0].entries[0].fromCatalog.filter["spec type"]: invalid catalog field "spec type"; use a field path such as spec.type or metadata.tags; filter ignored',
        'personaDocs.sections[0].entries[1].fromCatalog.filter.kind: expected a string, a list of strings, or true, got a number; filter ignored',
        'personaDocs.sections[0].entries[2].fromCatalog: fromCatalog is for groups, entries without docs or url; fromCatalog ignored',
      ]);
    });

    it('reads who sees the coverage view and what counts as stale', () => {
      const model = read({
        ...withEntries([{ title: 'A', url: '/a' }]),
        coverage: {
          viewers: ['platform-team', 'user:default/jane'],
          staleAfterDays: 30,
        },
      });
      expect(model.coverage).toEqual({
        viewers: ['group:default/platform-team', 'user:default/jane'],
        staleAfterDays: 30,
        fewEntries: 3,
      });
      expect(read(withEntries([{ title: 'A', url: '/a' }])).coverage).toEqual({
        staleAfterDays: 180,
        fewEntries: 3,
      });
      expect(
        problemTexts({
          ...withEntries([{ title: 'A', url: '/a' }]),
          coverage: { fewEntries: -1 },
        }),
      ).toEqual([
        'personaDocs.coverage.fewEntries: expected a whole number of 0 or more, got a number; using 3',
      ]);
    });
  });

  describe('problems', () => {
    it('reports wrong types with the key path and keeps the rest', () => {
      const model = read({
        title: 42,
        personas: [{ id: 'user', title: ['x'] }],
        sections: [
          {
            id: 'portal',
            title: 'Portal',
            entries: [
              { title: 7, url: '/a' },
              'just a string',
              { title: 'Kept', url: '/kept', children: 'nope' },
            ],
          },
        ],
      });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.title: expected a string, got a number; title ignored',
        'personaDocs.personas[0].title: expected a string, got a list; the id is shown instead',
        'personaDocs.sections[0].entries[0].title: expected a string, got a number; title ignored',
        'personaDocs.sections[0].entries[0]: missing title (required unless docs is set); entry dropped',
        'personaDocs.sections[0].entries[1]: expected an object, got a string; entry dropped',
        'personaDocs.sections[0].entries[2].children: expected a list, got a string; ignored',
      ]);
      expect(model.title).toBeUndefined();
      // The built-in persona keeps its own title.
      expect(model.personas[0]).toMatchObject({
        id: 'user',
        title: 'End User',
      });
      expect(model.sections[0].entries.map(e => e.title)).toEqual(['Kept']);
    });

    it('reports a personaDocs block that is not an object', () => {
      expect(problemTexts('yes')).toEqual([
        'personaDocs: expected an object, got a string; the whole personaDocs block is ignored',
      ]);
    });

    it('falls back to the defaults when personas or sections are not lists', () => {
      const model = read({ personas: { id: 'user' }, sections: 'all' });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.personas: expected a list, got an object; ignored',
        'personaDocs.sections: expected a list, got a string; the default sections are used instead',
      ]);
      expect(model.personas).toHaveLength(5);
      expect(model.sections).toHaveLength(2);
    });

    it('reports unknown keys', () => {
      expect(
        problemTexts(
          withEntries([{ title: 'A', url: '/a', childs: [] }], { persona: [] }),
        ),
      ).toEqual([
        'personaDocs.persona: unknown key; known keys here: title, defaultPersona, builtInPersonas, personas, sections, coverage',
        'personaDocs.sections[0].entries[0].childs: unknown key; known keys here: id, title, description, personas, docs, path, url, children, learningPath, entities, translations, fromCatalog',
      ]);
    });

    it('drops entries without a title unless docs is set, counting what is lost', () => {
      const model = read(
        withEntries([
          { url: '/no-title' },
          {
            description: 'group without title',
            children: [
              { title: 'A', url: '/a', children: [{ title: 'B', url: '/b' }] },
            ],
          },
          { docs: 'backstage-docs' },
          { title: '   ', url: '/blank' },
        ]),
      );
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[0]: missing title (required unless docs is set); entry dropped',
        'personaDocs.sections[0].entries[1]: missing title (required unless docs is set); entry dropped with its 2 descendants',
        'personaDocs.sections[0].entries[3].title: is empty; title ignored',
        'personaDocs.sections[0].entries[3]: missing title (required unless docs is set); entry dropped',
      ]);
      expect(model.sections[0].entries).toHaveLength(1);
      expect(model.sections[0].entries[0]).toMatchObject({
        id: 'portal/backstage-docs',
        target: { entityRef: 'component:default/backstage-docs' },
      });
      expect(model.sections[0].entries[0].title).toBeUndefined();
    });

    it('drops sections without a title, saying how many entries go with them', () => {
      const model = read({
        sections: [
          {
            id: 'a',
            entries: [
              { title: 'A', url: '/a' },
              { title: 'B', url: '/b' },
            ],
          },
          { id: 'b', title: 'B' },
        ],
      });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0]: missing title; section dropped with its 2 entries',
      ]);
      expect(model.sections.map(s => s.id)).toEqual(['b']);
      expect(model.configured).toBe(false);
    });

    it('drops entries that lead nowhere', () => {
      expect(
        problemTexts(withEntries([{ title: 'Empty group', children: [] }])),
      ).toEqual([
        'personaDocs.sections[0].entries[0]: has no usable docs, url or children, so it leads nowhere; entry dropped',
      ]);
    });

    it('reports unknown persona ids at their exact key path and keeps the known ones', () => {
      const model = read({
        sections: [
          {
            title: 'Portal',
            entries: [
              { title: 'A', url: '/a' },
              { title: 'B', url: '/b' },
              {
                title: 'Guides',
                children: [
                  { title: 'One', url: '/1' },
                  { title: 'Two', url: '/2', personas: ['admn', 'user', 3] },
                ],
              },
            ],
          },
        ],
      });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[2].children[1].personas[0]: unknown persona "admn"; known: user, administrator, integrator, contributor, business-stakeholder',
        'personaDocs.sections[0].entries[2].children[1].personas[2]: expected a persona id, got a number; ignored',
      ]);
      expect(model.sections[0].entries[2].children[1].personas).toEqual([
        'user',
      ]);
    });

    it('lets an entry inherit when none of its persona ids is usable', () => {
      const model = read(
        withEntries([{ title: 'A', url: '/a', personas: ['nobody'] }]),
      );
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[0].personas[0]: unknown persona "nobody"; known: user, administrator, integrator, contributor, business-stakeholder',
        "personaDocs.sections[0].entries[0].personas: no valid persona ids; the entry inherits its parent's personas instead",
      ]);
      expect(model.sections[0].entries[0].personas).toBeUndefined();
    });

    it('reads a single persona id written as a string, and says so', () => {
      const model = read(
        withEntries([{ title: 'A', url: '/a', personas: 'administrator' }]),
      );
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[0].personas: expected a list of persona ids, got a single string; read as [administrator]',
      ]);
      expect(model.sections[0].entries[0].personas).toEqual(['administrator']);
    });

    it('reports an unknown default persona', () => {
      expect(problemTexts({ defaultPersona: 'boss' })).toEqual([
        'personaDocs.defaultPersona: unknown persona "boss"; known: user, administrator, integrator, contributor, business-stakeholder',
      ]);
    });

    it('reports invalid, reserved, missing and duplicate persona ids', () => {
      const model = read({
        builtInPersonas: false,
        personas: [
          { id: 'dev', title: 'Developer' },
          { id: 'Dev Ops', title: 'DevOps' },
          { id: 'all', title: 'All' },
          { title: 'No id' },
          { id: 'dev', title: 'Developer again' },
        ],
      });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.personas[1].id: invalid id "Dev Ops"; use lowercase letters, digits and dashes (at most 63); persona dropped',
        'personaDocs.personas[2].id: the id "all" is reserved for "All personas"; persona dropped',
        'personaDocs.personas[3]: missing id; persona dropped',
        'personaDocs.personas[4].id: duplicate persona id "dev", first used at personaDocs.personas[0]; persona dropped',
      ]);
      expect(model.personas.map(p => p.title)).toEqual(['Developer']);
    });

    it('says so when no persona is left', () => {
      expect(problemTexts({ builtInPersonas: false, personas: [] })).toEqual([
        'personaDocs.personas: no valid personas; readers can only pick "All personas"',
      ]);
    });

    it('keeps sections and entries with duplicate ids under a new id', () => {
      const model = read({
        sections: [
          {
            id: 'guides',
            title: 'Guides',
            entries: [{ id: 'intro', title: 'Intro', url: '/a' }],
          },
          {
            id: 'guides',
            title: 'More guides',
            entries: [{ id: 'intro', title: 'Intro again', url: '/b' }],
          },
        ],
      });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[1].id: duplicate section id "guides", first used at personaDocs.sections[0]; using "guides-2"',
        'personaDocs.sections[1].entries[0].id: duplicate entry id "intro", first used at personaDocs.sections[0].entries[0]; using "intro-2"',
      ]);
      expect(model.sections.map(s => s.id)).toEqual(['guides', 'guides-2']);
      expect(model.sections[1].entries[0]).toMatchObject({
        id: 'intro-2',
        title: 'Intro again',
      });
    });

    it('derives distinct ids for entries with the same title', () => {
      const model = read(
        withEntries([
          { title: 'FAQ', url: '/a' },
          { title: 'FAQ', url: '/b' },
        ]),
      );
      expect(model.sections[0].entries.map(e => e.id)).toEqual([
        'portal/faq',
        'portal/faq-2',
      ]);
      expect(model.problems).toEqual([]);
    });

    it('keeps docs and ignores url when an entry has both', () => {
      const model = read(
        withEntries([
          { title: 'A', docs: 'backstage-docs', url: 'https://example.com' },
        ]),
      );
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[0].url: has both docs and url, but an entry has at most one target; url ignored',
      ]);
      expect(model.sections[0].entries[0].target).toMatchObject({
        type: 'techdocs',
      });
    });

    it('ignores a path without docs', () => {
      const model = read(withEntries([{ title: 'A', url: '/a', path: 'x' }]));
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[0].path: path is only allowed together with docs; path ignored',
      ]);
      expect(model.sections[0].entries[0].target).toEqual({
        type: 'url',
        url: '/a',
        external: false,
      });
    });

    it('reports invalid entity refs in docs and groups', () => {
      const model = read({
        builtInPersonas: false,
        personas: [
          {
            id: 'ops',
            title: 'Ops',
            groups: ['group:default/ops team', 'platform', 7],
          },
        ],
        sections: [
          {
            title: 'Portal',
            entries: [
              { title: 'A', docs: 'component:default/' },
              { title: 'B', docs: 'component:default/has/slash' },
              { title: 'C', docs: '' },
            ],
          },
        ],
      });
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.personas[0].groups[0]: invalid entity ref "group:default/ops team": "ops team" is not a valid name; ignored',
        'personaDocs.personas[0].groups[2]: expected an entity ref string, got a number; ignored',
        'personaDocs.sections[0].entries[0].docs: invalid entity ref "component:default/": entity reference "component:default/" was not on the form [<kind>:][<namespace>/]<name>; docs ignored',
        'personaDocs.sections[0].entries[0]: has no usable docs, url or children, so it leads nowhere; entry dropped',
        'personaDocs.sections[0].entries[1].docs: invalid entity ref "component:default/has/slash": "has/slash" is not a valid name; docs ignored',
        'personaDocs.sections[0].entries[1]: has no usable docs, url or children, so it leads nowhere; entry dropped',
        'personaDocs.sections[0].entries[2].docs: invalid entity ref "": entity reference must not be empty; docs ignored',
        'personaDocs.sections[0].entries[2]: has no usable docs, url or children, so it leads nowhere; entry dropped',
      ]);
      expect(model.personas[0].groups).toEqual(['group:default/platform']);
    });

    it('normalises group refs to lowercase with group as the default kind', () => {
      const model = read({
        builtInPersonas: false,
        personas: [
          { id: 'ops', groups: ['Platform-Team', 'User:Default/Jane'] },
        ],
      });
      expect(model.personas[0].groups).toEqual([
        'group:default/platform-team',
        'user:default/jane',
      ]);
    });

    it('rejects page paths that leave the site or carry a scheme', () => {
      const model = read(
        withEntries([
          { title: 'A', docs: 'x', path: '../other-site/index' },
          { title: 'B', docs: 'x', path: 'javascript:alert(1)' },
          { title: 'C', docs: 'x', path: '/admin//installing/#database' },
        ]),
      );
      expect(model.problems.map(p => p.text)).toEqual([
        'personaDocs.sections[0].entries[0].path: invalid page path "../other-site/index"; use a path inside the site such as admin/installing#database; path ignored',
        'personaDocs.sections[0].entries[1].path: invalid page path "javascript:alert(1)"; use a path inside the site such as admin/installing#database; path ignored',
      ]);
      const targets = model.sections[0].entries.map(e => e.target);
      expect(targets[0]).not.toHaveProperty('path');
      expect(targets[2]).toMatchObject({ path: 'admin/installing/#database' });
    });

    it.each([
      ['javascript:alert(1)', 'unsupported'],
      ['JavaScript:alert(1)', 'unsupported'],
      ['data:text/html,<script>alert(1)</script>', 'unsupported'],
      ['vbscript:msgbox(1)', 'unsupported'],
      ['java\tscript:alert(1)', 'spaces'],
      ['java\nscript:alert(1)', 'spaces'],
      [' javascript:alert(1)', 'spaces'],
      ['\u200bjavascript:alert(1)', 'spaces'],
      ['javascript&#58;alert(1)', 'unsupported'],
      ['//evil.example/x', 'unsupported'],
      ['/\\evil.example', 'unsupported'],
      ['catalog', 'unsupported'],
      ['ftp://files.example', 'unsupported'],
      ['https://', 'unsupported'],
    ])('rejects the URL %j', (url, kind) => {
      const model = read(
        withEntries([
          { title: 'Bad', url },
          { title: 'Good', url: '/ok' },
        ]),
      );
      const [problem] = model.problems;
      expect(problem.key).toBe('personaDocs.sections[0].entries[0].url');
      expect(problem.message).toContain(JSON.stringify(url));
      expect(problem.message).toMatch(
        kind === 'spaces' ? /spaces or control characters/ : /unsupported URL/,
      );
      // The entry itself had no other target, so it is dropped too.
      expect(model.sections[0].entries.map(e => e.title)).toEqual(['Good']);
    });

    it.each([
      ['https://backstage.io/docs', 'https://backstage.io/docs', true],
      ['HTTPS://Backstage.io/docs', 'https://backstage.io/docs', true],
      ['http://localhost:3000/x?y=1#z', 'http://localhost:3000/x?y=1#z', true],
      ['mailto:platform@example.com', 'mailto:platform@example.com', true],
      [
        '/catalog?filters[kind]=component',
        '/catalog?filters[kind]=component',
        false,
      ],
    ])('accepts the URL %j', (url, href, external) => {
      const model = read(withEntries([{ title: 'Good', url }]));
      expect(model.problems).toEqual([]);
      expect(model.sections[0].entries[0].target).toEqual({
        type: 'url',
        url: href,
        external,
      });
    });

    it('stops at nesting deeper than 64 levels', () => {
      let entry: any = { title: 'leaf', url: '/leaf' };
      for (let i = 0; i < 70; i++)
        entry = { title: `level ${i}`, children: [entry] };
      const model = read(withEntries([entry, { title: 'Shallow', url: '/s' }]));
      expect(model.problems).toHaveLength(1);
      expect(model.problems[0].message).toBe(
        'nested deeper than 64 levels (or refers back to an entry above it); the 7 entries below are ignored',
      );
      expect(model.problems[0].key).toBe(
        `personaDocs.sections[0].entries[0]${'.children[0]'.repeat(
          63,
        )}.children`,
      );
      // The chain of groups above the cut has nothing left to show.
      expect(model.sections[0].entries.map(e => e.title)).toEqual(['Shallow']);
    });

    it('stops at a reference loop instead of recursing forever', () => {
      const entry: any = { title: 'Loop', url: '/loop' };
      entry.children = [entry];
      // ConfigReader itself cannot hold a loop, but YAML aliases handed over
      // as plain objects can.
      const model = readModel(withEntries([entry]));
      expect(model.problems.map(p => p.message)).toEqual([
        'nested deeper than 64 levels (or refers back to an entry above it); the 10000+ entries below are ignored',
      ]);
      let depth = 0;
      for (let e = model.sections[0].entries[0]; e; e = e.children[0]) depth++;
      expect(depth).toBe(64);
    });

    it.each([
      ['an error', new Error('broken')],
      ['a string', 'broken'],
      ['a value without a string form', Object.create(null)],
      [
        'a value whose message throws',
        Object.defineProperty({}, 'message', {
          get() {
            throw new Error('no message');
          },
        }),
      ],
    ])('never throws when the config throws %s', (_, thrown) => {
      const config = new Proxy(new ConfigReader({}), {
        get: () => () => {
          throw thrown;
        },
      });
      const model = readPersonaDocsConfig(config);
      expect(model.problems).toHaveLength(1);
      expect(model.problems[0].text).toMatch(
        /^personaDocs: could not be read: /,
      );
      expect(model.problems[0].text.length).toBeLessThan(400);
      expect(model.personas).toHaveLength(5);
      expect(model.sections.map(s => s.id)).toEqual([
        'developer-portal',
        'framework',
      ]);
    });
  });

  describe('robustness', () => {
    /** An entry nested `depth` levels deep, built without recursion. */
    function nested(depth: number) {
      const top: any = { title: 'Level 1', url: '/1' };
      let current = top;
      for (let level = 2; level <= depth; level++) {
        const child = { title: `Level ${level}`, url: `/${level}` };
        current.children = [child];
        current = child;
      }
      return top;
    }

    it('keeps the valid rest of a block nested 10,000 levels deep', () => {
      const model = read({
        sections: [
          {
            id: 'deep',
            title: 'Deep',
            entries: [nested(10_000), { title: 'Beside', url: '/b' }],
          },
          { id: 'other', title: 'Other', entries: [{ title: 'O', url: '/o' }] },
        ],
      });
      expect(model.problems.map(p => p.message)).toEqual([
        expect.stringMatching(/^nested deeper than 64 levels/),
      ]);
      expect(model.sections.map(s => s.entries.length)).toEqual([2, 1]);
      expect(model.sections[0].entries[1].title).toBe('Beside');
    });

    it('bounds a tree that YAML aliases share exponentially, and says so', () => {
      // 40 levels, each listing the level below twice: 2^40 entries, all
      // the same few objects.
      let shared: any = { title: 'Leaf', url: '/leaf' };
      for (let level = 0; level < 40; level++) {
        shared = {
          title: `Level ${level}`,
          url: '/l',
          children: [shared, shared],
        };
      }
      // How long this takes is a bench row (npm run bench); here, that it
      // ends with the bound reported.
      const model = read(withEntries([shared, { title: 'After', url: '/a' }]));
      expect(model.problems.map(p => p.message)).toContain(
        'more than 200000 entries; the rest are ignored',
      );
      expect(model.sections[0].entries[0].title).toBe('Level 39');
    });

    it('keeps the first 200,000 of a flat section of more, and reports the rest', () => {
      // Lists this long once overflowed the call stack, losing the block.
      const entries = Array.from({ length: 200_001 }, (_, i) => ({
        title: `Entry ${i}`,
        url: `/e/${i}`,
      }));
      const model = read(withEntries(entries));
      expect(model.sections[0].entries).toHaveLength(200_000);
      expect(model.sections[0].entries[199_999].title).toBe('Entry 199999');
      expect(model.problems.map(p => p.message)).toEqual([
        'more than 200000 entries; the rest are ignored',
      ]);
    });

    it('gives many siblings of one title unique ids', () => {
      // Their growth (near linear, not quadratic) is a bench row.
      const entries = Array.from({ length: 20_000 }, () => ({
        title: 'Same',
        url: '/same',
      }));
      const ids = read(withEntries(entries)).sections[0].entries.map(e => e.id);
      expect(new Set(ids).size).toBe(20_000);
      expect(ids.slice(0, 3)).toEqual([
        'portal/same',
        'portal/same-2',
        'portal/same-3',
      ]);
      expect(ids[19_999]).toBe('portal/same-20000');
    });

    it('keeps messages short with many personas', () => {
      const personas = Array.from({ length: 5_000 }, (_, i) => ({
        id: `persona-${i}`,
      }));
      const entries = Array.from({ length: 2_000 }, (_, i) => ({
        title: `Entry ${i}`,
        url: '/e',
        personas: [...personas.map(p => p.id), 'nobody'],
      }));
      const model = read(withEntries(entries, { personas }));
      const unknown = model.problems.filter(p =>
        p.message.startsWith('unknown persona "nobody"'),
      );
      expect(unknown.length).toBeGreaterThan(0);
      for (const problem of model.problems) {
        expect(problem.message.length).toBeLessThan(400);
      }
    });

    it('keeps every message short, whatever the size of the values', () => {
      const huge = 'x'.repeat(1_000_000);
      const model = read({
        [huge]: 1,
        defaultPersona: huge,
        sections: [
          {
            title: 'S',
            entries: [
              { title: 'A', url: `javascript:${huge}` },
              { title: 'B', docs: huge },
              { title: 'C', docs: 'x', path: `../${huge}` },
              { title: 'D', url: '/d', personas: [huge] },
            ],
          },
        ],
      });
      expect(model.problems.length).toBeGreaterThanOrEqual(5);
      for (const problem of model.problems) {
        expect(problem.text.length).toBeLessThan(500);
      }
    });

    it('lists at most 500 problems, and counts the rest', () => {
      const entries = Array.from({ length: 2_000 }, () => ({ title: 1 }));
      const model = read(withEntries(entries));
      expect(model.problems).toHaveLength(501);
      expect(model.problems[500].text).toBe(
        'personaDocs: and 3500 more problems that are not listed',
      );
    });

    it('gives the id of a dropped entry to the next entry with that title', () => {
      const model = read(
        withEntries([
          { title: 'Guide' }, // leads nowhere: dropped
          { title: 'Guide', url: '/guide' },
        ]),
      );
      expect(model.sections[0].entries.map(e => e.id)).toEqual([
        'portal/guide',
      ]);
    });

    it('hands out a frozen model, so no reader of it can change it for others', () => {
      const model = read(
        withEntries([{ title: 'A', url: '/a', children: [] }]),
      );
      expect(Object.isFrozen(model)).toBe(true);
      expect(Object.isFrozen(model.sections[0].entries)).toBe(true);
      expect(Object.isFrozen(model.sections[0].entries[0])).toBe(true);
      expect(Object.isFrozen(model.personas[0].groups)).toBe(true);
    });
  });
});
