/**
 * Both entry points are imported when the app starts; the plugin's UI must
 * wait until one of its surfaces renders. Backstage's own packages the entry
 * points build on (such as the catalog's entity card blueprint, which loads
 * core-components) are the app's to load.
 */
describe.each([
  ['/alpha', './alpha'],
  ['the legacy', './plugin'],
])('persona docs %s entry point', (_name, entryPoint) => {
  afterEach(() => jest.resetModules());

  it('does not load the page or any surface until it renders', () => {
    jest.doMock('./components/PersonaDocsPage', () => {
      throw new Error('the page was loaded eagerly');
    });
    jest.doMock('./surfaces', () => {
      throw new Error('the surfaces were loaded eagerly');
    });
    jest.doMock('@material-ui/lab/TreeView', () => {
      throw new Error('the tree view was loaded eagerly');
    });
    jest.doMock('./config/readPersonaDocsConfig', () => {
      throw new Error('the config reader was loaded eagerly');
    });
    expect(() => require(entryPoint)).not.toThrow();
  });
});
