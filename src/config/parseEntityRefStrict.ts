import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
} from '@backstage/catalog-model';

const validators = makeValidator();

/**
 * Result of reading an entity ref from config.
 *
 * @internal
 */
export type EntityRefCheck =
  | { ok: true; ref: CompoundEntityRef }
  | { ok: false; reason: string };

/**
 * Parses an entity ref and also checks that kind, namespace and name are
 * valid catalog values. `parseEntityRef` alone accepts any characters, which
 * would let a typo reach TechDocs as a request that can never succeed.
 *
 * @internal
 */
export function parseEntityRefStrict(
  value: string,
  defaultKind: string,
): EntityRefCheck {
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(value.trim(), {
      defaultKind,
      defaultNamespace: 'default',
    });
  } catch (error) {
    return { ok: false, reason: lowerFirst((error as Error).message) };
  }
  if (!validators.isValidKind(ref.kind)) {
    return { ok: false, reason: `"${ref.kind}" is not a valid kind` };
  }
  // Refs compare case-insensitively, while the namespace validator only
  // knows the lowercase spelling.
  if (!validators.isValidNamespace(ref.namespace.toLocaleLowerCase('en-US'))) {
    return { ok: false, reason: `"${ref.namespace}" is not a valid namespace` };
  }
  if (!validators.isValidEntityName(ref.name)) {
    return { ok: false, reason: `"${ref.name}" is not a valid name` };
  }
  return { ok: true, ref };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
