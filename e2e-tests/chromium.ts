import type { LaunchOptions } from '@playwright/test';

/**
 * How the e2e tests and the benchmarks start Chromium: Debian's build
 * (Playwright's own browser download is not available everywhere) unless
 * CHROMIUM_PATH names another, headless, without the sandbox (which needs
 * privileges containers lack), the GPU, or Chromium's own background
 * traffic, which a closed network refuses and which would disturb timings.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
