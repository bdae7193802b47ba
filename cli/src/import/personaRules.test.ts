/**
 * @jest-environment node
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BEP_PERSONAS } from '../../../src/model/bepDefaults';
import { ImportNotes } from './navTree';
import { applyRules, PersonaWords, readRulesFile } from './personaRules';

const known = [...BEP_PERSONAS, { id: 'security', title: 'Security team' }];

describe('PersonaWords', () => {
  const words = new PersonaWords(known, { secops: 'security', typo: 'nobody' });

  it('reads persona ids, titles and the usual words for them', () => {
    expect(
      [
        'administrator',
        'Admin',
        'SRE',
        'End User',
        'plugin developers',
        'Business Stakeholder',
        'Security team',
        'secops',
      ].map(w => words.id(w)),
    ).toEqual([
      'administrator',
      'administrator',
      'administrator',
      'user',
      'integrator',
      'business-stakeholder',
      'security',
      'security',
    ]);
    expect(words.id('typo')).toBeUndefined();
    expect(words.id('kubernetes')).toBeUndefined();
  });

  it('takes personas from front matter keys in order, tags only when they name personas', () => {
    const notes = new ImportNotes();
    expect(
      words.fromFrontMatter(
        { personas: ['integrator', 'admin'] },
        'a.md',
        notes,
      ),
    ).toEqual(['administrator', 'integrator']);
    expect(
      words.fromFrontMatter({ persona: 'ops, wizards' }, 'b.md', notes),
    ).toEqual(['administrator']);
    expect(
      words.fromFrontMatter({ audience: ['contributors'] }, 'c.md', notes),
    ).toEqual(['contributor']);
    expect(
      words.fromFrontMatter(
        { tags: ['kubernetes', 'operators'] },
        'd.md',
        notes,
      ),
    ).toEqual(['administrator']);
    expect(
      words.fromFrontMatter({ tags: ['kubernetes'] }, 'e.md', notes),
    ).toBeUndefined();
    expect(
      words.fromFrontMatter({ title: 'x' }, 'f.md', notes),
    ).toBeUndefined();
    expect(notes.list()).toEqual([
      'b.md: persona wizards is no known persona; ignored (add it under aliases in a rules file)',
    ]);
  });
});

describe('rules', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'persona-docs-rules-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function rulesFile(text: string) {
    writeFileSync(join(dir, 'rules.yaml'), text);
    return readRulesFile(join(dir, 'rules.yaml'));
  }

  it('reads rules and aliases, and applies the first matching rule for personas and for the section', () => {
    const { rules, aliases } = rulesFile(`
aliases: { ops-team: administrator }
rules:
  - match: admin/**
    personas: [administrator]
  - match: [admin/security/**, "**/security.md"]
    section: Security
  - match: "**"
    personas: user
`);
    expect(aliases).toEqual({ 'ops-team': 'administrator' });
    expect(applyRules('admin/security/tokens.md', rules)).toEqual({
      personas: ['administrator'],
      section: 'Security',
    });
    expect(applyRules('guide/security.md', rules)).toEqual({
      personas: ['user'],
      section: 'Security',
    });
    expect(applyRules('index.md', rules)).toEqual({ personas: ['user'] });
    expect(applyRules('administration.md', rules)).toEqual({
      personas: ['user'],
    });
  });

  it('names the place of a mistake in the rules file', () => {
    expect(() => rulesFile('rules:\n  - match: a/**\n')).toThrow(
      /rules\[0\]: give personas, section or both/,
    );
    expect(() =>
      rulesFile('rules:\n  - match: a/**\n    persona: [x]\n'),
    ).toThrow(/rules\[0\]: unknown key persona/);
    expect(() => rulesFile('rules:\n  - personas: [user]\n')).toThrow(
      /rules\[0\]\.match: expected a string or a list of strings/,
    );
    expect(() => rulesFile('rule: []\n')).toThrow(
      /unknown key rule; known keys: rules, aliases/,
    );
    expect(() => rulesFile('aliases: [x]\n')).toThrow(
      /aliases: expected a mapping/,
    );
  });
});
