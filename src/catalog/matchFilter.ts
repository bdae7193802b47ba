import { Entity } from '@backstage/catalog-model';

/**
 * The values at a catalog field path such as `spec.type` or
 * `metadata.annotations.backstage.io/techdocs-ref`, whose last part may
 * contain dots itself: at each level the longest key that the rest of the
 * path starts with is followed. Lists contribute each of their items.
 */
export function valuesAt(entity: Entity, path: string): unknown[] {
  const values: unknown[] = [];
  collect(entity, path, values);
  return values.filter(value => value !== undefined && value !== null);
}

function collect(value: unknown, rest: string, out: unknown[]) {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, rest, out);
    return;
  }
  if (!rest) {
    out.push(value);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  let key: string | undefined;
  for (const candidate of Object.keys(value)) {
    const fits = rest === candidate || rest.startsWith(`${candidate}.`);
    if (fits && (!key || candidate.length > key.length)) key = candidate;
  }
  if (key === undefined) return;
  collect(
    (value as Record<string, unknown>)[key],
    rest.slice(key.length + 1),
    out,
  );
}

/**
 * Whether an entity matches a catalog filter as the catalog itself matches
 * it: every field has one of the wanted values (case-insensitively), or,
 * for `true`, any value.
 */
export function matchesFilter(
  entity: Entity,
  filter: Readonly<Record<string, readonly string[] | true>>,
): boolean {
  return Object.entries(filter).every(([field, wanted]) => {
    const values = valuesAt(entity, field);
    if (wanted === true) return values.length > 0;
    const have = new Set(
      values.map(value => String(value).toLocaleLowerCase('en-US')),
    );
    return wanted.some(value => have.has(value.toLocaleLowerCase('en-US')));
  });
}
