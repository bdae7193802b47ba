describe('persona docs /alpha entry point', () => {
  afterEach(() => jest.resetModules());

  it('does not load the page UI until the page loader runs', () => {
    jest.doMock('@backstage/core-components', () => {
      throw new Error('core-components was loaded eagerly');
    });
    jest.doMock('./components/PersonaDocsPage', () => {
      throw new Error('the page was loaded eagerly');
    });
    jest.doMock('@material-ui/lab/TreeView', () => {
      throw new Error('the tree view was loaded eagerly');
    });
    expect(() => require('./alpha')).not.toThrow();
  });
});
