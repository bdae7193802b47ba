import { parse } from 'yaml';

/** What the importer reads from the top of a Markdown page. */
export interface PageMeta {
  /** The front matter's keys, lowercased; empty without front matter. */
  data: Record<string, unknown>;
  /** The page's first heading, when it opens the page (`# Title`). */
  heading?: string;
}

// MkDocs' own patterns (mkdocs/utils/meta.py), so a page reads the same here
// as in the site TechDocs builds.
const YAML_BLOCK =
  /^-{3}[ \t]*\r?\n([\s\S]*?\r?\n)?(?:\.{3}|-{3})[ \t]*(?:\r?\n|$)/;
const META_LINE = /^ {0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
const META_MORE = /^(?: {4}|\t)\s*(.*)$/;

/**
 * Front matter is written by many hands; a page with a huge or hostile block
 * must not cost more than reading the page.
 */
const MAX_FRONT_MATTER = 64 * 1024;

/**
 * Reads a page's front matter the way MkDocs does: a YAML block between
 * `---` lines, else MultiMarkdown-style `key: value` lines up to the first
 * blank line. Docusaurus uses the same YAML block. Never throws: a block
 * that is not valid YAML counts as no front matter, as in MkDocs.
 */
export function readPageMeta(text: string): PageMeta {
  let data: Record<string, unknown> = {};
  let body = text;
  const block = YAML_BLOCK.exec(text);
  if (block) {
    const parsed = parseYamlBlock(block[1] ?? '');
    if (parsed) {
      data = parsed;
      body = text.slice(block[0].length);
    }
  } else {
    const meta = readMultiMarkdownMeta(text);
    data = meta.data;
    body = meta.body;
  }
  const heading = firstHeading(body);
  return heading === undefined ? { data } : { data, heading };
}

function parseYamlBlock(source: string): Record<string, unknown> | undefined {
  if (source.length > MAX_FRONT_MATTER) return undefined;
  let value: unknown;
  try {
    value = parse(source, { maxAliasCount: 50, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value === null ? {} : undefined;
  }
  const data: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    data[key.toLowerCase()] = item;
  }
  return data;
}

function readMultiMarkdownMeta(text: string): {
  data: Record<string, unknown>;
  body: string;
} {
  const lines = text.slice(0, MAX_FRONT_MATTER).split(/\r\n|\r|\n/);
  const data: Record<string, string> = {};
  let key: string | undefined;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') break;
    const meta = META_LINE.exec(line);
    const more = meta ? undefined : META_MORE.exec(line);
    if (meta) {
      key = meta[1].toLowerCase();
      data[key] =
        key in data ? `${data[key]} ${meta[2].trim()}` : meta[2].trim();
    } else if (more && key) {
      data[key] = `${data[key]} ${more[1].trim()}`;
    } else {
      // The content starts here; what was read so far stays metadata.
      break;
    }
  }
  if (index === 0) return { data: {}, body: text };
  return { data, body: lines.slice(index).join('\n').replace(/^\n+/, '') };
}

/**
 * MkDocs' `get_markdown_title`: a `# ` heading before any other content.
 */
function firstHeading(body: string): string | undefined {
  const match = /^\s*([^\n]*)/.exec(body);
  const line = match?.[1].trim() ?? '';
  if (!line.startsWith('# ')) return undefined;
  const title = line.replace(/^[# ]+/, '');
  return title || undefined;
}

/** A front-matter value as one line of text, if it is text at all. */
export function metaText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * A front-matter value as a list of words: a YAML list, or a string
 * separated by commas (`personas: admin, user`).
 */
export function metaList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const words: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') continue;
    for (const word of item.split(',')) {
      const trimmed = word.trim();
      if (trimmed) words.push(trimmed);
    }
  }
  return words;
}
