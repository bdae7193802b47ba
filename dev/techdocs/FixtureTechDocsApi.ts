import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  TechDocsApi,
  TechDocsEntityMetadata,
  TechDocsMetadata,
} from '@backstage/plugin-techdocs-react';
import { FixtureSite, findFixtureSite } from './FixtureSite';
import { MKDOCS_MATERIAL_STYLESHEET_FILE } from './mkdocsMaterialStylesheet';
import { pageUrlOf } from './sitePaths';

/**
 * The techdocs_metadata.json that a TechDocs build writes next to a site.
 *
 * @public
 */
export type FixtureTechDocsMetadata = TechDocsMetadata & {
  etag: string;
  build_timestamp: number;
  files: string[];
};

/**
 * Options for {@link FixtureTechDocsApi}.
 *
 * @public
 */
export interface FixtureTechDocsApiOptions {
  sites: FixtureSite[];
  /**
   * The catalog's view of the sites' entities, including relations, which the
   * reader header shows (the owner, for example). Defaults to the entities
   * declared in the sites' catalog-info.yaml.
   */
  entities?: Entity[];
  /** Stands in for the TechDocs backend's base URL; nothing is fetched. */
  apiOrigin?: string;
}

// Fixed, so that metadata stays the same between reloads and test runs.
const FIXTURE_BUILD_TIMESTAMP = Date.UTC(2026, 0, 1);

/**
 * A `TechDocsApi` that answers metadata requests for fixture sites without a
 * backend. Unknown entities get a `NotFoundError`, as from the TechDocs
 * backend, which the reader shows as missing documentation.
 *
 * @public
 */
export class FixtureTechDocsApi implements TechDocsApi {
  readonly #sites: FixtureSite[];
  readonly #entities: Entity[];
  readonly #apiOrigin: string;

  constructor(options: FixtureTechDocsApiOptions) {
    this.#sites = options.sites;
    this.#entities = options.entities ?? options.sites.map(s => s.entity);
    this.#apiOrigin = options.apiOrigin ?? 'http://localhost:7007/api/techdocs';
  }

  async getCookie(): Promise<{ expiresAt: string }> {
    // No backend, so no cookie to refresh; say it never runs out.
    return { expiresAt: new Date(Date.UTC(9999, 0, 1)).toISOString() };
  }

  async getApiOrigin(): Promise<string> {
    return this.#apiOrigin;
  }

  async getTechDocsMetadata(
    entityId: CompoundEntityRef,
  ): Promise<FixtureTechDocsMetadata> {
    const site = findFixtureSite(this.#sites, entityId);
    return {
      site_name: site.siteName,
      site_description: site.siteDescription,
      etag: contentHash(JSON.stringify([site.nav, site.docs])),
      build_timestamp: FIXTURE_BUILD_TIMESTAMP,
      files: [
        ...Object.keys(site.docs).map(file => `${pageUrlOf(file)}index.html`),
        MKDOCS_MATERIAL_STYLESHEET_FILE,
      ],
    };
  }

  async getEntityMetadata(
    entityId: CompoundEntityRef,
  ): Promise<TechDocsEntityMetadata> {
    const site = findFixtureSite(this.#sites, entityId);
    const ref = stringifyEntityRef(site.entity);
    return (
      this.#entities.find(entity => stringifyEntityRef(entity) === ref) ??
      site.entity
    );
  }
}

// FNV-1a: a short, stable fingerprint of the site's sources for the etag.
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
