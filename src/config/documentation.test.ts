import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE_CONFIG } from '../surfaces/Page/states/NotConfiguredState';
import { PROBLEM_TEMPLATES } from './problems';
import { readModel } from '../__testUtils__/readModel';

const root = resolve(__dirname, '..', '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

/** The personaDocs block of a YAML document, as the config reader gets it. */
function personaDocsOf(yaml: string): unknown {
  return parse(yaml).personaDocs;
}

describe('documentation', () => {
  it.each(Object.entries(PROBLEM_TEMPLATES))(
    'README troubleshooting lists the %s message exactly as the reader writes it',
    (_, template) => {
      expect(readme).toContain(`| \`${template}\` |`);
    },
  );

  it('README lists no problem message the reader cannot produce', () => {
    const section = readme.slice(
      readme.indexOf('## Troubleshooting'),
      readme.indexOf('Other things that can look wrong'),
    );
    const listed = Array.from(
      section.matchAll(/^\| `([^`]+)` \|/gm),
      m => m[1],
    );
    expect(listed.sort()).toEqual(Object.values(PROBLEM_TEMPLATES).sort());
  });

  it('the README configuration example reads without problems', () => {
    const example = readme.slice(readme.indexOf('## Configuration reference'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(example)![1];
    const model = readModel(personaDocsOf(yaml));
    expect(model.problems).toEqual([]);
    expect(model.sections[0].entries[0].children).toHaveLength(2);
  });

  it('the example on the empty page reads without problems', () => {
    const model = readModel(personaDocsOf(EXAMPLE_CONFIG));
    expect(model.problems).toEqual([]);
    expect(model.configured).toBe(true);
  });

  it('the sample mapping reads without problems, with every BEP section', () => {
    const model = readModel(
      personaDocsOf(
        readFileSync(
          resolve(root, 'samples', 'app-config.persona-docs.yaml'),
          'utf8',
        ),
      ),
    );
    expect(model.problems).toEqual([]);
    expect(model.sections.map(s => s.title)).toEqual([
      'Overview',
      'Framework',
      'Developer Portal',
    ]);
  });
});
