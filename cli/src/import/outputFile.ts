import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { Document, isMap, isScalar, parseDocument, visit } from 'yaml';

const HEADER = ` personaDocs written by \`persona-docs import\`.
 Edit it freely: the next import keeps what you change (see the README,
 "Map an existing docs site"). Entry ids are how it recognises entries.`;

const RECORD_HEADER = ` What \`persona-docs import\` generated last time, per
 site, so the next import can tell your edits from changes in the site.
 Commit it beside the file it belongs to; do not edit it.`;

/** Long strings stay on one line; short lists of words are written inline. */
function stringify(document: Document): string {
  visit(document, {
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every(item => isScalar(item))) {
        node.flow = true;
      }
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function readDocument(file: string): Document {
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (document.errors.length > 0) {
    throw new Error(`${file} is not valid YAML: ${document.errors[0].message}`);
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new Error(`${file} is not a mapping of config keys`);
  }
  return document;
}

/** The file of the previous import beside an output file. */
export function recordFileFor(output: string): string {
  const name = basename(output, extname(output));
  return join(dirname(output), `${name}.last-import.yaml`);
}

/** `personaDocs.sections` of an output file as it is now; [] when absent. */
export function readCurrentSections(output: string): unknown[] {
  if (!existsSync(output)) return [];
  const value = readDocument(output).toJS({ maxAliasCount: 100 });
  const sections = value?.personaDocs?.sections;
  if (sections === undefined) return [];
  if (!Array.isArray(sections)) {
    throw new Error(
      `${output}: personaDocs.sections is not a list; fix it before importing`,
    );
  }
  return sections;
}

/**
 * Writes the sections into `personaDocs.sections` of the output file,
 * leaving the rest of the file (other keys, personas, comments outside the
 * sections) as it is; a new file gets only `personaDocs.sections`.
 */
export function writeSections(
  output: string | undefined,
  sections: unknown[],
): string {
  let document: Document;
  if (output && existsSync(output)) {
    document = readDocument(output);
    if (document.contents === null)
      document.contents = document.createNode({}) as any;
    const root = document.contents as any;
    if (!isMap(root.get('personaDocs'))) {
      root.set('personaDocs', document.createNode({}));
    }
    document.setIn(['personaDocs', 'sections'], document.createNode(sections));
  } else {
    document = new Document({ personaDocs: { sections } });
    document.commentBefore = HEADER;
  }
  const text = stringify(document);
  if (output) writeFileSync(output, text);
  return text;
}

/** The previous import's generated sections for a site, if recorded. */
export function readRecord(
  recordFile: string,
  site: string,
): unknown[] | undefined {
  if (!existsSync(recordFile)) return undefined;
  const value = readDocument(recordFile).toJS({ maxAliasCount: 100 });
  const sections = value?.imports?.[site]?.sections;
  return Array.isArray(sections) ? sections : undefined;
}

/** Records what this import generated for a site, keeping other sites'. */
export function writeRecord(
  recordFile: string,
  site: string,
  sections: unknown[],
): void {
  const document = existsSync(recordFile)
    ? readDocument(recordFile)
    : new Document({});
  if (!document.contents || !isMap(document.contents))
    document.contents = document.createNode({}) as any;
  const imports = (document.contents as any).get('imports');
  if (!isMap(imports)) {
    document.set('imports', document.createNode({}));
  }
  document.setIn(['imports', site], document.createNode({ sections }));
  document.commentBefore = RECORD_HEADER;
  writeFileSync(recordFile, stringify(document));
}
