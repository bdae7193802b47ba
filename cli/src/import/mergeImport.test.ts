/**
 * @jest-environment node
 */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */
import fc from 'fast-check';
import { mergeImport } from './mergeImport';

const page = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Page ${id}`,
  docs: 'component:default/handbook',
  path: `${id}/`,
  ...extra,
});

const section = (id: string, entries: unknown[]) => ({
  id,
  title: `Section ${id}`,
  entries,
});

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('mergeImport', () => {
  const base = [
    section('handbook', [
      page('a'),
      {
        id: 'g',
        title: 'Guides',
        personas: ['administrator'],
        children: [page('b'), page('c')],
      },
      page('d'),
    ]),
  ];

  it('takes the new import where nothing was edited by hand', () => {
    const theirs = [
      section('handbook', [
        page('a', { title: 'Page a, renamed in the nav' }),
        { id: 'g', title: 'Guides', children: [page('c'), page('e')] },
        page('d', { description: 'From front matter' }),
      ]),
    ];
    const { sections, report } = mergeImport(base, clone(base), theirs);
    expect(sections).toEqual(theirs);
    expect(report).toEqual({
      added: 1,
      removed: 1,
      keptEdited: [],
      droppedEdited: [],
      handEdits: 0,
    });
  });

  it('keeps hand-edited fields, added and deleted entries, and takes the rest from the nav', () => {
    const ours = clone(base) as any[];
    ours[0].entries[0].title = 'My own title for a';
    ours[0].entries[1].personas = ['administrator', 'integrator'];
    ours[0].entries[1].children.splice(0, 0, {
      title: 'Runbook',
      url: 'https://runbooks.example.com',
    });
    ours[0].entries.pop(); // d deleted by hand
    const theirs = [
      section('handbook', [
        page('a', { title: 'A from the nav', description: 'New description' }),
        {
          id: 'g',
          title: 'Guides, renamed',
          personas: ['administrator'],
          children: [page('b'), page('c'), page('f')],
        },
        page('d'),
      ]),
    ];
    const { sections, report } = mergeImport(base, ours, theirs);
    expect(sections).toEqual([
      section('handbook', [
        page('a', {
          title: 'My own title for a',
          description: 'New description',
        }),
        {
          id: 'g',
          title: 'Guides, renamed',
          personas: ['administrator', 'integrator'],
          children: [
            { title: 'Runbook', url: 'https://runbooks.example.com' },
            page('b'),
            page('c'),
            page('f'),
          ],
        },
      ]),
    ]);
    expect(report.added).toBe(1);
    expect(report.handEdits).toBe(2);
  });

  it('keeps an edited entry whose page left the nav, and reports it', () => {
    const ours = clone(base) as any[];
    ours[0].entries[1].children[0].description = 'Written by hand';
    const theirs = [
      section('handbook', [
        page('a'),
        {
          id: 'g',
          title: 'Guides',
          personas: ['administrator'],
          children: [page('c')],
        },
        page('d'),
      ]),
    ];
    const { sections, report } = mergeImport(base, ours, theirs);
    expect(
      (sections[0] as any).entries[1].children.map((e: any) => e.id),
    ).toEqual(['b', 'c']);
    expect(report.keptEdited).toEqual(['b']);
  });

  it('keeps a group that left the nav when you put an entry of your own in it', () => {
    const ours = clone(base) as any[];
    ours[0].entries[1].children.push({ title: 'Mine', url: '/catalog' });
    const theirs = [
      section('handbook', [page('a'), page('b'), page('c'), page('d')]),
    ];
    const { sections } = mergeImport(base, ours, theirs);
    expect((sections[0] as any).entries).toEqual([
      page('a'),
      {
        id: 'g',
        title: 'Guides',
        personas: ['administrator'],
        children: [{ title: 'Mine', url: '/catalog' }],
      },
      page('b'),
      page('c'),
      page('d'),
    ]);
  });

  it('keeps an entry where you moved it, and your order of siblings', () => {
    const ours = clone(base) as any[];
    const [b] = ours[0].entries[1].children.splice(0, 1);
    ours[0].entries.push(b); // b moved to the top level, after d
    ours[0].entries.reverse(); // and the top level reordered: b, d, g, a
    const theirs = [
      section('handbook', [
        page('a'),
        page('z'),
        {
          id: 'g',
          title: 'Guides',
          personas: ['administrator'],
          children: [page('b'), page('c')],
        },
        page('d'),
      ]),
    ];
    const { sections } = mergeImport(base, ours, theirs);
    const ids = (sections[0] as any).entries.map((e: any) => e.id);
    expect(ids).toEqual(['b', 'd', 'g', 'a', 'z']);
    expect(
      (sections[0] as any).entries[2].children.map((e: any) => e.id),
    ).toEqual(['c']);
  });

  it('leaves sections it did not generate alone, and drops groups whose pages all went', () => {
    const mine = section('mine', [{ title: 'Catalog', url: '/catalog' }]);
    const ours = [mine, ...clone(base)];
    const theirs = [section('handbook', [page('a'), page('d')])];
    const { sections, report } = mergeImport(base, ours, theirs);
    expect(sections).toEqual([
      mine,
      section('handbook', [page('a'), page('d')]),
    ]);
    expect(report.removed).toBe(3); // b, c and the group g
  });

  it('says when a group you edited went because the nav renamed it', () => {
    const ours = clone(base) as any[];
    ours[0].entries[1].personas = ['administrator', 'user'];
    const theirs = [
      section('handbook', [
        page('a'),
        {
          id: 'g2',
          title: 'Guides, renamed',
          personas: ['administrator'],
          children: [page('b'), page('c')],
        },
        page('d'),
      ]),
    ];
    const { sections, report } = mergeImport(base, ours, theirs);
    expect((sections[0] as any).entries.map((e: any) => e.id)).toEqual([
      'a',
      'g2',
      'd',
    ]);
    expect(report.droppedEdited).toEqual(['g']);
  });

  it('keeps items it cannot read as they are', () => {
    const ours = [
      ...clone(base),
      'not a section',
      section('x', [42, { id: 7, title: 'odd id', url: '/x' }]),
    ];
    const { sections } = mergeImport(base, ours, base);
    expect(sections).toEqual(ours);
  });
});

// ---------------------------------------------------------------------------
// Properties over random trees.

/** A generated block: unique ids, as the importer writes them. */
const block = fc
  .array(
    fc.record({
      depth: fc.nat(2),
      title: fc.constantFrom('One', 'Two', 'Three'),
      personas: fc.option(fc.subarray(['user', 'administrator']), {
        nil: undefined,
      }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain(items =>
    fc
      .shuffledSubarray(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'],
        {
          minLength: items.length,
          maxLength: items.length,
        },
      )
      .map(keys => {
        const root: any[] = [];
        const stack: any[][] = [root];
        items.forEach((item, index) => {
          const level = Math.min(item.depth, stack.length - 1);
          stack.length = level + 1;
          const entry: any = {
            id: keys[index],
            title: item.title,
            docs: 'component:default/s',
            path: `${keys[index]}/`,
          };
          if (item.personas?.length) entry.personas = item.personas;
          stack[level].push(entry);
          const children: any[] = [];
          entry.children = children;
          stack.push(children);
        });
        const strip = (list: any[]) =>
          list.forEach(entry => {
            if (entry.children.length === 0) delete entry.children;
            else strip(entry.children);
          });
        strip(root);
        return [section('s', root)];
      }),
  );

/** Hand edits: titles changed, entries deleted or added. */
function edit(sections: any[], seed: number[]): any[] {
  const copy = clone(sections);
  let n = 0;
  const visit = (list: any[]) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const action = seed[n++ % seed.length];
      if (action === 1) list[i].title = `Edited ${list[i].id}`;
      else if (action === 2 && !list[i].children) list.splice(i, 1);
      else if (action === 3)
        list.splice(i + 1, 0, { title: 'Mine', url: '/mine' });
      else if (list[i].children) visit(list[i].children);
    }
  };
  visit(copy[0].entries);
  return copy;
}

describe('mergeImport properties', () => {
  it('without hand edits, the result is the new import', () => {
    fc.assert(
      fc.property(block, block, (base, theirs) => {
        expect(mergeImport(base, clone(base), theirs).sections).toEqual(theirs);
      }),
    );
  });

  it('when the nav did not change, the result is the block as you left it', () => {
    fc.assert(
      fc.property(
        block,
        fc.array(fc.nat(4), { minLength: 1, maxLength: 8 }),
        (base, seed) => {
          const ours = edit(base, seed);
          expect(mergeImport(base, ours, clone(base)).sections).toEqual(ours);
        },
      ),
    );
  });

  it('keeps every title you edited and every entry you added, whatever the new nav', () => {
    fc.assert(
      fc.property(
        block,
        block,
        fc.array(fc.nat(4), { minLength: 1, maxLength: 8 }),
        (base, theirs, seed) => {
          const ours = edit(base, seed);
          const text = JSON.stringify(mergeImport(base, ours, theirs).sections);
          const edited = JSON.stringify(ours).match(/Edited [a-l]/g) ?? [];
          for (const title of edited) expect(text).toContain(title);
          const added = (JSON.stringify(ours).match(/"Mine"/g) ?? []).length;
          expect((text.match(/"Mine"/g) ?? []).length).toBe(added);
        },
      ),
    );
  });
});
