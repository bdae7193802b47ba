import { readModel } from '../__testUtils__/readModel';
import { DocsEntry } from '../model/types';
import { DocsTreeIndex } from './DocsTreeIndex';
import { VisibleEntry, VisibleTree } from './types';

const index = DocsTreeIndex.fromModel(
  readModel({
    builtInPersonas: false,
    personas: [
      { id: 'user', title: 'End User' },
      { id: 'admin', title: 'Administrator' },
      { id: 'dev', title: 'Integrator' },
    ],
    sections: [
      {
        id: 'portal',
        title: 'Developer Portal',
        entries: [
          { title: 'What is Backstage?', url: '/about' },
          {
            title: 'Administrator guides',
            personas: ['admin'],
            children: [
              {
                title: 'Installing and configuring',
                description: 'Database, authentication and plugins',
                docs: 'backstage-docs',
                path: 'admin/install',
              },
              // Listed for users, but its parent is for admins only.
              { title: 'Securing', personas: ['admin', 'user'], url: '/sec' },
            ],
          },
          {
            title: 'User guides',
            personas: ['user'],
            children: [
              { title: 'Logging in', url: '/login' },
              { title: 'Admin corner', personas: ['admin'], url: '/corner' },
            ],
          },
          {
            title: 'Plugins',
            url: '/plugins',
            personas: ['admin', 'dev'],
            children: [
              { title: 'Writing plugins', personas: ['dev'], url: '/w' },
            ],
          },
        ],
      },
      {
        id: 'framework',
        title: 'Framework',
        entries: [
          {
            title: 'Integrator guides',
            personas: ['dev'],
            children: [
              {
                title: 'Building plugins',
                children: [
                  {
                    title: 'Testing',
                    description: 'Unit tests for plugins',
                    url: '/t',
                  },
                  { title: 'Publishing', url: '/p' },
                ],
              },
            ],
          },
        ],
      },
    ],
  }),
);

/** The visible titles as an indented outline, which reads like the page. */
function outline(tree: VisibleTree): string[] {
  const lines: string[] = [];
  const walk = (entries: readonly VisibleEntry[], depth: number) => {
    for (const e of entries) {
      lines.push(
        `${'  '.repeat(depth)}${e.entry.title}${e.expanded ? ' [open]' : ''}`,
      );
      walk(e.children, depth + 1);
    }
  };
  for (const s of tree.sections) {
    lines.push(`# ${s.section.title} (${s.count})`);
    walk(s.entries, 1);
  }
  return lines;
}

describe('DocsTreeIndex', () => {
  it('shows every entry for all personas', () => {
    expect(outline(index.filter('all', ''))).toEqual([
      '# Developer Portal (9)',
      '  What is Backstage?',
      '  Administrator guides',
      '    Installing and configuring',
      '    Securing',
      '  User guides',
      '    Logging in',
      '    Admin corner',
      '  Plugins',
      '    Writing plugins',
      '# Framework (4)',
      '  Integrator guides',
      '    Building plugins',
      '      Testing',
      '      Publishing',
    ]);
  });

  it("inherits the nearest ancestor's personas and lets a parent gate its subtree", () => {
    expect(outline(index.filter('user', ''))).toEqual([
      '# Developer Portal (3)',
      '  What is Backstage?',
      '  User guides',
      '    Logging in',
      '# Framework (0)',
    ]);
  });

  it('drops a group without a target when none of its children is shown', () => {
    const userAndAdminGroup = outline(index.filter('admin', ''));
    expect(userAndAdminGroup).toEqual([
      '# Developer Portal (5)',
      '  What is Backstage?',
      '  Administrator guides',
      '    Installing and configuring',
      '    Securing',
      '  Plugins',
      '# Framework (0)',
    ]);
    // "User guides" is for users only, so its "Admin corner" child is gated
    // away for admins; "Plugins" has a target of its own and stays although
    // its only child is for integrators.
  });

  it('keeps a group whose descendants are shown several levels down', () => {
    expect(outline(index.filter('dev', ''))).toEqual([
      '# Developer Portal (3)',
      '  What is Backstage?',
      '  Plugins',
      '    Writing plugins',
      '# Framework (4)',
      '  Integrator guides',
      '    Building plugins',
      '      Testing',
      '      Publishing',
    ]);
  });

  it('shows nothing restricted to personas for an unknown persona id', () => {
    expect(outline(index.filter('nobody', ''))).toEqual([
      '# Developer Portal (1)',
      '  What is Backstage?',
      '# Framework (0)',
    ]);
  });

  describe('search', () => {
    it('keeps the ancestors of matches, opened, and reports the matched characters', () => {
      const tree = index.filter('all', 'TEST');
      expect(outline(tree)).toEqual([
        '# Developer Portal (9)',
        '# Framework (4)',
        '  Integrator guides [open]',
        '    Building plugins [open]',
        '      Testing',
      ]);
      expect(tree.filtering).toBe(true);
      expect(tree.expandedIds).toEqual([
        'framework/integrator-guides',
        'framework/integrator-guides/building-plugins',
      ]);
      const testing = tree.sections[1].entries[0].children[0].children[0];
      expect(testing.match).toEqual({
        title: [{ start: 0, end: 4 }],
        description: [{ start: 5, end: 9 }],
      });
      expect(tree.sections.map(s => s.matchCount)).toEqual([0, 1]);
    });

    it('matches descriptions and keeps the shown children of a match, closed', () => {
      const tree = index.filter('admin', 'authentication');
      expect(outline(tree)).toEqual([
        '# Developer Portal (5)',
        '  Administrator guides [open]',
        '    Installing and configuring',
        '# Framework (0)',
      ]);
      expect(outline(index.filter('all', 'building'))).toEqual([
        '# Developer Portal (9)',
        '# Framework (4)',
        '  Integrator guides [open]',
        '    Building plugins',
        '      Testing',
        '      Publishing',
      ]);
    });

    it('only searches what the persona sees', () => {
      expect(outline(index.filter('user', 'admin'))).toEqual([
        '# Developer Portal (3)',
        '# Framework (0)',
      ]);
    });

    it('requires every word to match, in any order, and highlights each', () => {
      const tree = index.filter('all', '  plugins  writing ');
      expect(outline(tree)).toEqual([
        '# Developer Portal (9)',
        '  Plugins [open]',
        '    Writing plugins',
        '# Framework (0)'.replace('(0)', '(4)'),
      ]);
      expect(tree.sections[0].entries[0].children[0].match!.title).toEqual([
        { start: 0, end: 7 },
        { start: 8, end: 15 },
      ]);
    });

    it('merges overlapping highlight ranges', () => {
      const tree = index.filter('all', 'plug plugins');
      const plugins = tree.sections[0].entries.find(
        e => e.entry.title === 'Plugins',
      )!;
      expect(plugins.match!.title).toEqual([{ start: 0, end: 7 }]);
    });

    it('keeps highlight ranges on the right characters when lowercasing changes the length', () => {
      const special = DocsTreeIndex.fromModel(
        readModel({
          sections: [
            {
              title: 'S',
              entries: [{ title: 'İstanbul İstanbul guide', url: '/i' }],
            },
          ],
        }),
      );
      const [entry] = special.filter('all', 'guide').sections[0].entries;
      expect(
        entry.entry.title!.slice(
          entry.match!.title[0].start,
          entry.match!.title[0].end,
        ),
      ).toBe('guide');
    });

    it('finds entries without a configured title by their site name', () => {
      const docsOnly = DocsTreeIndex.fromModel(
        readModel({
          sections: [
            {
              title: 'S',
              entries: [{ docs: 'component:default/payments-handbook' }],
            },
          ],
        }),
      );
      const [entry] = docsOnly.filter('all', 'handbook').sections[0].entries;
      expect(entry.entry.id).toBe('s/payments-handbook');
      expect(entry.match).toEqual({ title: [], description: [] });
    });

    it('treats a blank search as no search', () => {
      const tree = index.filter('dev', '   ');
      expect(tree.filtering).toBe(false);
      expect(tree.query).toBe('   ');
      expect(outline(tree)).toEqual(outline(index.filter('dev', '')));
    });
  });

  it('counts entries per persona, with and without search', () => {
    expect(Object.fromEntries(index.countByPersona())).toEqual({
      user: 3,
      admin: 5,
      dev: 7,
    });
    // Descriptions count too: "Database, authentication and plugins".
    expect(Object.fromEntries(index.countByPersona('plugins'))).toEqual({
      user: 0,
      admin: 2,
      dev: 4,
    });
  });

  it('tells which personas see an entry, for badges', () => {
    const byId = new Map<string, DocsEntry>();
    const collect = (entries: DocsEntry[]) =>
      entries.forEach(e => {
        byId.set(e.id, e);
        collect(e.children);
      });
    index.model.sections.forEach(s => collect(s.entries));
    const showing = (id: string) => index.personasShowing(byId.get(id)!);
    expect(showing('portal/what-is-backstage')).toEqual([
      'user',
      'admin',
      'dev',
    ]);
    expect(showing('portal/administrator-guides/securing')).toEqual(['admin']);
    expect(showing('portal/plugins')).toEqual(['admin', 'dev']);
    expect(index.personasShowing({ id: 'elsewhere', children: [] })).toEqual(
      [],
    );
  });

  it('returns the same tree object for repeated unfiltered filters', () => {
    expect(index.filter('user', '')).toBe(index.filter('user', ''));
  });
});

describe('DocsTreeIndex results', () => {
  const greekModel = readModel({
    sections: [
      {
        id: 's',
        title: 'S',
        entries: [
          { title: 'ΟΔΟΣ guide', url: '/a' },
          { title: 'İstanbul ΟΔΟΣ', url: '/b' },
          { title: 'Plain', url: '/c', personas: ['user'] },
        ],
      },
    ],
  });

  it('cannot be changed by a caller, so later results stay right', () => {
    const results = DocsTreeIndex.fromModel(greekModel);
    const tree = results.filter('all', '');
    expect(() => (tree.sections as any[]).pop()).toThrow();
    expect(() => (tree.sections[0].entries as any[]).push({})).toThrow();
    expect(() => {
      (tree as any).persona = 'user';
    }).toThrow();
    const personas = results.personasShowing(greekModel.sections[0].entries[2]);
    expect(() => (personas as string[]).push('intruder')).toThrow();
    expect(results.filter('all', '').sections[0].entries).toHaveLength(3);
    expect(results.personasShowing(greekModel.sections[0].entries[2])).toEqual([
      'user',
    ]);
  });

  it('folds a word the same way whatever other letters the text holds', () => {
    const results = DocsTreeIndex.fromModel(greekModel);
    // "ΟΔΟΣ" ends in a capital sigma; next to "İ", whose lowercase is two
    // characters long, it must still match the query typed either way.
    for (const query of ['οδος', 'οδοσ', 'ΟΔΟΣ', 'Οδος']) {
      const titles = results
        .filter('all', query)
        .sections[0].entries.map(e => e.entry.title);
      expect(titles).toEqual(['ΟΔΟΣ guide', 'İstanbul ΟΔΟΣ']);
    }
    const match = results.filter('all', 'οδος').sections[0].entries[1].match;
    expect(match?.title).toEqual([{ start: 9, end: 13 }]);
  });
});
