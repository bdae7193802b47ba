import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  SyncResult,
  TechDocsStorageApi,
} from '@backstage/plugin-techdocs-react';
import { FixtureSite, findFixtureSite } from './FixtureSite';
import {
  MKDOCS_MATERIAL_STYLESHEET_FILE,
  mkdocsMaterialStylesheet,
} from './mkdocsMaterialStylesheet';
import { renderMkdocsPage } from './renderMkdocsPage';
import { normalizeDocsPath, pageUrlOf } from './sitePaths';

/**
 * Options for {@link FixtureTechDocsStorageApi}.
 *
 * @public
 */
export interface FixtureTechDocsStorageApiOptions {
  sites: FixtureSite[];
  /**
   * Stands in for the TechDocs backend's base URL, from which asset URLs are
   * derived. Nothing is fetched from it.
   */
  apiOrigin?: string;
}

/**
 * A `TechDocsStorageApi` that serves fixture sites without a backend: pages
 * are built from their Markdown on first request, and the shared stylesheet
 * is handed out as a `data:` URL because there is no server to load it from.
 *
 * @public
 */
export class FixtureTechDocsStorageApi implements TechDocsStorageApi {
  readonly #sites: FixtureSite[];
  readonly #apiOrigin: string;
  readonly #pages = new Map<string, string>();

  constructor(options: FixtureTechDocsStorageApiOptions) {
    this.#sites = options.sites;
    this.#apiOrigin = options.apiOrigin ?? 'http://localhost:7007/api/techdocs';
  }

  async getApiOrigin(): Promise<string> {
    return this.#apiOrigin;
  }

  async getStorageUrl(): Promise<string> {
    return `${this.#apiOrigin}/static/docs`;
  }

  async getBuilder(): Promise<string> {
    // The sites are prebuilt, like sites published by CI.
    return 'external';
  }

  /**
   * Returns the HTML of the page at `path`, which may be `''`, `index.html`,
   * `a/b`, `a/b/` or `a/b/index.html`. Throws `NotFoundError` for unknown
   * entities and pages, which the reader shows as "not found".
   */
  async getEntityDocs(
    entityId: CompoundEntityRef,
    path: string,
  ): Promise<string> {
    const site = findFixtureSite(this.#sites, entityId);
    const pageUrl = normalizeDocsPath(path);
    const file = Object.keys(site.docs).find(f => pageUrlOf(f) === pageUrl);
    if (!file) {
      throw new NotFoundError(`Page not found. No page at '${path}'.`);
    }
    const key = `${stringifyEntityRef(site.entity)}:${file}`;
    let html = this.#pages.get(key);
    if (html === undefined) {
      html = renderMkdocsPage(site, file);
      this.#pages.set(key, html);
    }
    return html;
  }

  async syncEntityDocs(entityId: CompoundEntityRef): Promise<SyncResult> {
    findFixtureSite(this.#sites, entityId);
    return 'cached';
  }

  /**
   * Resolves an asset URL found in a page, relative to that page, the way the
   * real client resolves it against the TechDocs static file server.
   */
  async getBaseUrl(
    oldBaseUrl: string,
    entityId: CompoundEntityRef,
    path: string,
  ): Promise<string> {
    const { kind, namespace, name } = entityId;
    const siteRoot = `${await this.getStorageUrl()}/${namespace}/${kind}/${name}/`;
    const url = new URL(oldBaseUrl, new URL(normalizeDocsPath(path), siteRoot));
    if (url.href === new URL(MKDOCS_MATERIAL_STYLESHEET_FILE, siteRoot).href) {
      return `data:text/css;charset=utf-8,${encodeURIComponent(
        mkdocsMaterialStylesheet,
      )}`;
    }
    return url.href;
  }
}
