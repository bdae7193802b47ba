/*
 * Configuration schema of backstage-plugin-persona-docs.
 *
 * The plugin checks `personaDocs` itself and lists every mistake on its page
 * (and in `npx backstage-plugin-persona-docs validate`), dropping only what
 * is wrong. So this schema is lenient by design: a value of the wrong type
 * is accepted here, because Backstage's app backend refuses to start at all
 * (answering 503 for the whole portal) when frontend config does not match
 * its schema. The keys are all declared, so `backstage-cli config:check
 * --strict` still reports misspelt ones, and `@deepVisibility frontend` sends
 * every key to the browser, misspelt ones included, where the page reports
 * them.
 *
 * The types below say what each key takes; the `| ...` parts only keep a
 * wrong value from failing validation.
 */

/** A value where an object belongs: accepted, and reported by the plugin. */
type NotAnObject = string | number | boolean | null | unknown[];

/** A value where a list belongs: accepted, and reported by the plugin. */
type NotAList = string | number | boolean | null | { [key: string]: unknown };

export interface Config {
  /**
   * Persona-aware documentation navigation: the personas readers pick from
   * and the docs each one sees. See the plugin's README for every key.
   * @deepVisibility frontend
   */
  personaDocs?: PersonaDocsConfig | NotAnObject;
}

interface PersonaDocsConfig {
  /**
   * Title of the legacy frontend system's page header (a string). In the
   * new frontend system, set the page title in `app.extensions`.
   */
  title?: unknown;
  /** Persona id used when neither the reader nor a group mapping picks one. */
  defaultPersona?: unknown;
  /**
   * Whether readers can pick the five personas of the Backstage
   * documentation proposal (user, administrator, integrator, contributor,
   * business-stakeholder) besides the ones under `personas` (true or false;
   * default true).
   */
  builtInPersonas?: unknown;
  /**
   * Personas readers can pick from, on top of the built-in ones. A persona
   * with a built-in id refines that persona (its groups, say); any other id
   * adds one.
   */
  personas?: Array<PersonaConfig | NotAnObject> | NotAList;
  /**
   * Top-level sections of the page. When omitted, "Developer Portal"
   * (developer-portal) and "Framework" (framework).
   */
  sections?: Array<SectionConfig | NotAnObject> | NotAList;
  /** The coverage view: who sees it, and what it flags. */
  coverage?:
    | {
        /**
         * Users and groups who see the coverage view (entity refs; the kind
         * defaults to group). Without it, every reader does.
         */
        viewers?: unknown;
        /** A site built longer ago than this many days is flagged (180). */
        staleAfterDays?: unknown;
        /** A persona with fewer entries than this is flagged (3). */
        fewEntries?: unknown;
      }
    | NotAnObject;
}

interface PersonaConfig {
  /** Lowercase letters, digits and dashes; unique; required. */
  id?: unknown;
  /** Name shown in the persona selector. Default: the built-in title, else the id. */
  title?: unknown;
  /** One sentence that helps readers recognise themselves. */
  description?: unknown;
  /**
   * User or group entity refs whose members get this persona by default,
   * such as group:default/platform-team (a list of strings; the kind
   * defaults to group).
   */
  groups?: unknown;
  /**
   * Title and description in other languages, by language code (such as
   * de or pt-BR): readers whose app language it is see them; anything
   * missing falls back to the text above.
   */
  translations?: { [language: string]: TextConfig | NotAnObject } | NotAnObject;
}

interface SectionConfig {
  /** Lowercase letters, digits and dashes; unique. Derived from the title when omitted. */
  id?: unknown;
  /** Required. */
  title?: unknown;
  description?: unknown;
  /** The section's tree of entries. */
  entries?: Array<EntryConfig | NotAnObject> | NotAList;
  /**
   * Title and description in other languages, by language code (such as
   * de or pt-BR): readers whose app language it is see them; anything
   * missing falls back to the text above.
   */
  translations?: { [language: string]: TextConfig | NotAnObject } | NotAnObject;
}

/** One docs entry: a TechDocs page, a link, or a group of entries. */
interface EntryConfig {
  /** Unique across all sections; derived from the titles when omitted. */
  id?: unknown;
  /** Required unless `docs` is set, in which case TechDocs fills it in. */
  title?: unknown;
  description?: unknown;
  /**
   * Persona ids this entry (and, unless they say otherwise, its children) is
   * for: a list of strings. Inherited from the parent; at the top level,
   * omitted means everyone.
   */
  personas?: unknown;
  /** A TechDocs site as an entity ref; kind defaults to component, namespace to default. */
  docs?: unknown;
  /** A page inside the `docs` site, such as admin/installing#database. */
  path?: unknown;
  /** An http(s) or mailto URL, or an in-app path starting with a slash. */
  url?: unknown;
  /** Nested entries. */
  children?: Array<EntryConfig | NotAnObject> | NotAList;
  /**
   * Makes this group a learning path (true or false): its children are
   * steps to take in order, and readers see their progress through them.
   */
  learningPath?: unknown;
  /**
   * Entity refs this entry is about, besides its own `docs` site (a list of
   * strings; the kind defaults to component): their entity pages list it.
   */
  entities?: unknown;
  /**
   * Fills this group from the catalog: with the entities with TechDocs that
   * `filter` matches (catalog API syntax, such as { kind: component,
   * spec.type: documentation }, or a list of such filters), and with those
   * whose persona-docs/group annotation names this group's id. `true`: only
   * the annotated ones.
   */
  fromCatalog?: { filter?: unknown } | boolean | NotAnObject;
  /**
   * Title and description in other languages, by language code (such as
   * de or pt-BR): readers whose app language it is see them; anything
   * missing falls back to the text above.
   */
  translations?: { [language: string]: TextConfig | NotAnObject } | NotAnObject;
}

/** A title and description in one language. */
interface TextConfig {
  title?: unknown;
  description?: unknown;
}
