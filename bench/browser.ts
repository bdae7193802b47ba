import { Browser, chromium } from '@playwright/test';
import { accessSync, constants } from 'node:fs';
import { chromiumLaunchOptions } from '../e2e-tests/chromium';

/** The Chromium the bench runs, as for the e2e tests. */
export const CHROMIUM_PATH = chromiumLaunchOptions.executablePath!;

/**
 * Why Chromium cannot be used, or undefined when it can. Checked before
 * anything slow runs, so a missing browser fails in a second, not after the
 * engine benchmark.
 */
export function chromiumProblem(): string | undefined {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return undefined;
  } catch {
    return (
      `Chromium was not found at ${CHROMIUM_PATH}. Install it ` +
      '(on Debian: apt-get install chromium) or set CHROMIUM_PATH to a ' +
      'Chromium or Chrome executable.'
    );
  }
}

/** Launches headless Chromium with the bench flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
