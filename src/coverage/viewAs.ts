import { Entity, RELATION_MEMBER_OF } from '@backstage/catalog-model';
import { automaticPersona } from '../api/automaticPersona';
import { PersonaChoice } from '../api/PersonaApi';
import { entityKey } from '../model/entityRefs';
import { PersonaDocsModel } from '../model/types';

/**
 * The ownership refs Backstage's usual sign-in resolvers give a user: the
 * user and the groups it is a member of. A group stands for its members,
 * who own at least the group.
 */
export function ownershipOf(entity: Entity): Set<string> {
  const ref = entityKey({
    kind: entity.kind,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
  });
  const refs = new Set([ref]);
  if (entity.kind.toLocaleLowerCase('en-US') === 'user') {
    for (const relation of entity.relations ?? []) {
      if (relation.type === RELATION_MEMBER_OF && relation.targetRef) {
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
