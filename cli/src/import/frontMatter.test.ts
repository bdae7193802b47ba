import { metaList, metaText, readPageMeta } from './frontMatter';

describe('readPageMeta', () => {
  it('reads a YAML front matter block and the heading after it', () => {
    const meta = readPageMeta(
      '---\nTitle: Installing\ndescription: >\n  How to install\n  the portal.\npersonas: [administrator]\n---\n\n# Install the portal\n\nText.',
    );
    expect(meta.data).toEqual({
      title: 'Installing',
      description: 'How to install the portal.\n',
      personas: ['administrator'],
    });
    expect(meta.heading).toBe('Install the portal');
  });

  it('reads MultiMarkdown metadata lines up to the first blank line, as MkDocs does', () => {
    const meta = readPageMeta(
      'Title: Deploying\nDescription: Run it\n    in production.\n\n# Deploying it\n',
    );
    expect(meta.data).toEqual({
      title: 'Deploying',
      description: 'Run it in production.',
    });
    expect(meta.heading).toBe('Deploying it');
  });

  it('takes a page without metadata as content, with its first heading', () => {
    expect(readPageMeta('\r\n# Hello  \r\nworld')).toEqual({
      data: {},
      heading: 'Hello',
    });
    expect(readPageMeta('Some text\n# Not a title')).toEqual({ data: {} });
  });

  it('treats a block that is not a YAML mapping as no front matter', () => {
    expect(readPageMeta('---\n- a list\n---\n# Title\n').data).toEqual({});
    expect(readPageMeta('---\ntitle: [unclosed\n---\n').data).toEqual({});
    expect(readPageMeta('---\n---\n# Empty\n')).toEqual({
      data: {},
      heading: 'Empty',
    });
  });

  it('does not expand a block of YAML aliases beyond a small limit', () => {
    const bomb = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 12 }, (_, i) => {
        const previous = i === 0 ? 'a' : `a${i - 1}`;
        return `a${i}: &a${i} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`;
      }),
      '---',
      '# Safe',
    ].join('\n');
    // As in MkDocs, a block that fails to load leaves the page as it is.
    expect(readPageMeta(bomb)).toEqual({ data: {} });
  });
});

describe('metaText and metaList', () => {
  it('read values as one line of text, and as a list of words', () => {
    expect(metaText('  two\n lines ')).toBe('two lines');
    expect(metaText(3)).toBe('3');
    expect(metaText(['x'])).toBeUndefined();
    expect(metaText('   ')).toBeUndefined();
    expect(metaList('admin, end user')).toEqual(['admin', 'end user']);
    expect(metaList(['a', 'b,c', 7, ''])).toEqual(['a', 'b', 'c']);
    expect(metaList(undefined)).toEqual([]);
  });
});
