import { readModel } from '../__testUtils__/readModel';
import { FlatTree } from './FlatTree';
import {
  comparablePagePath,
  entriesAbout,
  firstEntries,
  learningPaths,
  locateDocsPage,
} from './navigation';

const flat = new FlatTree(
  readModel({
    sections: [
      {
        id: 'portal',
        title: 'Developer Portal',
        entries: [
          {
            title: 'Administrator guides',
            personas: ['administrator'],
            children: [
              { title: 'Handbook', docs: 'handbook' },
              {
                title: 'Installing and configuring',
                docs: 'handbook',
                path: 'admin/installing/',
              },
              {
                title: 'Database',
                docs: 'handbook',
                path: 'admin/installing/database#postgres',
              },
              {
                title: 'Runbooks',
                docs: 'component:ops/runbooks',
                entities: ['component:default/api-gateway'],
              },
            ],
          },
          {
            title: 'Getting started',
            learningPath: true,
            children: [
              { title: 'Step one', docs: 'guide', path: 'one' },
              {
                title: 'Admin step',
                docs: 'guide',
                path: 'admin',
                personas: ['administrator'],
              },
              { title: 'Step two', docs: 'guide', path: 'two' },
            ],
          },
        ],
      },
      {
        id: 'framework',
        title: 'Framework',
        entries: [{ title: 'Plugins', url: '/plugins' }],
      },
    ],
  }),
);

const handbook = { kind: 'component', namespace: 'default', name: 'handbook' };
const guide = { kind: 'Component', namespace: 'Default', name: 'Guide' };
const titles = (entries: readonly { title?: string }[]) =>
  entries.map(e => e.title);

describe('locateDocsPage', () => {
  it.each([
    ['', 'Handbook'],
    ['index.html', 'Handbook'],
    ['admin/', 'Handbook'],
    ['admin/installing', 'Installing and configuring'],
    ['admin/installing/', 'Installing and configuring'],
    ['admin/installing/index.html', 'Installing and configuring'],
    ['admin/installing/upgrade/', 'Installing and configuring'],
    ['admin/installing/database/', 'Database'],
    ['admin/installing-elsewhere/', 'Handbook'],
  ])('places page %j of the site at %j', (page, title) => {
    expect(
      locateDocsPage(flat, 'administrator', handbook, page)?.entry.title,
    ).toBe(title);
  });

  it('says where an entry sits, and what comes before and after, across sites', () => {
    const found = locateDocsPage(
      flat,
      'administrator',
      handbook,
      'admin/installing/database',
    );
    expect(titles(found!.trail)).toEqual(['Administrator guides']);
    expect(found!.previous?.title).toBe('Installing and configuring');
    // The next entry lives in another TechDocs site.
    expect(found!.next?.title).toBe('Runbooks');
    expect(found!.path).toBeUndefined();
  });

  it('stays out of the way for a page in no entry, or an entry the persona does not see', () => {
    expect(
      locateDocsPage(flat, 'administrator', { ...handbook, name: 'other' }, ''),
    ).toBeUndefined();
    expect(
      locateDocsPage(flat, 'user', handbook, 'admin/installing'),
    ).toBeUndefined();
  });

  it('keeps previous and next within a learning path, for the persona’s steps', () => {
    const found = locateDocsPage(flat, 'user', guide, 'two/');
    expect(found!.path?.entry.title).toBe('Getting started');
    expect(titles(found!.path!.steps)).toEqual(['Step one', 'Step two']);
    expect(found!.path!.step).toBe(1);
    expect(found!.previous?.title).toBe('Step one');
    expect(found!.next).toBeUndefined();
    const admin = locateDocsPage(flat, 'administrator', guide, 'two');
    expect(admin!.previous?.title).toBe('Admin step');
  });
});

describe('locateDocsPage, for a page both in the tree and in a path', () => {
  const both = new FlatTree(
    readModel({
      sections: [
        {
          id: 'portal',
          title: 'Portal',
          entries: [
            { title: 'Installing', docs: 'handbook', path: 'install/' },
            {
              title: 'First portal',
              learningPath: true,
              children: [
                { title: 'Create', docs: 'handbook', path: 'create/' },
                { title: 'Install it', docs: 'handbook', path: 'install/' },
              ],
            },
          ],
        },
      ],
    }),
  );

  it('places it in the path, where the reader is likelier to be', () => {
    const found = locateDocsPage(both, 'user', handbook, 'install/#db');
    expect(found!.entry.title).toBe('Install it');
    expect(found!.path?.step).toBe(1);
    expect(found!.previous?.title).toBe('Create');
  });
});

describe('learningPaths', () => {
  it('lists the paths a persona sees, with the steps it sees', () => {
    expect(
      learningPaths(flat, 'user').map(p => [p.entry.title, titles(p.steps)]),
    ).toEqual([['Getting started', ['Step one', 'Step two']]]);
    expect(titles(learningPaths(flat, 'administrator')[0].steps)).toEqual([
      'Step one',
      'Admin step',
      'Step two',
    ]);
  });
});

describe('entriesAbout', () => {
  it('lists the entries of an entity’s site and those that name the entity', () => {
    expect(titles(entriesAbout(flat, 'administrator', handbook))).toEqual([
      'Handbook',
      'Installing and configuring',
      'Database',
    ]);
    expect(
      titles(
        entriesAbout(flat, 'administrator', {
          kind: 'component',
          namespace: 'default',
          name: 'api-gateway',
        }),
      ),
    ).toEqual(['Runbooks']);
    expect(entriesAbout(flat, 'user', handbook)).toEqual([]);
  });
});

describe('firstEntries', () => {
  it('gives the first entries with a target, in a section or in all', () => {
    expect(titles(firstEntries(flat, 'user', { limit: 5 }))).toEqual([
      'Step one',
      'Step two',
      'Plugins',
    ]);
    expect(
      titles(firstEntries(flat, 'user', { sectionId: 'framework', limit: 5 })),
    ).toEqual(['Plugins']);
    expect(titles(firstEntries(flat, 'administrator', { limit: 2 }))).toEqual([
      'Handbook',
      'Installing and configuring',
    ]);
  });
});

describe('comparablePagePath', () => {
  it.each([
    [undefined, ''],
    ['/', ''],
    ['a/b/', 'a/b'],
    ['/a/b/index.html', 'a/b'],
    ['a#x', 'a'],
  ])('makes %j %j', (path, comparable) => {
    expect(comparablePagePath(path)).toBe(comparable);
  });
});
