import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { readPersonaDocsConfig } from '../../../src/config/readPersonaDocsConfig';
import { loadConfig } from '../validate';
import { GeneratedEntry, GeneratedSection, mapNav } from './mapNav';
import { mergeImport, MergeReport } from './mergeImport';
import {
  readCurrentSections,
  readRecord,
  recordFileFor,
  writeRecord,
  writeSections,
} from './outputFile';
import { ImportNotes } from './navTree';
import { ImportRules, PersonaWords, readRulesFile } from './personaRules';
import { readPageInfo, readSite, SiteSource } from './readSite';
import { fullEntityRef, siteEntityFromCatalogInfo } from './siteEntity';

export interface ImportOptions extends SiteSource {
  /** The TechDocs entity of the site; default from its catalog-info.yaml. */
  entity?: string;
  /** A rules file: globs to personas and sections. */
  rules?: string;
  /** The file to write; without it, the block is only returned. */
  output?: string;
  /** Title of the section the site goes to (default: the site's name). */
  section?: string;
  /** Each top-level nav section becomes a section. */
  splitTopLevel?: boolean;
  /** App-config files that define personas, read as Backstage reads them. */
  configFiles?: string[];
  cwd: string;
}

/** Counts of what an import generated. */
export interface ImportStats {
  pages: number;
  sections: number;
  entries: number;
  groups: number;
  docs: number;
  links: number;
  withDescription: number;
  withPersonas: number;
}

export interface ImportResult {
  text: string;
  stats: ImportStats;
  notes: readonly string[];
  merge?: MergeReport;
  recordFile?: string;
  /** Problems the plugin's own config reader finds in the written block. */
  problems: string[];
}

function count(sections: GeneratedSection[], pages: number): ImportStats {
  const stats: ImportStats = {
    pages,
    sections: sections.length,
    entries: 0,
    groups: 0,
    docs: 0,
    links: 0,
    withDescription: 0,
    withPersonas: 0,
  };
  const visit = (entries: GeneratedEntry[]) => {
    for (const entry of entries) {
      stats.entries++;
      if (entry.children) stats.groups++;
      if (entry.docs) stats.docs++;
      if (entry.url) stats.links++;
      if (entry.description) stats.withDescription++;
      if (entry.personas) stats.withPersonas++;
      if (entry.children) visit(entry.children);
    }
  };
  for (const section of sections) visit(section.entries);
  return stats;
}

/** The app-config files given, read as Backstage reads them. */
async function readConfigFiles(options: ImportOptions): Promise<JsonObject> {
  const files = (options.configFiles ?? []).map(file =>
    resolve(options.cwd, file),
  );
  if (files.length === 0) return {};
  return (await loadConfig(files, options.cwd, process.env)).get<JsonObject>();
}

/** The config as the page will read it: the app-config files, then the output. */
function combined(configData: JsonObject, outputText: string | undefined) {
  const configs = [{ context: 'app-config', data: configData }];
  const output = outputText === undefined ? undefined : parse(outputText);
  if (output && typeof output === 'object') {
    configs.push({ context: 'output', data: output as JsonObject });
  }
  return readPersonaDocsConfig(ConfigReader.fromConfigs(configs));
}

/**
 * Maps a site's nav into a `personaDocs` block and, given an output file,
 * merges it into what the file holds, keeping hand edits (see
 * `mergeImport`), and records what it generated beside the file.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const notes = new ImportNotes();
  const output = options.output && resolve(options.cwd, options.output);
  const site = await readSite(
    {
      ...options,
      ...(options.mkdocs && { mkdocs: resolve(options.cwd, options.mkdocs) }),
      ...(options.docusaurus && {
        docusaurus: resolve(options.cwd, options.docusaurus),
      }),
      ...(options.docsDir && {
        docsDir: resolve(options.cwd, options.docsDir),
      }),
    },
    notes,
  );
  const catalogEntity = siteEntityFromCatalogInfo(site.dir);
  const entityText = options.entity ?? catalogEntity?.entityRef;
  if (!entityText) {
    throw new Error(
      `no catalog-info.yaml in ${site.dir} names this site (backstage.io/techdocs-ref: dir:.); name its entity with --entity`,
    );
  }
  const entityRef = fullEntityRef(entityText);
  const rules: ImportRules = options.rules
    ? readRulesFile(resolve(options.cwd, options.rules))
    : { rules: [], aliases: {} };
  const configData = await readConfigFiles(options);
  const current =
    output && existsSync(output) ? readFileSync(output, 'utf8') : undefined;
  const personas = combined(configData, current).personas;
  const words = new PersonaWords(personas, rules.aliases);
  const pages = readPageInfo(site, rules, words, notes);
  const siteName = entityRef.slice(entityRef.indexOf('/') + 1);
  const generated = mapNav({
    nav: site.nav,
    pages,
    pageUrl: site.pageUrl,
    entityRef,
    idPrefix: siteName,
    siteTitle:
      options.section ?? site.title ?? catalogEntity?.title ?? siteName,
    splitTopLevel: options.splitTopLevel ?? false,
    personaOrder: words.order,
  });
  const stats = count(generated, pages.size);
  const plain = JSON.parse(JSON.stringify(generated)) as unknown[];

  let sections = plain;
  let merge: MergeReport | undefined;
  let recordFile: string | undefined;
  if (output) {
    recordFile = recordFileFor(output);
    const ours = readCurrentSections(output);
    const base = readRecord(recordFile, entityRef);
    if (!base && ours.length > 0) {
      notes.add(
        `${recordFile} has no record of importing ${entityRef}, so everything in ${options.output} counts as your own edits: new pages are added, nothing is removed or changed`,
      );
    }
    ({ sections, report: merge } = mergeImport(base ?? [], ours, plain));
  }
  const text = writeSections(output, sections);
  if (output && recordFile) writeRecord(recordFile, entityRef, plain);

  const problems = combined(configData, text).problems.map(
    problem => `${problem.key}: ${problem.message}`,
  );
  return {
    text,
    stats,
    notes: notes.list(),
    ...(merge && { merge }),
    ...(recordFile && { recordFile }),
    problems,
  };
}
