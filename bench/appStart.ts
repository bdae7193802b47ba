import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(__dirname, '..');

/** Result of {@link measureEntry}. */
export interface EntrySize {
  entry: string;
  /** The chunk an app loads when it starts, minified. */
  bytes: number;
  gzipBytes: number;
  /** Chunks loaded later, when a surface first renders, gzipped. */
  lazyGzipBytes: number;
}

/**
 * The JavaScript an entry point adds to an app's initial load: the entry
 * bundled as an app's bundler would (minified, its dynamic imports split
 * into chunks of their own), with every package left out, since the app
 * has Backstage, React and Material UI already.
 */
export async function measureEntry(entry: string): Promise<EntrySize> {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: resolve(root, 'node_modules', '.cache', 'persona-docs-bench'),
    packages: 'external',
    jsx: 'automatic',
    loader: { '.json': 'json' },
    logLevel: 'warning',
    metafile: true,
  });
  const entryOutput = Object.entries(result.metafile.outputs).find(
    ([, output]) => output.entryPoint,
  )?.[0];
  let bytes = 0;
  let gzipBytes = 0;
  let lazyGzipBytes = 0;
  for (const file of result.outputFiles) {
    const gz = gzipSync(file.contents).length;
    if (entryOutput && file.path.endsWith(entryOutput.split('/').pop()!)) {
      bytes = file.contents.length;
      gzipBytes = gz;
    } else {
      lazyGzipBytes += gz;
    }
  }
  return { entry, bytes, gzipBytes, lazyGzipBytes };
}
