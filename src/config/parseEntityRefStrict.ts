import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { quote, shorten } from './problems';

const validators = makeValidator();

/**
 * Configs point many entries at the same few sites, so each distinct ref is
 * parsed and validated once: per default kind, by the config string itself.
 * Bounded, as refs come from config only.
 */
const cache = new Map<string, Map<string, EntityRefCheck>>();
const MAX_CACHED = 10_000;

/**
 * Result of reading an entity ref from config.
 *
 * @internal
 */
export type EntityRefCheck =
  | {
      readonly ok: true;
      readonly ref: Readonly<CompoundEntityRef>;
      /** The ref as `kind:namespace/name`, spelled as configured. */
      readonly entityRef: string;
    }
  | { readonly ok: false; readonly reason: string };

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
  return { ok: true, ref, entityRef: stringifyEntityRef(ref) };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * parseEntityRef's messages repeat the whole ref, raw or JSON-escaped; a
 * huge ref is cut down there as in the rest of the problem message.
 */
function shortenIn(message: string, value: string): string {
  const short = shorten(value);
  if (short === value) return message;
  const escaped = JSON.stringify(value).slice(1, -1);
  return message
    .split(value)
    .join(short)
    .split(escaped)
    .join(JSON.stringify(short).slice(1, -1));
}
