/**
 * @jest-environment node
 */
import { defaultRemoteSharedDependencies } from '@backstage/module-federation-common';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkDynamicPlugin, SHARED_SINGLETONS } from './dynamicCheck';
import { main } from './main';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-dynamic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content: unknown) {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    typeof content === 'string' ? content : JSON.stringify(content),
  );
}

const js = (sync: string[]) => ({ js: { sync, async: [] } });

/** A chunk and its source map, listing the modules bundled into it. */
function chunk(name: string, sources: string[], code = 'self.x=1;') {
  write(`dist/static/${name}`, code);
  write(`dist/static/${name}.map`, {
    version: 3,
    sources: sources.map(s => `webpack://remote/./${s}`),
  });
}

/** A dynamic plugin package as build:dynamic makes it. */
function writeGoodPackage() {
  write('package.json', {
    name: 'backstage-plugin-persona-docs-dynamic',
    main: './dist/remoteEntry.js',
    backstage: {
      role: 'frontend-plugin',
      features: { './alpha': '@backstage/FrontendPlugin' },
    },
  });
  write('dist/remoteEntry.js', 'var remote;');
  write('dist/.config-schema.json', {
    schemas: [{ value: { properties: { personaDocs: {} } } }],
  });
  chunk('alpha.js', [
    'src/alpha.tsx',
    'node_modules/react/jsx-runtime.js',
    'node_modules/react/cjs/react-jsx-runtime.production.min.js',
    'node_modules/@material-ui/core/esm/styles/withStyles.js',
  ]);
  chunk('index.js', ['src/index.ts']);
  chunk('styles.js', ['node_modules/@material-ui/styles/esm/index.js']);
  write('dist/mf-manifest.json', manifest());
}

function manifest(overrides: Record<string, unknown> = {}) {
  return {
    name: 'backstage_plugin_persona_docs',
    metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } },
    exposes: [
      { name: '.', assets: js(['static/index.js']) },
      { name: 'alpha', assets: js(['static/alpha.js']) },
    ],
    shared: [
      { name: 'react', singleton: true, assets: js([]) },
      { name: 'react-dom', singleton: true, assets: js([]) },
      {
        name: '@material-ui/styles',
        singleton: true,
        assets: js(['static/styles.js']),
      },
    ],
    ...overrides,
  };
}

function updatePackage(change: (pkg: any) => void) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  change(pkg);
  write('package.json', pkg);
}

const messages = () => checkDynamicPlugin(dir).problems.map(p => p.message);

describe('checkDynamicPlugin', () => {
  beforeEach(writeGoodPackage);

  it('passes a package that exposes its declared plugin and shares the singletons', () => {
    expect(checkDynamicPlugin(dir)).toEqual({
      problems: [],
      features: { './alpha': '@backstage/FrontendPlugin' },
      exposes: ['.', 'alpha'],
    });
  });

  it('fails a package.json without backstage.features, saying RHDH drops the modules', () => {
    updatePackage(pkg => delete pkg.backstage.features);
    expect(checkDynamicPlugin(dir).problems).toEqual([
      {
        kind: 'features',
        message: expect.stringMatching(
          /^package\.json has no backstage\.features: Red Hat Developer Hub drops every exposed module/,
        ),
      },
    ]);
  });

  it('names a feature declared with the wrong type', () => {
    updatePackage(pkg => {
      pkg.backstage.features['./alpha'] = '@backstage/BackendFeature';
    });
    expect(messages()).toEqual([
      'backstage.features declares ./alpha as "@backstage/BackendFeature"; a frontend host loads only @backstage/FrontendPlugin or @backstage/FrontendModule',
      'No exposed module is declared as a @backstage/FrontendPlugin: the host would load no plugin',
    ]);
  });

  it('fails a manifest that does not expose the declared plugin', () => {
    write(
      'dist/mf-manifest.json',
      manifest({ exposes: [{ name: '.', assets: js(['static/index.js']) }] }),
    );
    expect(messages()).toEqual([
      'backstage.features declares ./alpha (@backstage/FrontendPlugin), but the remote does not expose it (it exposes .)',
      'No exposed module is declared as a @backstage/FrontendPlugin: the host would load no plugin',
    ]);
  });

  it('fails a package whose remote entry or chunks are missing', () => {
    rmSync(join(dir, 'dist/remoteEntry.js'));
    rmSync(join(dir, 'dist/static/alpha.js'));
    expect(messages()).toEqual([
      'The remote entry remoteEntry.js named by mf-manifest.json is missing',
      'alpha needs static/alpha.js, which the package lacks',
    ]);
  });

  it('fails a package without a module-federation remote, pointing out a Scalprum-only bundle', () => {
    rmSync(join(dir, 'dist'), { recursive: true });
    write('dist-scalprum/plugin-manifest.json', {});
    expect(messages()).toEqual([
      'dist/mf-manifest.json is missing: no module-federation remote, so Backstage and Red Hat Developer Hub 2.x load nothing (dist-scalprum/ serves only RHDH 1.x)',
    ]);
  });

  it('fails a package without the personaDocs config schema', () => {
    rmSync(join(dir, 'dist/.config-schema.json'));
    expect(checkDynamicPlugin(dir).problems.map(p => p.kind)).toEqual([
      'config-schema',
    ]);
  });

  it('names React when a source map shows it bundled into the remote', () => {
    chunk('vendor.js', [
      'node_modules/react/index.js',
      'node_modules/react/cjs/react.production.min.js',
    ]);
    expect(messages()).toEqual([
      expect.stringMatching(
        /^react is bundled into the remote \(static\/vendor\.js\): the browser would load a second copy beside the host's/,
      ),
    ]);
  });

  it('finds React by its own module in a chunk without a source map', () => {
    write(
      'dist/static/nomap.js',
      't.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED=W,t.version="18.3.1";',
    );
    // Reading React's internals, as the JSX runtime does, is no copy of React.
    write(
      'dist/static/reader.js',
      'var s=r.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner;',
    );
    expect(messages()).toEqual([
      expect.stringMatching(
        /^react or react-dom is bundled into the remote \(static\/nomap\.js\)/,
      ),
    ]);
  });

  it('allows a shared package its fallback chunk, and nothing beyond it', () => {
    chunk('other.js', ['node_modules/@material-ui/styles/esm/makeStyles.js']);
    expect(messages()).toEqual([
      expect.stringMatching(
        /^@material-ui\/styles is bundled into the remote \(static\/other\.js\)/,
      ),
    ]);
  });

  it('fails a singleton shared as an ordinary shared module', () => {
    const m = manifest();
    m.shared[0].singleton = false;
    write('dist/mf-manifest.json', m);
    expect(messages()).toEqual([
      "react is shared, but not as a singleton: the host's copy and the remote's could both run",
    ]);
  });
});

describe('SHARED_SINGLETONS', () => {
  it("are backstage-cli's shared singletons for remotes, with their fallbacks", () => {
    const defaults = defaultRemoteSharedDependencies();
    for (const { name, fallback } of SHARED_SINGLETONS) {
      expect(defaults[name]).toMatchObject({ singleton: true });
      expect(defaults[name].import !== false).toBe(fallback);
    }
  });
});

describe('validate --dynamic', () => {
  it('exits 1 and names what a host would skip', async () => {
    writeGoodPackage();
    updatePackage(pkg => delete pkg.backstage.features);
    const out: string[] = [];
    const log = jest
      .spyOn(console, 'log')
      .mockImplementation((line: string) => out.push(line));
    try {
      expect(await main(['validate', '--dynamic', '.'], dir)).toBe(1);
    } finally {
      log.mockRestore();
    }
    expect(out[0]).toMatch(
      /^\.: features: package\.json has no backstage\.features/,
    );
  });

  it('exits 0 for a good package', async () => {
    writeGoodPackage();
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await main(['validate', '--dynamic', '.'], dir)).toBe(0);
    } finally {
      log.mockRestore();
    }
  });
});
