/**
 * @jest-environment node
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  readCurrentSections,
  readRecord,
  recordFileFor,
  writeRecord,
  writeSections,
} from './outputFile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-output-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sections = [
  {
    id: 's',
    title: 'S',
    entries: [
      { id: 'e', title: 'E', personas: ['user', 'administrator'], url: '/x' },
    ],
  },
];

describe('output file', () => {
  it('writes a new file with only personaDocs.sections, persona lists inline', () => {
    const file = join(dir, 'persona-docs.yaml');
    const text = writeSections(file, sections);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(text).toContain('personas: [user, administrator]');
    expect(parse(text)).toEqual({ personaDocs: { sections } });
    expect(readCurrentSections(file)).toEqual(sections);
  });

  it('replaces only the sections of an existing app-config, keeping its other keys and comments', () => {
    const file = join(dir, 'app-config.yaml');
    writeFileSync(
      file,
      '# our portal\napp:\n  title: Acme # the name\npersonaDocs:\n  # who we have\n  defaultPersona: user\n  sections:\n    - title: Old\n      entries: []\n',
    );
    writeSections(file, sections);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# our portal');
    expect(text).toContain('title: Acme # the name');
    expect(text).toContain('# who we have');
    expect(parse(text)).toEqual({
      app: { title: 'Acme' },
      personaDocs: { defaultPersona: 'user', sections },
    });
  });

  it('refuses to merge into a file whose sections are not a list', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'personaDocs:\n  sections: oops\n');
    expect(() => readCurrentSections(file)).toThrow(
      /personaDocs\.sections is not a list/,
    );
    expect(readCurrentSections(join(dir, 'absent.yaml'))).toEqual([]);
  });

  it('keeps a record per site beside the output file', () => {
    const record = recordFileFor(join(dir, 'persona-docs.yaml'));
    expect(record).toBe(join(dir, 'persona-docs.last-import.yaml'));
    expect(readRecord(record, 'component:default/a')).toBeUndefined();
    writeRecord(record, 'component:default/a', sections);
    writeRecord(record, 'component:default/b', []);
    writeRecord(record, 'component:default/a', [
      { id: 'new', title: 'New', entries: [] },
    ]);
    expect(existsSync(record)).toBe(true);
    expect(readRecord(record, 'component:default/a')).toEqual([
      { id: 'new', title: 'New', entries: [] },
    ]);
    expect(readRecord(record, 'component:default/b')).toEqual([]);
    expect(readFileSync(record, 'utf8')).toMatch(
      /^# What `persona-docs import` generated last time/,
    );
  });
});
