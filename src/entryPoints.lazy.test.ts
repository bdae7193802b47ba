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
    for (const surface of [
      'Page',
      'HomeCard',
      'TechDocsAddon',
      'EntityCard',
      'Settings',
      'SurfaceFrame',
    ]) {
      jest.doMock(`./surfaces/${surface}`, () => {
        throw new Error(`${surface} was loaded eagerly`);
      });
    }
    jest.doMock('./store/PersonaDocsStore', () => {
      throw new Error('the store was loaded eagerly');
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
