import { Entity, RELATION_MEMBER_OF } from '@backstage/catalog-model';
import { automaticPersona } from '../api/automaticPersona';
import { PersonaChoice } from '../api/PersonaApi';
import { readCatalogEntity } from '../catalog/readCatalogEntity';
import { PersonaDocsModel } from '../model/types';

/**
 * The ownership refs Backstage's usual sign-in resolvers give a user: the
 * user and the groups it is a member of. A group stands for its members,
 * who own at least the group. An entity the catalog sent malformed owns
 * nothing.
 */
export function ownershipOf(entity: Entity): Set<string> {
  const read = readCatalogEntity(entity);
  if (!read.ok) return new Set();
  const refs = new Set([read.entity.key]);
  if (read.entity.kind.toLocaleLowerCase('en-US') === 'user') {
    const relations = Array.isArray(entity.relations) ? entity.relations : [];
    for (const relation of relations) {
      if (
        relation?.type === RELATION_MEMBER_OF &&
        typeof relation.targetRef === 'string'
      ) {
        refs.add(relation.targetRef.toLocaleLowerCase('en-US'));
      }
    }
  }
  return refs;
}

/** The persona a user or group would get without a choice of their own. */
export function personaOf(
  model: Pick<PersonaDocsModel, 'personas' | 'defaultPersona'>,
  entity: Entity,
): PersonaChoice {
  return automaticPersona(
    model.personas,
    model.defaultPersona,
    ownershipOf(entity),
  );
}
