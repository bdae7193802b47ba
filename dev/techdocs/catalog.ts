import {
  Entity,
  GroupEntity,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  UserEntity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { fixtureSites } from './sites';

/**
 * The user the dev apps sign in as.
 *
 * @public
 */
export const guestUser: UserEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'guest', title: 'Guest' },
  spec: {
    profile: { displayName: 'Guest', email: 'guest@example.com' },
    memberOf: ['group:default/platform-team'],
  },
};

/**
 * The team that owns the fixture documentation, with the guest as member.
 *
 * @public
 */
export const platformTeam: GroupEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'platform-team',
    title: 'Platform Team',
    description: 'Runs the developer portal and owns its documentation.',
  },
  spec: {
    type: 'team',
    profile: { displayName: 'Platform Team' },
    children: [],
    members: ['user:default/guest'],
  },
};

/**
 * Every entity of the dev apps' catalog: the fixture sites' components, the
 * group and the user, with the relations the catalog would compute from
 * `spec.owner` and `spec.memberOf`. Pass it to `catalogApiMock({ entities })`.
 *
 * @public
 */
export const fixtureCatalogEntities: Entity[] = withRelations([
  ...fixtureSites.map(site => site.entity),
  platformTeam,
  guestUser,
]);

// A small version of the catalog's stitching, for the relations that the
// TechDocs header and docs index read (owner, group membership).
function withRelations(entities: Entity[]): Entity[] {
  const relations = new Map<string, Entity['relations']>(
    entities.map(entity => [stringifyEntityRef(entity), []]),
  );
  const relate = (source: string, type: string, target: string) =>
    relations.get(source)?.push({ type, targetRef: target });

  for (const entity of entities) {
    const ref = stringifyEntityRef(entity);
    const owner = entity.spec?.owner;
    if (typeof owner === 'string') {
      relate(ref, RELATION_OWNED_BY, owner);
      relate(owner, RELATION_OWNER_OF, ref);
    }
    const memberOf = entity.spec?.memberOf;
    if (Array.isArray(memberOf)) {
      for (const group of memberOf.map(String)) {
        relate(ref, RELATION_MEMBER_OF, group);
        relate(group, RELATION_HAS_MEMBER, ref);
      }
    }
  }
  return entities.map(entity => ({
    ...entity,
    relations: relations.get(stringifyEntityRef(entity)),
  }));
}
