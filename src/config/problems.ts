import { ConfigProblem } from '../model/types';
import { formatKeyPath, KeyPath } from './keyPath';

/**
 * Every message the config reader can produce, as templates with `{name}`
 * placeholders. The README's troubleshooting table lists these very strings
 * (a test keeps the two in sync), so administrators can look a message up.
 */
export const PROBLEM_TEMPLATES = {
  readFailed: 'could not be read: {error}',
  wrongType: 'expected {expected}, got {actual}; {consequence}',
  unknownKey: 'unknown key; known keys here: {known}',
  emptyString: 'is empty; {consequence}',
  missingId: 'missing id; persona dropped',
  invalidId:
    'invalid id {id}; use lowercase letters, digits and dashes (at most 63); {consequence}',
  reservedId: 'the id "all" is reserved for "All personas"; persona dropped',
  duplicatePersonaId:
    'duplicate persona id {id}, first used at {first}; persona dropped',
  duplicateSectionId:
    'duplicate section id {id}, first used at {first}; using {replacement}',
  duplicateEntryId:
    'duplicate entry id {id}, first used at {first}; using {replacement}',
  noPersonas: 'no valid personas; readers can only pick "All personas"',
  unknownPersona: 'unknown persona {id}; known: {known}',
  personasAsString:
    'expected a list of persona ids, got a single string; read as [{id}]',
  emptyPersonas:
    "no valid persona ids; the entry inherits its parent's personas instead",
  missingSectionTitle: 'missing title; {dropped}',
  missingEntryTitle: 'missing title (required unless docs is set); {dropped}',
  emptyEntry:
    'has no usable docs, url or children, so it leads nowhere; entry dropped',
  docsAndUrl:
    'has both docs and url, but an entry has at most one target; url ignored',
  pathWithoutDocs: 'path is only allowed together with docs; path ignored',
  invalidEntityRef: 'invalid entity ref {ref}: {reason}; {consequence}',
  unsafeUrl:
    'unsupported URL {url}; use an http, https or mailto URL, or an in-app path starting with a single /; url ignored',
  urlWithSpaces:
    'URL {url} contains spaces or control characters (write spaces as %20); url ignored',
  invalidPath:
    'invalid page path {path}; use a path inside the site such as admin/installing#database; path ignored',
  tooDeep:
    'nested deeper than {max} levels (or refers back to an entry above it); the {count} entries below are ignored',
  tooManyEntries: 'more than {max} entries; the rest are ignored',
  invalidLanguage:
    'invalid language code {language}; use a code such as de or pt-BR; ignored',
  learningPathWithoutSteps:
    'learningPath needs children, the steps of the path; learningPath ignored',
  invalidCatalogField:
    'invalid catalog field {field}; use a field path such as spec.type or metadata.tags; filter ignored',
  catalogWithTarget:
    'fromCatalog is for groups, entries without docs or url; fromCatalog ignored',
  unknownCatalogGroup:
    'names the group {group}, which is no group with fromCatalog; entity not listed',
  catalogWithoutDocs:
    'the entity has no TechDocs (backstage.io/techdocs-ref); entity not listed',
  catalogUnknownPersona:
    'unknown persona {id}; known: {known}; persona ignored',
  catalogInvalidEntity: '{reason}; entity not listed',
  moreProblems: 'and {count} more problems that are not listed',
} as const;

/**
 * Identifies a kind of config problem.
 */
export type ProblemCode = keyof typeof PROBLEM_TEMPLATES;

/**
 * Fills in a template. Placeholders without a value stay visible rather than
 * silently disappearing.
 */
export function formatProblem(
  key: string,
  code: ProblemCode,
  params: Record<string, string | number> = {},
): ConfigProblem {
  const message = PROBLEM_TEMPLATES[code].replace(/\{(\w+)\}/g, (m, name) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name])
      : m,
  );
  return { key, message, text: `${key}: ${message}` };
}

/** Problems listed at most; a config with thousands of mistakes stays readable. */
const MAX_PROBLEMS = 500;

/**
 * Collects the problems of one read of the config, formatting key paths only
 * for the problems kept.
 */
export class ProblemLog {
  private readonly problems: ConfigProblem[] = [];
  private notListed = 0;

  /** How many problems were reported so far, listed or not. */
  get count(): number {
    return this.problems.length + this.notListed;
  }

  report(
    path: KeyPath,
    code: ProblemCode,
    params?: Record<string, string | number>,
  ) {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.notListed++;
      return;
    }
    this.problems.push(formatProblem(formatKeyPath(path), code, params));
  }

  /** The problems, with a last line counting those not listed. */
  list(): ConfigProblem[] {
    if (this.notListed === 0) return this.problems;
    return [
      ...this.problems,
      formatProblem('personaDocs', 'moreProblems', { count: this.notListed }),
    ];
  }
}
