/**
 * Generates large, realistic `personaDocs` configs for benchmarks and
 * browser checks: titles made of docs vocabulary, entries nested three to
 * five levels deep, persona lists on some groups, and a mix of TechDocs
 * pages, external links and in-app paths. The same seed gives the same
 * config.
 */

const PERSONAS = [
  'user',
  'administrator',
  'integrator',
  'contributor',
  'business-stakeholder',
];

const WORDS = [
  'catalog',
  'templates',
  'search',
  'techdocs',
  'kubernetes',
  'permissions',
  'plugins',
  'authentication',
  'database',
  'deploying',
  'monitoring',
  'upgrading',
  'testing',
  'publishing',
  'frontend',
  'backend',
  'entities',
  'annotations',
  'relations',
  'scaffolder',
  'actions',
  'policies',
  'proxy',
  'themes',
  'analytics',
  'migrations',
  'secrets',
  'ownership',
  'metrics',
  'onboarding',
  'adoption',
  'strategy',
  'guides',
  'reference',
  'overview',
];

const VERBS = [
  'Configuring',
  'Installing',
  'Writing',
  'Understanding',
  'Debugging',
  'Customizing',
  'Securing',
  'Extending',
  'Migrating',
  'Operating',
];

/** Options of {@link generatePersonaDocsConfig}. */
export interface GeneratedConfigOptions {
  /** Total number of entries, groups included. */
  entries: number;
  /** Nesting depth of the deepest entries; defaults to 3–5. */
  depth?: { min: number; max: number };
  /** Number of distinct TechDocs sites the docs entries point at. */
  sites?: number;
  seed?: number;
}

/** A small, fast, seedable random number generator (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates a `personaDocs` config value with exactly `entries` entries. */
export function generatePersonaDocsConfig(options: GeneratedConfigOptions) {
  const next = random(options.seed ?? 42);
  const pick = <T>(items: readonly T[]) =>
    items[Math.floor(next() * items.length)];
  const depthRange = options.depth ?? { min: 3, max: 5 };
  const sites = options.sites ?? Math.max(1, Math.round(options.entries / 50));
  let remaining = options.entries;
  let serial = 0;

  const title = () =>
    `${pick(VERBS)} ${pick(WORDS)} ${pick(WORDS)} ${++serial}`;
  const personaList = () => {
    const list = PERSONAS.filter(() => next() < 0.35);
    return list.length > 0 ? list : [pick(PERSONAS)];
  };
  const target = () => {
    const roll = next();
    if (roll < 0.7) {
      return {
        docs: `component:default/site-${Math.floor(next() * sites)}`,
        path: `${pick(WORDS)}/${pick(WORDS)}/#${pick(WORDS)}`,
      };
    }
    if (roll < 0.9)
      return { url: `https://docs.example.com/${pick(WORDS)}/${serial}` };
    return { url: `/catalog/default/component/${pick(WORDS)}-${serial}` };
  };

  // Builds one subtree of up to `budget` entries that reaches `depth` levels.
  const subtree = (depth: number, budget: number): Record<string, unknown> => {
    remaining--;
    const entry: Record<string, unknown> = { title: title() };
    if (next() < 0.3)
      entry.description = `About ${pick(WORDS)} and ${pick(WORDS)}.`;
    if (depth <= 1 || budget <= 1) {
      return { ...entry, ...target() };
    }
    if (next() < 0.4) entry.personas = personaList();
    if (next() < 0.3) Object.assign(entry, target());
    const children: Record<string, unknown>[] = [];
    let left = budget - 1;
    const width = Math.max(1, Math.ceil(left ** (1 / (depth - 1))));
    while (left > 0 && remaining > 0) {
      const share = Math.min(left, Math.ceil((budget - 1) / width));
      children.push(subtree(depth - 1, share));
      left -= share;
    }
    return { ...entry, children };
  };

  const sectionNames = ['Overview', 'Framework', 'Developer Portal'];
  const perSection = Math.ceil(options.entries / sectionNames.length);
  const sections = sectionNames.map(name => {
    const entries: Record<string, unknown>[] = [];
    let budget = Math.min(perSection, remaining);
    while (budget > 0 && remaining > 0) {
      const depth =
        depthRange.min +
        Math.floor(next() * (depthRange.max - depthRange.min + 1));
      // Top-level groups of a few dozen to a few hundred entries each.
      const size = Math.min(budget, 20 + Math.floor(next() * 200));
      const before = remaining;
      entries.push(subtree(depth, size));
      budget -= before - remaining;
    }
    return {
      id: name.toLowerCase().replace(/ /g, '-'),
      title: name,
      entries,
    };
  });

  return {
    defaultPersona: 'user',
    personas: PERSONAS.map(id => ({ id, title: id.replace(/-/g, ' ') })),
    sections,
  };
}

/** A single chain of groups `depth` levels deep, ending in one link. */
export function generateDeepPersonaDocsConfig(depth: number) {
  let entry: Record<string, unknown> = {
    title: `Level ${depth}`,
    url: '/catalog',
  };
  for (let level = depth - 1; level >= 1; level--) {
    entry = { title: `Level ${level}`, children: [entry] };
  }
  return { sections: [{ id: 'deep', title: 'Deep', entries: [entry] }] };
}
