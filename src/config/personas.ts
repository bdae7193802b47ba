import { BEP_PERSONAS } from '../model/bepDefaults';
import { listForMessage, quote, shorten } from '../model/text';
import { ALL_PERSONAS, LocalizedText, Persona } from '../model/types';
import { ConfigNode } from './ConfigNode';
import { readEntityRefs, readTranslations } from './extras';
import { isValidId } from './ids';
import { at, formatKeyPath, KeyPath } from './keyPath';
import { ProblemLog } from './problems';

const PERSONA_KEYS = new Set([
  'id',
  'title',
  'description',
  'groups',
  'translations',
]);

/**
 * The persona ids readers can pick, for checking the ids entries name.
 */
export class PersonaIds {
  private readonly ids: Set<string>;
  /** Built once: every unknown id in a large config repeats it. */
  readonly known: string;

  constructor(personas: Persona[]) {
    this.ids = new Set(personas.map(p => p.id));
    this.known = listForMessage(personas.map(p => p.id));
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }
}

/**
 * The built-in BEP personas (unless `builtInPersonas: false`) with the
 * configured ones merged in: a configured persona with a built-in id refines
 * it (its groups, say, keeping the BEP title and description); any other id
 * adds a persona.
 */
export function readPersonas(
  root: ConfigNode | undefined,
  log: ProblemLog,
): Persona[] {
  const builtIn =
    root?.boolean('builtInPersonas', 'the built-in personas are kept') ?? true;
  const personas: Persona[] = builtIn
    ? BEP_PERSONAS.map(p => ({ ...p, groups: [] }))
    : [];
  const positions = new Map(personas.map((p, i) => [p.id, i]));
  const configuredAt = new Map<string, KeyPath>();
  root?.eachObject('personas', 'ignored', 'persona dropped', item => {
    const persona = readPersona(item, log, personas, positions, configuredAt);
    if (!persona) return;
    const position = positions.get(persona.id);
    if (position === undefined) {
      positions.set(persona.id, personas.length);
      personas.push(persona);
    } else {
      personas[position] = persona;
    }
  });
  if (personas.length === 0) {
    log.report(at(at(undefined, 'personaDocs'), 'personas'), 'noPersonas');
  }
  return personas;
}

function readPersona(
  node: ConfigNode,
  log: ProblemLog,
  personas: Persona[],
  positions: Map<string, number>,
  configuredAt: Map<string, KeyPath>,
): Persona | undefined {
  node.checkKeys(PERSONA_KEYS);
  const idPath = at(node.path, 'id');
  const rawId = node.value('id');
  if (rawId === undefined) {
    log.report(node.path, 'missingId');
    return undefined;
  }
  if (typeof rawId !== 'string') {
    node.wrongType(idPath, 'a string', rawId, 'persona dropped');
    return undefined;
  }
  if (!isValidId(rawId)) {
    log.report(idPath, 'invalidId', {
      id: quote(rawId),
      consequence: 'persona dropped',
    });
    return undefined;
  }
  if (rawId === ALL_PERSONAS) {
    log.report(idPath, 'reservedId');
    return undefined;
  }
  const first = configuredAt.get(rawId);
  if (first) {
    log.report(idPath, 'duplicatePersonaId', {
      id: quote(rawId),
      first: formatKeyPath(first),
    });
    return undefined;
  }
  configuredAt.set(rawId, node.path);
  const position = positions.get(rawId);
  const builtIn = position === undefined ? undefined : personas[position];
  const title =
    node.string('title', 'the id is shown instead') ?? builtIn?.title ?? rawId;
  const description =
    node.string('description', 'description ignored') ?? builtIn?.description;
  const translations = mergeTranslations(
    builtIn && keptTranslations(builtIn, title, description),
    readTranslations(node, log),
  );
  return {
    id: rawId,
    title,
    ...(description !== undefined && { description }),
    groups: readEntityRefs(node, 'groups', 'group', log) ?? [],
    ...(translations && { translations }),
  };
}

/**
 * A built-in persona's translations of the texts config kept as they are:
 * a German title for "End User" says nothing of a title config changed.
 */
function keptTranslations(
  builtIn: Persona,
  title: string,
  description: string | undefined,
): Record<string, LocalizedText> | undefined {
  const keepTitle = title === builtIn.title;
  const keepDescription = description === builtIn.description;
  const kept: Record<string, LocalizedText> = {};
  for (const [language, text] of Object.entries(builtIn.translations ?? {})) {
    const own: LocalizedText = {
      ...(keepTitle && text.title !== undefined && { title: text.title }),
      ...(keepDescription &&
        text.description !== undefined && { description: text.description }),
    };
    if (own.title !== undefined || own.description !== undefined) {
      kept[language] = own;
    }
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Configured translations over built-in ones, language by language, field by field. */
function mergeTranslations(
  builtIn: Record<string, LocalizedText> | undefined,
  configured: Record<string, LocalizedText> | undefined,
): Record<string, LocalizedText> | undefined {
  if (!builtIn || !configured) return configured ?? builtIn;
  const merged = { ...builtIn };
  for (const [language, text] of Object.entries(configured)) {
    merged[language] = { ...merged[language], ...text };
  }
  return merged;
}

/**
 * The configured default persona, when it is one readers can pick.
 */
export function readDefaultPersona(
  root: ConfigNode,
  ids: PersonaIds,
  log: ProblemLog,
): string | undefined {
  const id = root.string('defaultPersona', 'no default persona');
  if (id === undefined) return undefined;
  if (!ids.has(id)) {
    log.report(at(root.path, 'defaultPersona'), 'unknownPersona', {
      id: quote(id),
      known: ids.known,
    });
    return undefined;
  }
  return id;
}

/**
 * An entry's `personas`: known ids only, each once. Undefined when the key
 * is not set, or when nothing usable is left (the entry then inherits).
 */
export function readEntryPersonas(
  node: ConfigNode,
  ids: PersonaIds,
  log: ProblemLog,
): string[] | undefined {
  const path = at(node.path, 'personas');
  const value = node.value('personas');
  if (value === undefined) return undefined;
  let items: unknown[];
  let itemPath = (index: number): KeyPath => at(path, index);
  if (typeof value === 'string') {
    log.report(path, 'personasAsString', { id: shorten(value.trim()) });
    items = [value];
    itemPath = () => path;
  } else if (Array.isArray(value)) {
    items = value;
  } else {
    node.wrongType(
      path,
      'a list of persona ids',
      value,
      "the parent's personas apply",
    );
    return undefined;
  }
  const personas = new Set<string>();
  items.forEach((item, index) => {
    if (typeof item !== 'string') {
      node.wrongType(itemPath(index), 'a persona id', item, 'ignored');
      return;
    }
    const id = item.trim();
    if (!ids.has(id)) {
      log.report(itemPath(index), 'unknownPersona', {
        id: quote(item),
        known: ids.known,
      });
      return;
    }
    personas.add(id);
  });
  if (personas.size === 0) {
    log.report(path, 'emptyPersonas');
    return undefined;
  }
  return [...personas];
}
