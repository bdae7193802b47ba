import { readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { parse } from 'yaml';
import { slugify } from '../../../src/config/slugify';
import { metaList } from './frontMatter';
import { ImportNotes } from './navTree';

/** A line of the rules file: pages matching a glob get personas, a section. */
export interface PageRule {
  match: string[];
  personas?: string[];
  section?: string;
}

/** The rules file, checked. */
export interface ImportRules {
  rules: PageRule[];
  /** Extra words for persona ids: `sre: administrator`. */
  aliases: Record<string, string>;
}

/** A persona the config knows: id and title. */
export interface KnownPersona {
  id: string;
  title?: string;
}

/**
 * Words docs commonly use for the five BEP personas; a rules file adds its
 * own under `aliases`.
 */
const DEFAULT_ALIASES: Record<string, string> = {
  'end-user': 'user',
  'end-users': 'user',
  users: 'user',
  reader: 'user',
  readers: 'user',
  developer: 'user',
  developers: 'user',
  admin: 'administrator',
  admins: 'administrator',
  administrators: 'administrator',
  operator: 'administrator',
  operators: 'administrator',
  ops: 'administrator',
  'platform-engineer': 'administrator',
  'platform-engineers': 'administrator',
  sre: 'administrator',
  integrators: 'integrator',
  builder: 'integrator',
  builders: 'integrator',
  'plugin-developer': 'integrator',
  'plugin-developers': 'integrator',
  'plugin-author': 'integrator',
  'plugin-authors': 'integrator',
  contributors: 'contributor',
  maintainer: 'contributor',
  maintainers: 'contributor',
  business: 'business-stakeholder',
  stakeholder: 'business-stakeholder',
  stakeholders: 'business-stakeholder',
  'business-stakeholders': 'business-stakeholder',
  manager: 'business-stakeholder',
  managers: 'business-stakeholder',
  'product-manager': 'business-stakeholder',
  'product-managers': 'business-stakeholder',
};

/** Front-matter keys read as personas, in order; `tags` only for known words. */
const PERSONA_KEYS = ['personas', 'persona', 'audience', 'audiences'];

function normalise(word: string): string {
  return slugify(word);
}

/** Turns the words pages and rules use into persona ids. */
export class PersonaWords {
  private readonly words = new Map<string, string>();
  /** Persona ids in the order the config lists them. */
  readonly order: readonly string[];

  constructor(known: readonly KnownPersona[], aliases: Record<string, string>) {
    this.order = known.map(persona => persona.id);
    const ids = new Set(this.order);
    const add = (word: string, id: string) => {
      const key = normalise(word);
      if (key && ids.has(id) && !this.words.has(key)) this.words.set(key, id);
    };
    for (const persona of known) add(persona.id, persona.id);
    for (const [word, id] of Object.entries(aliases)) add(word, id);
    for (const persona of known)
      if (persona.title) add(persona.title, persona.id);
    for (const [word, id] of Object.entries(DEFAULT_ALIASES)) add(word, id);
  }

  /** The persona id a word stands for, if any. */
  id(word: string): string | undefined {
    return this.words.get(normalise(word));
  }

  /** Ids in config order, each once. */
  sorted(ids: Iterable<string>): string[] {
    const set = new Set(ids);
    return this.order.filter(id => set.has(id));
  }

  /**
   * A page's personas from its front matter (`personas`, `persona`,
   * `audience`; else those of its `tags` that name a persona), or
   * undefined when it says nothing about them.
   */
  fromFrontMatter(
    data: Record<string, unknown>,
    page: string,
    notes: ImportNotes,
  ): string[] | undefined {
    const key = PERSONA_KEYS.find(name => data[name] !== undefined);
    if (key) {
      const ids: string[] = [];
      for (const word of metaList(data[key])) {
        const id = this.id(word);
        if (id) ids.push(id);
        else
          notes.add(
            `${page}: ${key} ${word} is no known persona; ignored (add it under aliases in a rules file)`,
          );
      }
      return ids.length > 0 ? this.sorted(ids) : undefined;
    }
    const tagged = metaList(data.tags)
      .map(word => this.id(word))
      .filter((id): id is string => id !== undefined);
    return tagged.length > 0 ? this.sorted(tagged) : undefined;
  }
}

function stringList(value: unknown, where: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    list.some(item => typeof item !== 'string' || !item.trim())
  ) {
    throw new Error(`${where}: expected a string or a list of strings`);
  }
  return list.map(item => item.trim());
}

/**
 * Reads a rules file:
 *
 *     aliases: { sre: administrator }
 *     rules:
 *       - match: admin/**
 *         personas: [administrator]
 *         section: Operations
 *
 * Throws with the file and the place of the first mistake.
 */
export function readRulesFile(file: string): ImportRules {
  const data = parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: expected rules and aliases`);
  }
  const unknown = Object.keys(data).filter(
    k => k !== 'rules' && k !== 'aliases',
  );
  if (unknown.length) {
    throw new Error(
      `${file}: unknown key ${unknown[0]}; known keys: rules, aliases`,
    );
  }
  const aliases: Record<string, string> = {};
  if (data.aliases !== undefined) {
    if (
      typeof data.aliases !== 'object' ||
      data.aliases === null ||
      Array.isArray(data.aliases)
    ) {
      throw new Error(
        `${file}: aliases: expected a mapping of word to persona id`,
      );
    }
    for (const [word, id] of Object.entries(data.aliases)) {
      if (typeof id !== 'string') {
        throw new Error(`${file}: aliases.${word}: expected a persona id`);
      }
      aliases[word] = id;
    }
  }
  const rules: PageRule[] = [];
  const list = data.rules ?? [];
  if (!Array.isArray(list)) throw new Error(`${file}: rules: expected a list`);
  list.forEach((item: unknown, index: number) => {
    const where = `${file}: rules[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new Error(`${where}: expected match with personas or section`);
    }
    const rule = item as Record<string, unknown>;
    const extra = Object.keys(rule).filter(
      k => !['match', 'personas', 'section'].includes(k),
    );
    if (extra.length) {
      throw new Error(
        `${where}: unknown key ${extra[0]}; known keys: match, personas, section`,
      );
    }
    const read: PageRule = { match: stringList(rule.match, `${where}.match`) };
    if (rule.personas !== undefined) {
      read.personas = stringList(rule.personas, `${where}.personas`);
    }
    if (rule.section !== undefined) {
      if (typeof rule.section !== 'string' || !rule.section.trim()) {
        throw new Error(`${where}.section: expected a section title`);
      }
      read.section = rule.section.trim();
    }
    if (!read.personas && !read.section) {
      throw new Error(`${where}: give personas, section or both`);
    }
    rules.push(read);
  });
  return { rules, aliases };
}

/**
 * What the rules say about a page: from the first rule matching it that
 * gives personas, and the first that gives a section. Globs match the
 * page's source path under docs_dir (`admin/install.md`), as `path.matchesGlob`
 * does: `*` stays within a folder, `**` crosses folders.
 */
export function applyRules(
  src: string,
  rules: readonly PageRule[],
): { personas?: string[]; section?: string } {
  const found: { personas?: string[]; section?: string } = {};
  for (const rule of rules) {
    if (found.personas && found.section) break;
    if (!rule.match.some(glob => matchesGlob(src, glob))) continue;
    if (!found.personas && rule.personas) found.personas = rule.personas;
    if (!found.section && rule.section) found.section = rule.section;
  }
  return found;
}
