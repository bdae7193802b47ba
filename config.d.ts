/*
 * Configuration schema of backstage-plugin-persona-docs.
 *
 * Every key is visible to the frontend: the whole mapping is read in the
 * browser. The plugin validates the content itself and reports mistakes on
 * the page, so a mistake here never breaks the rest of the app.
 */
export interface Config {
  /**
   * Persona-aware documentation navigation ("Docs by persona").
   * @visibility frontend
   */
  personaDocs?: {
    /**
     * Page title. Defaults to "Docs by persona".
     * @visibility frontend
     */
    title?: string;
    /**
     * Persona id used when neither the reader nor a group mapping picks one.
     * @visibility frontend
     */
    defaultPersona?: string;
    /**
     * Whether readers can pick the five personas of the Backstage
     * documentation proposal (user, administrator, integrator, contributor,
     * business-stakeholder) besides the ones under `personas`. Default true.
     * @visibility frontend
     */
    builtInPersonas?: boolean;
    /**
     * Personas readers can pick from, on top of the built-in ones. A persona
     * with a built-in id refines that persona (its groups, say); any other
     * id adds one.
     * @visibility frontend
     */
    personas?: Array<{
      /**
       * Lowercase letters, digits and dashes; unique.
       * @visibility frontend
       */
      id: string;
      /**
       * Name shown in the persona selector. Defaults to the built-in
       * persona's title, else the id.
       * @visibility frontend
       */
      title?: string;
      /**
       * One sentence that helps readers recognise themselves.
       * @visibility frontend
       */
      description?: string;
      /**
       * User or group entity refs whose members get this persona by default,
       * e.g. group:default/platform-team. The kind defaults to group.
       * @visibility frontend
       */
      groups?: string[];
    }>;
    /**
     * Top-level sections of the page. When omitted, "Developer Portal"
     * (developer-portal) and "Framework" (framework).
     * @visibility frontend
     */
    sections?: Array<{
      /**
       * Lowercase letters, digits and dashes; unique. Derived from the title
       * when omitted.
       * @visibility frontend
       */
      id?: string;
      /**
       * @visibility frontend
       */
      title: string;
      /**
       * @visibility frontend
       */
      description?: string;
      /**
       * @visibility frontend
       */
      entries?: PersonaDocsEntryConfig[];
    }>;
  };
}

/**
 * One docs entry: a TechDocs page, a link, or a group of entries.
 */
interface PersonaDocsEntryConfig {
  /**
   * Unique across all sections; derived from the titles when omitted.
   * @visibility frontend
   */
  id?: string;
  /**
   * Required unless `docs` is set, in which case TechDocs fills it in.
   * @visibility frontend
   */
  title?: string;
  /**
   * @visibility frontend
   */
  description?: string;
  /**
   * Persona ids this entry (and, unless they say otherwise, its children) is
   * for. Inherited from the parent; at the top level, omitted means everyone.
   * @visibility frontend
   */
  personas?: string[];
  /**
   * A TechDocs site as an entity ref; kind defaults to component and
   * namespace to default.
   * @visibility frontend
   */
  docs?: string;
  /**
   * A page inside the `docs` site, e.g. admin/installing#database.
   * @visibility frontend
   */
  path?: string;
  /**
   * An http(s) or mailto URL, or an in-app path starting with a slash.
   * @visibility frontend
   */
  url?: string;
  /**
   * @visibility frontend
   */
  children?: PersonaDocsEntryConfig[];
}
