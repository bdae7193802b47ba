/* eslint-disable no-console */
import { parseArgs } from 'node:util';
import { runImport } from './runImport';

export const IMPORT_USAGE = `Usage: persona-docs import [options]

Maps a docs site's navigation into a personaDocs block: a group for each nav
section, an entry for each page (its TechDocs path, title, description and
personas from front matter or a rules file) and for each external link.
Given --output, merges it into that file, keeping your edits, and records
what it generated in <output>.last-import.yaml beside it.

Site (one or both):
  --mkdocs <mkdocs.yml|dir>  An MkDocs project: its nav, else its docs_dir
  --docusaurus <sidebars>    A Docusaurus sidebars.js or .ts for the nav
  --docs-dir <dir>           The docs folder when no mkdocs.yml names it
                             (default: docs/ beside the sidebars file)
  --sidebar <name>           Only this sidebar of several

Options:
  --entity <ref>             The site's TechDocs entity (default: from the
                             catalog-info.yaml beside mkdocs.yml or sidebars)
  --output <file>            Write or update this file (default: print)
  --rules <file>             Persona and section rules (globs over pages)
  --section <title>          Section the site goes to (default: site_name)
  --split-sections           Each top-level nav section becomes a section
  --config <file>            App-config defining your personas; repeatable
  --help                     Show this help

Exits with 0 when the block is written and the plugin reads it without
problems, 1 when it has problems, 2 when the site or files cannot be used.`;

/** `import`: resolves to the exit code. */
export async function importCommand(
  argv: string[],
  cwd: string,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        mkdocs: { type: 'string' },
        docusaurus: { type: 'string' },
        'docs-dir': { type: 'string' },
        sidebar: { type: 'string' },
        entity: { type: 'string' },
        output: { type: 'string' },
        rules: { type: 'string' },
        section: { type: 'string' },
        'split-sections': { type: 'boolean' },
        config: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error((error as Error).message);
    console.error(IMPORT_USAGE);
    return 2;
  }
  if (values.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const started = performance.now();
  let result;
  try {
    result = await runImport({
      mkdocs: values.mkdocs,
      docusaurus: values.docusaurus,
      docsDir: values['docs-dir'],
      sidebar: values.sidebar,
      entity: values.entity,
      output: values.output,
      rules: values.rules,
      section: values.section,
      splitTopLevel: values['split-sections'] ?? false,
      configFiles: values.config,
      cwd,
    });
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    return 2;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  // The block goes to stdout when there is no output file; the summary
  // then goes to stderr, so the block can be piped.
  const say = values.output ? console.log : console.error;
  if (!values.output) console.log(result.text);
  for (const note of result.notes) say(`note: ${note}`);
  const { stats, merge } = result;
  say(
    `Mapped ${stats.pages} pages into ${stats.entries} entries (${
      stats.groups
    } groups, ${stats.docs} pages, ${stats.links} links) in ${
      stats.sections
    } section${stats.sections === 1 ? '' : 's'}; ${
      stats.withDescription
    } with a description, ${
      stats.withPersonas
    } with personas of their own; ${seconds} s.`,
  );
  if (merge && values.output) {
    say(
      `${values.output}: ${merge.added} added, ${merge.removed} removed, ${
        merge.handEdits
      } hand-edited field${merge.handEdits === 1 ? '' : 's'} kept.`,
    );
    for (const id of merge.keptEdited) {
      say(
        `kept ${id}: its page left the nav, but you edited its entry; delete it if it should go`,
      );
    }
    for (const id of merge.droppedEdited) {
      say(
        `removed ${id}: you edited this group, but all its pages moved elsewhere in the nav; redo your edit on their new group`,
      );
    }
  }
  for (const problem of result.problems) say(`problem: ${problem}`);
  return result.problems.length > 0 ? 1 : 0;
}
