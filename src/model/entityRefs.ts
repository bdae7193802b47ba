import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { quote, shorten } from './text';

const validators = makeValidator();

/**
 * Result of reading an entity ref.
 */
export type EntityRefCheck =
  | {
      readonly ok: true;
      readonly ref: Readonly<CompoundEntityRef>;
      /** The ref as `kind:namespace/name`, spelled as written. */
      readonly entityRef: string;
      /** The ref lowercased, the way Backstage compares refs. */
      readonly key: string;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Configs point many entries at the same few sites, so each distinct ref is
 * parsed once: per default kind, by the string itself. Bounded, as refs also
 * come from identities and the catalog.
 */
const cache = new Map<string, Map<string, EntityRefCheck>>();
const MAX_CACHED = 10_000;

/**
 * The one way the plugin reads entity refs, from config, identities and
 * catalog annotations alike. Kind, namespace and name must be valid catalog
 * values: `parseEntityRef` alone accepts any characters, which would let a
 * typo reach TechDocs as a request that can never succeed, or a crafted
 * annotation reach a URL.
 */
export function checkEntityRef(
  value: string,
  defaultKind: string,
): EntityRefCheck {
  let checks = cache.get(defaultKind);
  if (!checks) {
    checks = new Map();
    cache.set(defaultKind, checks);
  }
  let check = checks.get(value);
  if (!check) {
    // Frozen, so no caller can change what later callers get.
    check = Object.freeze(parse(value, defaultKind));
    if (check.ok) Object.freeze(check.ref);
    if (checks.size >= MAX_CACHED) checks.clear();
    checks.set(value, check);
  }
  return check;
}

/**
 * The comparison key of an entity (lowercase `kind:namespace/name`), as
 * Backstage compares entity refs case-insensitively.
 */
export function entityKey(ref: CompoundEntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`.toLocaleLowerCase('en-US');
}

function parse(value: string, defaultKind: string): EntityRefCheck {
  const trimmed = value.trim();
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(trimmed, {
      defaultKind,
      defaultNamespace: 'default',
    });
  } catch (error) {
    return {
      ok: false,
      reason: lowerFirst(shortenIn((error as Error).message, trimmed)),
    };
  }
  if (!validators.isValidKind(ref.kind)) {
    return { ok: false, reason: `${quote(ref.kind)} is not a valid kind` };
  }
  // Refs compare case-insensitively, while the namespace validator only
  // knows the lowercase spelling.
  if (!validators.isValidNamespace(ref.namespace.toLocaleLowerCase('en-US'))) {
    return {
      ok: false,
      reason: `${quote(ref.namespace)} is not a valid namespace`,
    };
  }
  if (!validators.isValidEntityName(ref.name)) {
    return { ok: false, reason: `${quote(ref.name)} is not a valid name` };
  }
  return {
    ok: true,
    ref,
    entityRef: stringifyEntityRef(ref),
    key: entityKey(ref),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * parseEntityRef's messages repeat the whole ref, raw or JSON-escaped; a
 * huge ref is cut down there as in the rest of a problem message.
 */
function shortenIn(message: string, value: string): string {
  const short = shorten(value);
  if (short === value) return shorten(message, 300);
  const escaped = JSON.stringify(value).slice(1, -1);
  return shorten(
    message
      .split(value)
      .join(short)
      .split(escaped)
      .join(JSON.stringify(short).slice(1, -1)),
    300,
  );
}
