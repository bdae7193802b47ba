/**
 * The persona docs model: what administrators declare under `personaDocs` in
 * app-config, after validation. Pure data, shared by the tree engine, the
 * persona API and the page.
 */

/**
 * Who a reader is, for example "Administrator / Operator".
 *
 * @public
 */
export interface Persona {
  /** Lowercase letters, digits and dashes; unique among personas. */
  id: string;
  /** Shown in the persona select, the persona cards and badges. */
  title: string;
  /** One sentence telling readers whether this persona is them. */
  description?: string;
  /**
   * Entity refs (users or groups) whose members get this persona by default,
   * normalised to lowercase `kind:namespace/name`.
   */
  groups: string[];
  /** Title and description in other languages, by language code. */
  translations?: Readonly<Record<string, LocalizedText>>;
}

/**
 * A title and description in one language.
 *
 * @public
 */
export interface LocalizedText {
  /** Replaces the title; the configured title shows when missing. */
  title?: string;
  /** Replaces the description; the configured one shows when missing. */
  description?: string;
}

/**
 * A TechDocs site, optionally with a page inside it.
 */
export interface TechDocsTarget {
  type: 'techdocs';
  /** The site's entity ref as `kind:namespace/name`, spelled as configured. */
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  /** Page inside the site, without a leading slash; may end in `#anchor`. */
  path?: string;
}

/**
 * A link: an external `http(s)`/`mailto` URL or an in-app path starting with `/`.
 */
export interface UrlTarget {
  type: 'url';
  /** Normalised URL, safe to use as an `href`. */
  url: string;
  /** True for `http(s)` and `mailto` URLs, false for in-app paths. */
  external: boolean;
}

/**
 * Where a docs entry leads.
 */
export type DocsTarget = TechDocsTarget | UrlTarget;

/**
 * One node of a section's entry tree.
 */
export interface DocsEntry {
  /** Unique across all sections; given in config or derived from the titles. */
  id: string;
  /** Missing only for TechDocs entries, whose title then comes from TechDocs. */
  title?: string;
  description?: string;
  /**
   * The personas listed on this entry itself. Undefined means "inherit from
   * the parent", and at the top level "every persona".
   */
  personas?: string[];
  target?: DocsTarget;
  children: DocsEntry[];
  /**
   * Set on a group whose entries are steps to take in order; readers see
   * their progress through it.
   */
  learningPath?: boolean;
  /**
   * Entities (lowercase `kind:namespace/name`) the entry is about, besides
   * its own TechDocs site: their entity pages list it.
   */
  entities?: string[];
  /** Title and description in other languages, by language code. */
  translations?: Readonly<Record<string, LocalizedText>>;
  /**
   * Set on a group the catalog fills: with the entities its filters match,
   * and with those whose `persona-docs/group` annotation names it.
   */
  fromCatalog?: CatalogSource;
  /** The entity ref of an entry made from a catalog entity, not config. */
  fromEntity?: string;
}

/**
 * Which catalog entities a group lists, besides its configured children.
 */
export interface CatalogSource {
  /**
   * Catalog filters; an entity matching any of them is listed. Each maps a
   * field path (`kind`, `spec.type`, `metadata.tags`) to the values it may
   * have, any of them; `true` means the field is set at all. Empty: only
   * entities that name the group in their annotation.
   */
  filters: ReadonlyArray<Readonly<Record<string, readonly string[] | true>>>;
}

/**
 * A top-level part of the docs, such as "Framework" or "Developer Portal".
 */
export interface DocsSection {
  id: string;
  title: string;
  description?: string;
  entries: DocsEntry[];
  /** Title and description in other languages, by language code. */
  translations?: Readonly<Record<string, LocalizedText>>;
}

/**
 * Something wrong in the `personaDocs` configuration. The offending entry or
 * field was dropped; everything else was kept.
 */
export interface ConfigProblem {
  /** Config key path, such as `personaDocs.sections[0].entries[2].title`. */
  key: string;
  /** What is wrong, as a sentence fragment without the key. */
  message: string;
  /** `key: message`, ready to show to an administrator. */
  text: string;
}

/**
 * Everything the plugin knows from configuration.
 */
export interface PersonaDocsModel {
  /** Page title, when configured. */
  title?: string;
  /** Persona used when neither the reader nor a group mapping picks one. */
  defaultPersona?: string;
  personas: Persona[];
  sections: DocsSection[];
  problems: ConfigProblem[];
  /** False when app-config has no `personaDocs` entries at all. */
  configured: boolean;
  /** What the coverage view is configured with. */
  coverage: CoverageSettings;
}

/**
 * Settings of the coverage view.
 */
export interface CoverageSettings {
  /**
   * Entity refs (lowercase) of the users and groups who see the coverage
   * view; undefined means every reader does.
   */
  viewers?: string[];
  /** A site built longer ago than this many days counts as stale. */
  staleAfterDays: number;
  /** A persona with fewer entries than this counts as thinly served. */
  fewEntries: number;
}

/**
 * The persona id that stands for "show every persona's entries".
 *
 * @public
 */
export const ALL_PERSONAS = 'all';
