import fc from 'fast-check';
import { readModel } from '../__testUtils__/readModel';
import { ALL_PERSONAS, DocsEntry, PersonaDocsModel } from '../model/types';
import { DocsTreeIndex } from './DocsTreeIndex';
import { TextRange, VisibleEntry, VisibleTree } from './types';

/*
 * Properties of the filtering engine on generated valid models, checked
 * against a plain recursive reading of the rules in DocsTreeIndex.filter's
 * documentation. Runs: 1,000 models (plus 100 checking the generator), each filtered for every persona with
 * and without search.
 */

// ---------------------------------------------------------------------------
// Generated valid configs.

const PERSONAS = ['user', 'admin', 'dev', 'ops'];

/**
 * Words whose case folding is unusual: "İ" lowercases to two code units,
 * "ß" and "ﬁ" have no one-letter uppercase, "ǅ" is titlecase. The Greek
 * final sigma is left out here: lowercasing gives "ς" or "σ" depending on
 * what follows it, which an oracle would have to copy rather than check.
 */
const WORDS = [
  'Install',
  'installing',
  'Guide',
  'guides',
  'İstanbul',
  'istanbul',
  'İİ',
  'Straße',
  'STRASSE',
  'ß',
  'Plugins',
  'plug-in',
  '😀',
  'ǅ',
  'Ǆ',
  'ǆ',
  'ﬁle',
  'file',
  'ADMIN',
  'admin',
  'ı',
  'I',
  'a\u0307',
  'Ünïcode',
];

const words = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map(w => w.join(' '));

const personaList = fc.option(
  fc.uniqueArray(fc.constantFrom(...PERSONAS), { minLength: 1, maxLength: 3 }),
  { freq: 2, nil: undefined },
);

const fields = fc.record({
  title: words,
  description: fc.option(words, { freq: 2, nil: undefined }),
  personas: personaList,
  target: fc.constantFrom('url', 'docs', 'untitled-docs'),
  docsName: fc.constantFrom('backstage-docs', 'istanbul-guide', 'plugins'),
  docsPath: fc.option(fc.constantFrom('admin/install', 'guide#strasse'), {
    nil: undefined,
  }),
});

type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

function toEntry(f: Fields, kind: 'leaf' | 'group', children: unknown[]) {
  const out: Record<string, unknown> = {};
  if (kind === 'group' || f.target !== 'untitled-docs') out.title = f.title;
  if (f.description !== undefined) out.description = f.description;
  if (f.personas !== undefined) out.personas = f.personas;
  if (kind === 'leaf' && f.target === 'url')
    out.url = `/docs/${encodeURIComponent(f.title)}`;
  if (kind === 'leaf' && f.target !== 'url') {
    out.docs = f.docsName;
    if (f.docsPath) out.path = f.docsPath;
  }
  if (children.length > 0) out.children = children;
  return out;
}

const { entry: entryConfig } = fc.letrec<{ entry: Record<string, unknown> }>(
  tie => ({
    entry: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'entries' },
      fields.map(f => toEntry(f, 'leaf', [])),
      fc
        .tuple(
          fields,
          fc.constantFrom<'leaf' | 'group'>('leaf', 'group', 'group'),
          fc.array(tie('entry'), {
            minLength: 1,
            maxLength: 4,
            depthIdentifier: 'entries',
          }),
        )
        .map(([f, kind, children]) => toEntry(f, kind, children)),
    ),
  }),
);

const validModel = fc
  .record({
    sections: fc.array(fc.array(entryConfig, { minLength: 0, maxLength: 5 }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ sections }) =>
    readModel({
      personas: PERSONAS.map(id => ({ id })),
      sections: sections.map((entries, i) => ({
        title: `Section ${i + 1}`,
        entries,
      })),
    }),
  );

const query = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...WORDS,
        'i',
        'in',
        'İ',
        'ss',
        'SS',
        'fi',
        'FI',
        '\u0307',
        'i\u0307',
        'gu',
        'nope',
        'admin/install',
        'x',
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }),
    ),
    { maxLength: 3 },
  )
  .chain(terms =>
    fc.constantFrom(' ', '  ', '\t').map(sep => `${sep}${terms.join(sep)}`),
  );

// ---------------------------------------------------------------------------
// The oracle: the documented rules, read literally.

interface Expected {
  shown: Set<string>;
  matched: Set<string>;
  /** Entries shown in the search result: matches, their ancestors and shown descendants. */
  included: Set<string>;
  expanded: Set<string>;
}

function fold(text: string) {
  return text.toLowerCase();
}

function termsOf(q: string) {
  return Array.from(new Set(fold(q).split(/\s+/).filter(Boolean)));
}

function searchText(entry: DocsEntry): string {
  if (entry.title) return entry.title;
  const target = entry.target;
  if (target?.type !== 'techdocs') return '';
  return target.path ? `${target.name} ${target.path}` : target.name;
}

function expected(
  model: PersonaDocsModel,
  persona: string,
  q: string,
): Expected {
  const t = termsOf(q);
  const result: Expected = {
    shown: new Set(),
    matched: new Set(),
    included: new Set(),
    expanded: new Set(),
  };
  const matches = (e: DocsEntry) =>
    t.every(
      term =>
        fold(searchText(e)).includes(term) ||
        fold(e.description ?? '').includes(term),
    );
  // Returns whether the entry is shown.
  const show = (e: DocsEntry, inherited: string[] | undefined): boolean => {
    const personas = e.personas ?? inherited;
    const visible =
      persona === ALL_PERSONAS ||
      personas === undefined ||
      personas.includes(persona);
    if (!visible) return false;
    let shownChild = false;
    for (const child of e.children)
      if (show(child, personas)) shownChild = true;
    const shown = e.target !== undefined || shownChild;
    if (shown) result.shown.add(e.id);
    return shown;
  };
  // Returns whether a match lies at or below the entry.
  const search = (e: DocsEntry, underMatch: boolean): boolean => {
    if (!result.shown.has(e.id)) return false;
    const matched = t.length > 0 && matches(e);
    if (matched) result.matched.add(e.id);
    let below = false;
    for (const child of e.children)
      if (search(child, underMatch || matched)) below = true;
    if (below) result.expanded.add(e.id);
    if (matched || below || underMatch) result.included.add(e.id);
    return matched || below;
  };
  for (const section of model.sections) {
    for (const e of section.entries) show(e, undefined);
    for (const e of section.entries) search(e, false);
  }
  return result;
}

// ---------------------------------------------------------------------------
// Helpers over filter results.

function nodes(tree: VisibleTree): readonly VisibleEntry[] {
  const out: VisibleEntry[] = [];
  const walk = (list: readonly VisibleEntry[]) =>
    list.forEach(n => {
      out.push(n);
      walk(n.children);
    });
  tree.sections.forEach(s => walk(s.entries));
  return out;
}

/** Every entry of the model with its parent's id, by id. */
function parents(
  model: PersonaDocsModel,
): Map<string, { entry: DocsEntry; parent?: string }> {
  const map = new Map<string, { entry: DocsEntry; parent?: string }>();
  const walk = (list: DocsEntry[], parent?: string) =>
    list.forEach(e => {
      map.set(e.id, { entry: e, parent });
      walk(e.children, e.id);
    });
  model.sections.forEach(s => walk(s.entries));
  return map;
}

/** A filter result as plain data: entries build their parts on demand. */
function asPlainData(tree: VisibleTree) {
  const entry = (node: VisibleEntry): unknown => ({
    id: node.entry.id,
    expanded: node.expanded,
    match: node.match,
    children: node.children.map(entry),
  });
  return {
    ...tree,
    sections: tree.sections.map(s => ({ ...s, entries: s.entries.map(entry) })),
  };
}

function ids(list: readonly VisibleEntry[]) {
  return list.map(n => n.entry.id);
}

function check(condition: boolean, message: () => string) {
  if (!condition) throw new Error(message());
}

/** The ranges of one text: inside it, non-empty, sorted, apart, each covering a term, covering every occurrence. */
function checkRanges(text: string, ranges: readonly TextRange[], t: string[]) {
  const shown = () =>
    `${JSON.stringify(ranges)} in ${JSON.stringify(text)} for ${JSON.stringify(
      t,
    )}`;
  let previousEnd = -1;
  for (const range of ranges) {
    check(
      range.start > previousEnd && range.start >= 0,
      () => `ranges overlap or are out of order: ${shown()}`,
    );
    check(range.end > range.start, () => `empty range: ${shown()}`);
    check(range.end <= text.length, () => `range beyond the text: ${shown()}`);
    previousEnd = range.end;
    const covered = fold(text.slice(range.start, range.end));
    check(
      t.some(term => covered.includes(term)),
      () => `range covers no term: ${shown()}`,
    );
  }
  // Where folding keeps the length, every occurrence of every term is marked.
  const folded = fold(text);
  if (folded.length !== text.length) return;
  for (const term of t) {
    for (
      let at = folded.indexOf(term);
      at !== -1;
      at = folded.indexOf(term, at + 1)
    ) {
      check(
        ranges.some(r => r.start <= at && at + term.length <= r.end),
        () => `occurrence at ${at} not marked: ${shown()}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------

describe('DocsTreeIndex on generated models', () => {
  it('generates valid models', () => {
    fc.assert(
      fc.property(validModel, model => {
        expect(model.problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('shows, searches, highlights and counts as documented', () => {
    fc.assert(
      fc.property(
        validModel,
        fc.array(query, { minLength: 1, maxLength: 3 }),
        (model, queries) => {
          const index = DocsTreeIndex.fromModel(model);
          const parentOf = parents(model);
          const personaIds = [ALL_PERSONAS, ...model.personas.map(p => p.id)];
          const oracle = new Map<string, Expected>();
          const want = (persona: string, q: string) => {
            const key = `${persona}\u0000${q}`;
            if (!oracle.has(key)) oracle.set(key, expected(model, persona, q));
            return oracle.get(key)!;
          };

          for (const persona of personaIds) {
            const plain = index.filter(persona, '');
            const plainNodes = nodes(plain);
            const plainIds = new Set(ids(plainNodes));

            // Shown entries are exactly those the rules show.
            expect([...plainIds].sort()).toEqual(
              [...want(persona, '').shown].sort(),
            );
            // "All personas" shows every entry.
            check(
              persona !== ALL_PERSONAS || plainIds.size === parentOf.size,
              () => 'All personas does not show every entry',
            );
            expect(plain.filtering).toBe(false);
            expect(plain.expandedIds).toEqual([]);

            for (const node of plainNodes) {
              const id = node.entry.id;
              // Every shown entry's parent is shown.
              const parent = parentOf.get(id)?.parent;
              check(
                parent === undefined || plainIds.has(parent),
                () => `${id} shown without its parent`,
              );
              // Children appear in config order, as a subsequence of the model's.
              const shownChildren = ids(node.children);
              check(
                node.entry.children
                  .map(c => c.id)
                  .filter(c => shownChildren.includes(c))
                  .join() === shownChildren.join(),
                () => `children of ${id} out of order or not its own`,
              );
              // A group without a target is never shown without a shown child.
              check(
                !!node.entry.target || node.children.length > 0,
                () => `empty group ${id} shown`,
              );
              check(
                !node.match && !node.expanded,
                () => `${id} marked without a search`,
              );
            }
            plain.sections.forEach((section, s) => {
              expect(section.section).toBe(model.sections[s]);
              const count = nodes({ ...plain, sections: [section] }).length;
              expect(section.count).toBe(count);
              expect(section.matchCount).toBe(count);
            });

            for (const q of queries) {
              const t = termsOf(q);
              const result = index.filter(persona, q);
              expect(result.query).toBe(q);
              expect(result.filtering).toBe(t.length > 0);
              const resultNodes = nodes(result);
              const resultIds = ids(resultNodes);

              // Search results are a subset of the persona's unfiltered tree.
              for (const id of resultIds)
                check(plainIds.has(id), () => `search shows hidden ${id}`);
              if (t.length === 0) {
                // Blank filter text is no search.
                check(
                  resultIds.join() === ids(plainNodes).join(),
                  () => `blank query ${JSON.stringify(q)} changed the tree`,
                );
                continue;
              }
              const w = want(persona, q);
              expect([...resultIds].sort()).toEqual([...w.included].sort());
              expect(
                resultNodes
                  .filter(n => n.match)
                  .map(n => n.entry.id)
                  .sort(),
              ).toEqual([...w.matched].sort());
              expect([...result.expandedIds].sort()).toEqual(
                [...w.expanded].sort(),
              );

              const resultSet = new Set(resultIds);
              for (const node of resultNodes) {
                const id = node.entry.id;
                const parent = parentOf.get(id)?.parent;
                check(
                  parent === undefined || resultSet.has(parent),
                  () => `match ${id} without its parent`,
                );
                check(
                  !!node.entry.target || node.children.length > 0,
                  () => `empty group ${id} in results`,
                );
                check(
                  node.expanded === w.expanded.has(id),
                  () => `${id} expanded wrongly`,
                );
                if (node.match) {
                  checkRanges(node.entry.title ?? '', node.match.title, t);
                  check(
                    !!node.entry.title || node.match.title.length === 0,
                    () => `ranges on untitled ${id}`,
                  );
                  checkRanges(
                    node.entry.description ?? '',
                    node.match.description,
                    t,
                  );
                }
              }
              result.sections.forEach((section, s) => {
                const sectionNodes = nodes({ ...result, sections: [section] });
                expect(section.count).toBe(plain.sections[s].count);
                expect(section.matchCount).toBe(
                  sectionNodes.filter(n => n.match).length,
                );
              });
            }
          }

          // The per-persona counts behind "Integrator (2)" agree with filtering.
          for (const q of ['', ...queries]) {
            const counts = index.countByPersona(q);
            for (const p of model.personas) {
              const w = want(p.id, q);
              expect(counts.get(p.id)).toBe(
                termsOf(q).length ? w.matched.size : w.shown.size,
              );
            }
          }
          // Badges in "All personas" name exactly the personas that see an entry.
          for (const [id, { entry: e }] of parentOf) {
            expect(index.personasShowing(e)).toEqual(
              model.personas
                .map(p => p.id)
                .filter(p => want(p, '').shown.has(id)),
            );
          }
          // The same question gives the same answer.
          expect(asPlainData(index.filter(ALL_PERSONAS, queries[0]))).toEqual(
            asPlainData(index.filter(ALL_PERSONAS, queries[0])),
          );
        },
      ),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
