import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import {
  TechDocsApi,
  TechDocsEntityMetadata,
  TechDocsMetadata,
} from '@backstage/plugin-techdocs-react';
import { benchEntityKey } from './benchEntities';

/**
 * A TechDocs API for the bench entities: each has a site named after the
 * entity's title. Any other entity (the dev app's fixture sites, used by the
 * default dev config) goes to `fallback`, which answers as the dev app does.
 */
export class BenchTechDocsApi implements TechDocsApi {
  readonly #entities: Map<string, Entity>;
  readonly #fallback: TechDocsApi;

  constructor(entities: Entity[], fallback: TechDocsApi) {
    this.#entities = new Map(
      entities.map(entity => [
        benchEntityKey({ ...entity.metadata, kind: entity.kind }),
        entity,
      ]),
    );
    this.#fallback = fallback;
  }

  getCookie(): Promise<{ expiresAt: string }> {
    return this.#fallback.getCookie();
  }

  getApiOrigin(): Promise<string> {
    return this.#fallback.getApiOrigin();
  }

  async getTechDocsMetadata(
    entityId: CompoundEntityRef,
  ): Promise<TechDocsMetadata> {
    const entity = this.#entities.get(benchEntityKey(entityId));
    if (!entity) return this.#fallback.getTechDocsMetadata(entityId);
    return {
      site_name: entity.metadata.title ?? entity.metadata.name,
      site_description: entity.metadata.description ?? '',
    };
  }

  async getEntityMetadata(
    entityId: CompoundEntityRef,
  ): Promise<TechDocsEntityMetadata> {
    const entity = this.#entities.get(benchEntityKey(entityId));
    return entity ?? this.#fallback.getEntityMetadata(entityId);
  }
}
