import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityPresentationApi,
  EntityRefPresentation,
  defaultEntityPresentation,
} from '@backstage/plugin-catalog-react';

/**
 * An `EntityPresentationApi` over a fixed list of entities, so entity refs
 * show as titles (such as "Platform Team") rather than raw refs. The TechDocs
 * reader header requires this API; apps normally get it from the catalog
 * plugin, which the dev apps do not install.
 *
 * @public
 */
export class FixtureEntityPresentationApi implements EntityPresentationApi {
  readonly #entities: Map<string, Entity>;

  constructor(entities: Entity[]) {
    this.#entities = new Map(
      entities.map(entity => [stringifyEntityRef(entity), entity]),
    );
  }

  forEntity(
    entityOrRef: Entity | string,
    context?: { defaultKind?: string; defaultNamespace?: string },
  ): EntityRefPresentation {
    const known =
      typeof entityOrRef === 'string'
        ? this.#entities.get(entityOrRef.toLocaleLowerCase('en-US'))
        : entityOrRef;
    const snapshot = defaultEntityPresentation(known ?? entityOrRef, context);
    return { snapshot, promise: Promise.resolve(snapshot) };
  }
}
