import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import {
  generateDeepPersonaDocsConfig,
  generatePersonaDocsConfig,
} from '../fixtures/generatePersonaDocsConfig';

/** Where the e2e run writes the generated admin configs. */
export const GENERATED_CONFIGS = resolve(
  __dirname,
  '..',
  'node_modules',
  '.cache',
  'persona-docs-e2e',
);

/** Writes the large configs the size checks pass to the dev app. */
export default function globalSetup() {
  mkdirSync(GENERATED_CONFIGS, { recursive: true });
  writeFileSync(
    resolve(GENERATED_CONFIGS, 'app-config.100k-entries.yaml'),
    stringify({ personaDocs: generatePersonaDocsConfig({ entries: 100_000 }) }),
  );
  writeFileSync(
    resolve(GENERATED_CONFIGS, 'app-config.depth-50.yaml'),
    stringify({ personaDocs: generateDeepPersonaDocsConfig(50) }),
  );
}
