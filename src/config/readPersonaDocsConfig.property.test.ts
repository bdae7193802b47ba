/* eslint-disable no-script-url */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */
// The generators feed script URLs on purpose, to prove they never survive.
import { ConfigReader } from '@backstage/config';
import fc from 'fast-check';
import { ALL_PERSONAS, DocsEntry, PersonaDocsModel } from '../model/types';
import { DocsTreeIndex } from '../tree/DocsTreeIndex';
import { VisibleEntry, VisibleTree } from '../tree/types';
import { checkUrl, normaliseDocsPath } from '../model/urls';
import { MAX_ENTRY_DEPTH } from './entries';
import { checkEntityRef } from '../model/entityRefs';
import { readPersonaDocsConfig } from './readPersonaDocsConfig';

/*
 * Administrators write `personaDocs` by hand, so the reader must survive
 * anything: these properties feed it mostly plausible configs (so it gets
 * deep into entries) with garbage mixed in, pure garbage, deep nesting and
 * reference loops, through ConfigReader, and then filter the result.
 *
 * Runs per property (10,200 configs in all):
 *   plausible configs with garbage   7,000
 *   arbitrary values                 2,000
 *   nesting 40 to 70 levels deep       900
 *   shared and looping references      300
 */

// ---------------------------------------------------------------------------
// Key paths: problems must point at something that exists in the input.

type Segment = string | number;

/** Parses `personaDocs.sections[0].entries[2]["we.ird"].title`. */
function parseKeyPath(path: string): Segment[] {
  const ident = /^[A-Za-z_$][\w$-]*/;
  const segments: Segment[] = [];
  const first = ident.exec(path);
  if (!first) throw new Error(`key path ${JSON.stringify(path)} has no root`);
  segments.push(first[0]);
  let i = first[0].length;
  while (i < path.length) {
    if (path[i] === '.') {
      const m = ident.exec(path.slice(i + 1));
      if (!m) throw new Error(`bad key after "." at ${i} in ${path}`);
      segments.push(m[0]);
      i += 1 + m[0].length;
    } else if (path.startsWith('["', i)) {
      let j = i + 2;
      while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
      if (path[j + 1] !== ']')
        throw new Error(`unclosed key at ${i} in ${path}`);
      segments.push(JSON.parse(path.slice(i + 1, j + 1)));
      i = j + 2;
    } else {
      const m = /^\[(0|[1-9]\d*)\]/.exec(path.slice(i));
      if (!m) throw new Error(`bad segment at ${i} in ${path}`);
      segments.push(Number(m[1]));
      i += m[0].length;
    }
  }
  return segments;
}

/** The documented key path format, to check that problem keys are written in it. */
function formatSegments(segments: Segment[]): string {
  return segments
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$-]*$/.test(segment))
        return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

/** Follows a key path through own properties only. */
function keyPathExists(root: unknown, path: Segment[]): boolean {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return false;
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return false;
    } else if (Array.isArray(current)) {
      return false;
    }
    // Problem key paths cut keys longer than 80 characters, ending them in
    // an ellipsis.
    const key =
      typeof segment === 'string' && segment.endsWith('…')
        ? Object.keys(current).find(
            k => k.length > 80 && k.startsWith(segment.slice(0, -1)),
          )
        : segment;
    const descriptor =
      key === undefined
        ? undefined
        : Object.getOwnPropertyDescriptor(current, key);
    if (!descriptor) return false;
    current = descriptor.value;
  }
  return true;
}

// ---------------------------------------------------------------------------
// What a valid model looks like.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Configured ids, or ids derived from the parent's id and the title. */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const ENTRY_KEYS = new Set([
  'id',
  'title',
  'description',
  'personas',
  'target',
  'children',
]);
const URL_KEYS = new Set(['type', 'url', 'external']);
const DOCS_KEYS = new Set([
  'type',
  'entityRef',
  'kind',
  'namespace',
  'name',
  'path',
]);
/** Longest problem message: templates, key paths and persona lists, never a whole huge value. */
const MAX_MESSAGE_LENGTH = 2000;

function fail(message: string): never {
  throw new Error(message);
}

/** Describes any value for a failure message, even one whose toString is broken. */
function show(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? typeof value;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function checkText(value: unknown, what: string) {
  if (value === undefined) return;
  if (typeof value !== 'string' || value === '' || value !== value.trim()) {
    fail(`${what} is not a trimmed non-empty string: ${JSON.stringify(value)}`);
  }
}

function checkModel(model: PersonaDocsModel, input: unknown) {
  const root = { personaDocs: input };

  // Each problem is listed once: the problems panel keys its lines by text.
  if (new Set(model.problems.map(p => p.text)).size !== model.problems.length) {
    fail('the same problem is reported twice');
  }
  // Problems name a key that exists in what the administrator wrote.
  for (const problem of model.problems) {
    const path = parseKeyPath(problem.key);
    if (formatSegments(path) !== problem.key) {
      fail(`key ${problem.key} does not round-trip`);
    }
    if (!keyPathExists(root, path)) {
      fail(
        `problem key ${
          problem.key
        } does not exist in the input (${problem.message.slice(0, 200)})`,
      );
    }
    if (problem.text !== `${problem.key}: ${problem.message}`) {
      fail(`problem text ${problem.text.slice(0, 200)} is not "key: message"`);
    }
    if (problem.message.length > MAX_MESSAGE_LENGTH) {
      fail(
        `problem message of ${problem.message.length} characters at ${
          problem.key
        }: ${problem.message.slice(0, 300)}`,
      );
    }
  }

  const personaIds = new Set<string>();
  for (const persona of model.personas) {
    if (
      !ID.test(persona.id) ||
      persona.id.length > 63 ||
      persona.id === ALL_PERSONAS
    ) {
      fail(`invalid persona id ${JSON.stringify(persona.id)}`);
    }
    if (personaIds.has(persona.id)) fail(`duplicate persona id ${persona.id}`);
    personaIds.add(persona.id);
    checkText(persona.title, `title of persona ${persona.id}`);
    checkText(persona.description, `description of persona ${persona.id}`);
    for (const group of persona.groups) {
      if (typeof group !== 'string' || !checkEntityRef(group, 'group').ok) {
        fail(`invalid group ${JSON.stringify(group)}`);
      }
    }
  }
  if (
    model.defaultPersona !== undefined &&
    !personaIds.has(model.defaultPersona)
  ) {
    fail(`unknown default persona ${model.defaultPersona}`);
  }
  checkText(model.title, 'page title');

  const sectionIds = new Set<string>();
  const entryIds = new Set<string>();
  const checkEntry = (entry: DocsEntry, depth: number) => {
    if (depth > MAX_ENTRY_DEPTH) fail(`entry ${entry.id} at depth ${depth}`);
    for (const key of Object.keys(entry)) {
      if (!ENTRY_KEYS.has(key)) fail(`entry ${entry.id} has key ${key}`);
    }
    if (!ENTRY_ID.test(entry.id))
      fail(`invalid entry id ${JSON.stringify(entry.id)}`);
    if (entryIds.has(entry.id)) fail(`duplicate entry id ${entry.id}`);
    entryIds.add(entry.id);
    checkText(entry.title, `title of ${entry.id}`);
    checkText(entry.description, `description of ${entry.id}`);
    const target = entry.target;
    if (entry.title === undefined && target?.type !== 'techdocs') {
      fail(`entry ${entry.id} has neither title nor docs`);
    }
    if (!target && entry.children.length === 0) {
      fail(`entry ${entry.id} leads nowhere`);
    }
    if (target?.type === 'url') {
      for (const key of Object.keys(target)) {
        if (!URL_KEYS.has(key))
          fail(`url target of ${entry.id} has key ${key}`);
      }
      const again = checkUrl(target.url);
      if (
        !again.ok ||
        again.url !== target.url ||
        again.external !== target.external
      ) {
        fail(
          `url ${JSON.stringify(target.url)} of ${
            entry.id
          } does not pass checkUrl`,
        );
      }
      const safe = target.external
        ? /^(https?:\/\/[^/\\]|mailto:)/.test(target.url)
        : /^\/(?![/\\])/.test(target.url);
      if (!safe)
        fail(`unsafe url ${JSON.stringify(target.url)} in ${entry.id}`);
    } else if (target?.type === 'techdocs') {
      for (const key of Object.keys(target)) {
        if (!DOCS_KEYS.has(key))
          fail(`docs target of ${entry.id} has key ${key}`);
      }
      if (!checkEntityRef(target.entityRef, 'component').ok) {
        fail(`invalid docs ref ${target.entityRef} in ${entry.id}`);
      }
      if (
        target.path !== undefined &&
        normaliseDocsPath(target.path) !== target.path
      ) {
        fail(
          `docs path ${JSON.stringify(target.path)} of ${
            entry.id
          } is not normalised`,
        );
      }
    } else if (target !== undefined) {
      fail(`entry ${entry.id} has target ${JSON.stringify(target)}`);
    }
    if (entry.personas !== undefined) {
      if (!Array.isArray(entry.personas) || entry.personas.length === 0) {
        fail(`entry ${entry.id} has an empty persona list`);
      }
      if (new Set(entry.personas).size !== entry.personas.length) {
        fail(`entry ${entry.id} lists a persona twice`);
      }
      for (const id of entry.personas) {
        if (!personaIds.has(id))
          fail(`entry ${entry.id} refers to unknown persona ${id}`);
      }
    }
    for (const child of entry.children) checkEntry(child, depth + 1);
  };
  for (const section of model.sections) {
    if (!ID.test(section.id))
      fail(`invalid section id ${JSON.stringify(section.id)}`);
    if (sectionIds.has(section.id)) fail(`duplicate section id ${section.id}`);
    sectionIds.add(section.id);
    checkText(section.title, `title of section ${section.id}`);
    if (section.title === undefined) fail(`section ${section.id} has no title`);
    checkText(section.description, `description of section ${section.id}`);
    for (const entry of section.entries) checkEntry(entry, 1);
  }
  if (model.configured !== model.sections.some(s => s.entries.length > 0)) {
    fail('configured does not say whether there are entries');
  }
}

/** Structural checks of a filter result; the engine's own properties are in DocsTreeIndex.property.test.ts. */
function checkTree(
  tree: VisibleTree,
  unfiltered: VisibleTree,
  model: PersonaDocsModel,
) {
  const shownIds = new Set<string>();
  const walk = (nodes: readonly VisibleEntry[]) => {
    for (const node of nodes) {
      if (shownIds.has(node.entry.id))
        fail(`entry ${node.entry.id} shown twice`);
      shownIds.add(node.entry.id);
      if (!node.entry.target && node.children.length === 0) {
        fail(`group ${node.entry.id} shown without a shown child`);
      }
      const text = node.entry.title ?? '';
      for (const range of [
        ...(node.match?.title ?? []),
        ...(node.match?.description ?? []),
      ]) {
        if (!(range.start >= 0 && range.start < range.end)) {
          fail(
            `empty or negative range ${JSON.stringify(range)} in ${
              node.entry.id
            }`,
          );
        }
      }
      for (const range of node.match?.title ?? []) {
        if (range.end > text.length)
          fail(
            `range ${JSON.stringify(range)} beyond title of ${node.entry.id}`,
          );
      }
      walk(node.children);
    }
  };
  tree.sections.forEach((section, s) => {
    if (section.section !== model.sections[s]) fail('sections out of order');
    walk(section.entries);
  });
  const unfilteredIds = new Set<string>();
  const collect = (nodes: readonly VisibleEntry[]) =>
    nodes.forEach(n => {
      unfilteredIds.add(n.entry.id);
      collect(n.children);
    });
  unfiltered.sections.forEach(s => collect(s.entries));
  for (const id of shownIds) {
    if (!unfilteredIds.has(id))
      fail(`search shows ${id}, which the persona does not see`);
  }
}

// ---------------------------------------------------------------------------
// Nothing may leak onto the built-in prototypes.

const PROTOTYPES = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
];
const PROTOTYPE_KEYS = PROTOTYPES.map(p =>
  Reflect.ownKeys(p).map(String).sort().join(','),
);
const POLLUTION_MARKERS = [
  'polluted',
  'isAdmin',
  'title',
  'entries',
  'children',
  'url',
  'docs',
];
const ORIGINAL_TO_STRING = Object.prototype.toString;

function checkNoPollution() {
  PROTOTYPES.forEach((prototype, i) => {
    if (
      Reflect.ownKeys(prototype).map(String).sort().join(',') !==
      PROTOTYPE_KEYS[i]
    ) {
      fail(
        `own keys of a built-in prototype changed: ${Reflect.ownKeys(
          prototype,
        ).map(String)}`,
      );
    }
  });
  const plain: any = {};
  const list: any = [];
  for (const marker of POLLUTION_MARKERS) {
    if (plain[marker] !== undefined)
      fail(`({}).${marker} is ${show(plain[marker])}`);
    // Arrays have an `entries` method of their own.
    if (marker !== 'entries' && list[marker] !== undefined) {
      fail(`[].${marker} is ${show(list[marker])}`);
    }
  }
  if (plain.toString !== ORIGINAL_TO_STRING)
    fail('Object.prototype.toString was replaced');
}

// ---------------------------------------------------------------------------
// Generators.

/** Keys that pollute prototypes when copied with plain assignment. */
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype'];
const ODD_KEYS = [
  ...DANGEROUS_KEYS,
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'polluted',
  '',
  ' ',
  'we.ird',
  'a[0]',
  '"q"',
  '0',
  'ünï',
  '\u200b',
  'title ',
  'Title',
  'child',
];

/** Sets an own property even for `__proto__`, like JSON.parse does. */
function defineOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const pollutingValue = fc.constantFrom<unknown>(
  { polluted: 'yes', isAdmin: true },
  { prototype: { polluted: 'yes' } },
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  {
    toString: 'not a function',
    title: 'from the prototype',
    url: 'javascript:alert(1)',
  },
  [{ title: 'from the prototype', url: '/x' }],
  'polluted',
  null,
);

const hugeString = fc
  .tuple(
    fc.constantFrom(
      'x',
      'ab ',
      'ä',
      '😀',
      'İ',
      '\u0000',
      'https://example.com/',
      'component:default/',
    ),
    fc.integer({ min: 2_000, max: 40_000 }),
  )
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

const loneSurrogates = fc.constantFrom('\ud800', 'a\udc00b', '\udfff\ud800');

const oddText = fc.oneof(
  fc.constantFrom(
    'Install',
    'Installing & configuring',
    'Administrator guides',
    'İstanbul',
    'ΟΔΟΣ Σ',
    'Straße',
    'ǅungla',
    'ﬁle',
    '😀 emoji',
    '  padded  ',
    'a\u200bb',
    '<img src=x onerror=alert(1)>',
    '{{persona}} {id}',
    '$& $1',
    'ДОКИ',
    '\u202eevil',
    '',
    '   ',
    '\t\n',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  loneSurrogates,
);

/** Mostly ordinary strings, now and then a huge one. */
const text = fc.oneof(
  { weight: 60, arbitrary: oddText },
  { weight: 1, arbitrary: hugeString },
);

const PERSONA_IDS = ['user', 'admin', 'dev', 'ops', 'a-b', 'x1'];
const BAD_IDS = [
  'all',
  'Admin',
  ' user',
  'user ',
  'a--b',
  '-a',
  'a-',
  'a'.repeat(64),
  '',
  'über',
  'a/b',
  'a b',
  '__proto__',
  'constructor',
  'toString',
];

const scalarGarbage = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    -1,
    1.5,
    NaN,
    Infinity,
    1e308,
  ),
  fc.integer(),
  fc.double(),
  oddText,
);
const garbage = fc.oneof(
  { weight: 3, arbitrary: scalarGarbage },
  { weight: 1, arbitrary: fc.array(scalarGarbage, { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom(...ODD_KEYS, 'title', 'url', 'id'),
      scalarGarbage,
      { maxKeys: 3 },
    ),
  },
  { weight: 1, arbitrary: pollutingValue },
);

const id = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      ...PERSONA_IDS,
      'guides',
      'install',
      'x',
      'section-1',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_IDS) },
  { weight: 1, arbitrary: garbage },
);

const personaRef = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PERSONA_IDS) },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_IDS, ' admin ', 'ADMIN') },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: hugeString },
);

const GOOD_URLS = [
  '/catalog',
  '/docs/x?y=1#z',
  '/javascript:alert(1)',
  'https://backstage.io/docs',
  'HTTP://Example.COM',
  'https:example.com/a',
  'mailto:docs@example.com',
  'mailto:javascript:alert(1)',
  'https://ü.example/ä',
  'http://[::1]:8080/',
  'https://example.com/%0a',
];
const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript:alert(1) ',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u200bjavascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)',
  '//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  'https://',
  'http:///x',
  'https://exa mple.com',
  'relative/path',
  '',
  ' ',
  '\u2028/x',
  '/\u200bx',
];
const url = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...GOOD_URLS) },
  { weight: 4, arbitrary: fc.constantFrom(...BAD_URLS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: hugeString.map(s => `https://example.com/${s}`) },
);

const docs = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'backstage-docs',
      'component:default/backstage-docs',
      'Component:Team-A/Payments',
      'api:x',
      'default/guide',
      ' padded-docs ',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      'component:default/',
      'component:default/has/slash',
      'javascript:alert(1)',
      'a:b:c',
      'x'.repeat(300),
      'component:default/ops team',
      ':x',
      '/x',
    ),
  },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: hugeString },
);

const docsPath = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'admin/install',
      'a/b#c',
      '#anchor',
      'guide/',
      'a//b',
      '/lead',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '../x',
      './x',
      'a/../../b',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '#javascript:alert(1)',
      'a b',
      '',
      '/',
      '#',
      'a?b=1',
    ),
  },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: hugeString },
);

/** Picks some of the given fields, leaving the others out. */
function someOf(
  fields: Record<string, fc.Arbitrary<unknown>>,
  freq: Record<string, number>,
) {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, arbitrary] of Object.entries(fields)) {
    parts[key] = fc.option(arbitrary, { freq: freq[key] ?? 2, nil: undefined });
  }
  return fc.record(parts).map(record => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (value !== undefined) out[key] = value;
    }
    return out;
  });
}

const personaList = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.uniqueArray(fc.constantFrom(...PERSONA_IDS), {
      minLength: 1,
      maxLength: 3,
    }),
  },
  { weight: 2, arbitrary: fc.array(personaRef, { maxLength: 3 }) },
  { weight: 1, arbitrary: personaRef },
);

const { entry } = fc.letrec<{ entry: Record<string, unknown> }>(tie => ({
  entry: fc
    .tuple(
      someOf(
        { id, title: text, description: text, personas: personaList },
        // `freq` 1 in n leaves the field out: most entries have a title.
        { id: 2, title: 8, description: 3, personas: 3 },
      ),
      fc.constantFrom(
        'url',
        'url',
        'url',
        'docs',
        'docs',
        'both',
        'none',
        'pathOnly',
      ),
      url,
      docs,
      fc.option(docsPath, { freq: 2, nil: undefined }),
      fc.option(fc.array(tie('entry'), { maxLength: 4 }), {
        freq: 3,
        depthSize: 'small',
        nil: undefined,
      }),
    )
    .map(([fields, kind, u, d, p, children]) => {
      const out: Record<string, unknown> = { ...fields };
      if (kind === 'url' || kind === 'both') out.url = u;
      if (kind === 'docs' || kind === 'both') out.docs = d;
      if (p !== undefined && (kind === 'docs' || kind === 'pathOnly'))
        out.path = p;
      if (children !== undefined) out.children = children;
      return out;
    }),
}));

const persona = someOf(
  {
    id: personaRef,
    title: text,
    description: text,
    groups: fc.oneof(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            'group:default/platform-team',
            'user:default/jane',
            'team-a',
            'Group:Default/Ops',
          ),
          fc.constantFrom('', 'group:default/ops team', 'group:/x', 'a:b:c'),
          garbage,
          hugeString,
        ),
        { maxLength: 3 },
      ),
      garbage,
    ),
  },
  { id: 10, title: 3, description: 3, groups: 3 },
);

const section = someOf(
  {
    id,
    title: text,
    description: text,
    entries: fc.oneof(
      { weight: 9, arbitrary: fc.array(entry, { maxLength: 6 }) },
      { weight: 1, arbitrary: garbage },
    ),
  },
  { id: 2, title: 10, description: 3, entries: 10 },
);

const plausibleConfig = someOf(
  {
    title: text,
    defaultPersona: personaRef,
    personas: fc.oneof(
      { weight: 9, arbitrary: fc.array(persona, { maxLength: 5 }) },
      { weight: 1, arbitrary: garbage },
    ),
    sections: fc.oneof(
      { weight: 9, arbitrary: fc.array(section, { maxLength: 4 }) },
      { weight: 1, arbitrary: garbage },
    ),
  },
  { title: 3, defaultPersona: 3, personas: 4, sections: 20 },
);

/** Every object and array of a value, in a fixed order. */
function containers(
  value: unknown,
  out: object[] = [],
  seen = new Set<object>(),
): object[] {
  if (typeof value !== 'object' || value === null || seen.has(value))
    return out;
  seen.add(value);
  out.push(value);
  for (const key of Object.keys(value)) {
    containers(Object.getOwnPropertyDescriptor(value, key)?.value, out, seen);
  }
  return out;
}

/** A change to a generated config: a field replaced by garbage, or an odd own key added. */
const mutation = fc.record({
  at: fc.nat(),
  field: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'addKey'),
  key: fc.constantFrom(...ODD_KEYS, ...DANGEROUS_KEYS, ...DANGEROUS_KEYS),
  value: fc.oneof(garbage, pollutingValue),
});

type Mutation = {
  at: number;
  field: number;
  kind: string;
  key: string;
  value: unknown;
};

/**
 * Copies a generated value, own keys (even `__proto__`) and prototype
 * included. Generators must not change their values in place: fast-check
 * reuses parts of them while shrinking.
 */
function copy<T>(value: T, copies = new Map<object, unknown>()): T {
  if (typeof value !== 'object' || value === null) return value;
  if (copies.has(value)) return copies.get(value) as T;
  const out: any = Array.isArray(value)
    ? []
    : Object.create(Object.getPrototypeOf(value));
  copies.set(value, out);
  for (const key of Object.keys(value)) {
    defineOwn(
      out,
      key,
      copy(Object.getOwnPropertyDescriptor(value, key)!.value, copies),
    );
  }
  return out;
}

function mutate(original: unknown, mutations: Mutation[]) {
  const config = copy(original);
  for (const m of mutations) {
    const nodes = containers(config);
    if (nodes.length === 0) return config;
    const node = nodes[m.at % nodes.length] as Record<string, unknown>;
    if (m.kind === 'addKey') {
      defineOwn(node, m.key, m.value);
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length > 0) defineOwn(node, keys[m.field % keys.length], m.value);
  }
  return config;
}

const mutatedConfig = fc
  .tuple(plausibleConfig, fc.array(mutation, { maxLength: 3 }))
  .map(([config, mutations]) => mutate(config, mutations));

/** A chain of entries, `depth` levels deep, optionally broken somewhere. */
const deepConfig = fc
  .record({
    depth: fc.integer({ min: 40, max: 70 }),
    shape: fc.constantFrom(
      'entries',
      'untitled',
      'garbage-keys',
      'arrays',
      'objects',
    ),
    breakAt: fc.option(fc.nat({ max: 70 }), { nil: undefined }),
    breakWith: garbage,
    personas: fc.boolean(),
  })
  .map(({ depth, shape, breakAt, breakWith, personas }) => {
    if (shape === 'arrays' || shape === 'objects') {
      // Deep junk where entries should be, and under an unknown key.
      let junk: unknown = 'bottom';
      for (let i = 0; i < depth; i++)
        junk = shape === 'arrays' ? [junk] : { children: junk, x: i };
      return { sections: [{ title: 'Deep', entries: [junk], junk }] };
    }
    let children: unknown[] = [{ title: 'Leaf', url: '/leaf' }];
    for (let level = depth; level >= 1; level--) {
      const node: Record<string, unknown> = { children };
      if (shape !== 'untitled') node.title = `Level ${level}`;
      if (shape === 'garbage-keys')
        defineOwn(node, '__proto__', { polluted: level });
      if (personas && level % 7 === 0)
        node.personas = level % 2 ? ['user'] : 'admin';
      if (level % 10 === 0) node.url = `/level/${level}`;
      if (level === breakAt) node.children = breakWith;
      children = [node];
    }
    return {
      personas: [{ id: 'user' }, { id: 'admin' }],
      sections: [{ title: 'Deep', entries: children }],
    };
  });

/** Configs whose entries share objects, or refer back to their ancestors. */
const loopingConfig = fc
  .record({
    config: plausibleConfig,
    kind: fc.constantFrom('shared', 'entryLoop', 'listLoop', 'selfList'),
    from: fc.nat(),
    to: fc.nat(),
  })
  .map(({ config: original, kind, from, to }) => {
    const config = copy(original);
    const shared = { title: 'Shared', url: '/shared' };
    const group: Record<string, unknown> = {
      title: 'Group',
      children: [shared, shared],
    };
    const list: unknown[] = [group, shared];
    const nodes = containers(config).filter(n => !Array.isArray(n));
    if (kind === 'entryLoop') group.children = [shared, group];
    if (kind === 'listLoop') group.children = list;
    if (kind === 'selfList') (group.children as unknown[]).push(group.children);
    const config2 = config as Record<string, unknown>;
    config2.sections = [{ title: 'Loops', entries: list }];
    if (nodes.length > 0) {
      // Also a loop somewhere random, through an unknown key.
      defineOwn(nodes[from % nodes.length], 'loop', nodes[to % nodes.length]);
    }
    return config2;
  });

const query = fc.oneof(
  fc.constantFrom(
    'in',
    'İ',
    'i',
    'σ',
    'ς',
    'Σ',
    'ss',
    'ß',
    '😀',
    'guide level',
    '  ',
    'INSTALL',
    'a\u200bb',
    '\ud800',
  ),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

// ---------------------------------------------------------------------------
// The properties.

function read(input: unknown): PersonaDocsModel {
  try {
    return readPersonaDocsConfig(
      new ConfigReader({ personaDocs: input } as any),
    );
  } catch (error) {
    return fail(
      `readPersonaDocsConfig threw ${show(
        String((error as Error)?.stack ?? show(error)),
      )}`,
    );
  }
}

function filterEverything(model: PersonaDocsModel, queries: string[]) {
  let index: DocsTreeIndex;
  try {
    index = DocsTreeIndex.fromModel(model);
  } catch (error) {
    fail(
      `DocsTreeIndex.fromModel threw ${show(
        String((error as Error)?.stack ?? show(error)),
      )}`,
    );
  }
  for (const personaId of [ALL_PERSONAS, ...model.personas.map(p => p.id)]) {
    const unfiltered = index.filter(personaId, '');
    checkTree(unfiltered, unfiltered, model);
    for (const q of queries)
      checkTree(index.filter(personaId, q), unfiltered, model);
  }
  index.countByPersona(queries[0] ?? '');
}

function checkConfig(input: unknown, queries: string[]) {
  const model = read(input);
  checkModel(model, input);
  filterEverything(model, queries);
  checkNoPollution();
}

describe('readPersonaDocsConfig on generated configs', () => {
  afterAll(() => checkNoPollution());

  it('reads plausible configs with garbage mixed in: never throws, names real keys, keeps only valid entries', () => {
    fc.assert(
      fc.property(
        mutatedConfig,
        fc.array(query, { maxLength: 2 }),
        checkConfig,
      ),
      { numRuns: 7_000 },
    );
  }, 120_000);

  it('reads arbitrary values, with odd and prototype-polluting keys', () => {
    const anything = fc.anything({
      key: fc.constantFrom(
        ...ODD_KEYS,
        'title',
        'sections',
        'entries',
        'personas',
        'url',
        'children',
      ),
      maxDepth: 4,
      withNullPrototype: true,
      withObjectString: true,
    });
    const jsonParsed = fc
      .jsonValue({ maxDepth: 4 })
      .map(v =>
        JSON.parse(
          JSON.stringify(v).replace(/"(polluted|x)":/g, '"__proto__":'),
        ),
      );
    fc.assert(
      fc.property(
        fc.oneof(anything, jsonParsed, garbage),
        fc.array(query, { maxLength: 1 }),
        checkConfig,
      ),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('reads entries nested 40 to 70 levels deep, and deep junk', () => {
    fc.assert(
      fc.property(
        deepConfig,
        fc.array(query, { maxLength: 1 }),
        (config, queries) => {
          checkConfig(config, queries);
          const model = read(config);
          // Beyond the limit the reader says so, at a key that exists.
          const deepest = (entries: DocsEntry[], depth = 1): number =>
            Math.max(
              depth - 1,
              ...entries.map(e => deepest(e.children, depth + 1)),
            );
          expect(deepest(model.sections[0]?.entries ?? [])).toBeLessThanOrEqual(
            MAX_ENTRY_DEPTH,
          );
        },
      ),
      { numRuns: 900 },
    );
  }, 60_000);

  it('reads configs whose entries share objects or refer back to their ancestors', () => {
    fc.assert(
      fc.property(
        loopingConfig,
        fc.array(query, { maxLength: 1 }),
        checkConfig,
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('keeps entry ids unique when a section and an entry share an id', () => {
    // Found by the first property: children derive their ids from their
    // parent's id, and a section's id may equal a configured entry id.
    const config = {
      sections: [
        { id: 'install', title: 'A', entries: [{ title: 'X', url: '/x' }] },
        {
          title: 'B',
          entries: [
            {
              id: 'install',
              title: 'G',
              children: [{ title: 'X', url: '/y' }],
            },
          ],
        },
      ],
    };
    expect(() => checkConfig(config, [])).not.toThrow();
  });

  it('finds keys in the input the way the checks above expect', () => {
    // The key path parser and walker are test code; make sure they can fail.
    const input = JSON.parse(
      '{"sections": [{"entries": [{"we.ird": {"title": 1}, "__proto__": 2}]}]}',
    );
    const root = { personaDocs: input };
    expect(
      parseKeyPath('personaDocs.sections[0].entries[0]["we.ird"].title'),
    ).toEqual(['personaDocs', 'sections', 0, 'entries', 0, 'we.ird', 'title']);
    expect(
      keyPathExists(
        root,
        parseKeyPath('personaDocs.sections[0].entries[0]["we.ird"].title'),
      ),
    ).toBe(true);
    expect(
      keyPathExists(
        root,
        parseKeyPath('personaDocs.sections[0].entries[0].__proto__'),
      ),
    ).toBe(true);
    expect(
      keyPathExists(root, parseKeyPath('personaDocs.sections[0].entries[1]')),
    ).toBe(false);
    expect(
      keyPathExists(
        root,
        parseKeyPath('personaDocs.sections[0].entries[0].constructor'),
      ),
    ).toBe(false);
    expect(keyPathExists(root, parseKeyPath('personaDocs.sections["0"]'))).toBe(
      false,
    );
    expect(() =>
      checkModel(
        {
          ...read({}),
          problems: [
            {
              key: 'personaDocs.title',
              message: 'x',
              text: 'personaDocs.title: x',
            },
          ],
        },
        {},
      ),
    ).toThrow(/does not exist/);
  });
});
