import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startTestApp, type TestApp } from '../../../apps/api/test/support/test-app.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export interface Delegate {
  name: string;
  context: BrowserContext;
  page: Page;
  /** window.alert/confirm/prompt calls the page tried (confirm dialogs are accepted). */
  dialogs: string[];
  /** Uncaught errors in the page, and whatever the Content Security Policy refused. */
  pageErrors: string[];
}

/** Chromium's console line for a refusal by the CSP, and ours from the DOM event. */
const CSP_VIOLATION = /Content Security Policy|CSP violation/i;

/** One browser per delegate (a fresh profile each), signed in by putting his token in storage. */
export async function openBrowser(
  name: string,
  baseUrl: string,
  token: string | null,
  viewport = { width: 1280, height: 900 },
): Promise<Delegate> {
  const profile = mkdtempSync(join(tmpdir(), 'plenary-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    baseURL: baseUrl,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Chromium may still be flushing the profile as it exits: retry, and never fail a test on it.
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a leftover folder in the temp dir
    }
  });
  // One wait for one condition (an element, a live update): generous, for a busy machine.
  context.setDefaultTimeout(60_000);
  if (token) {
    // Runs in the page, before the app: the delegate arrives signed in.
    await context.addInitScript({
      content: `localStorage.setItem('plenary.token', ${JSON.stringify(token)});`,
    });
  }
  // Every refusal by the CSP reaches the console, with what was refused and by which directive.
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      console.error('CSP violation: ' + e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline')));`,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const delegate: Delegate = { name, context, page, dialogs: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    delegate.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void (dialog.type() === 'confirm' ? dialog.accept() : dialog.dismiss());
  });
  page.on('pageerror', (error) => delegate.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && CSP_VIOLATION.test(message.text())) {
      delegate.pageErrors.push(message.text());
    }
  });
  return delegate;
}

/** Runs a scenario; on failure, saves a screenshot of every delegate's page, then rethrows. */
export async function withScreenshots(
  scenario: string,
  delegates: () => Delegate[],
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const slug = scenario.replace(/\W+/g, '-').toLowerCase();
    for (const delegate of delegates()) {
      await delegate.page
        .screenshot({ path: join(ARTIFACTS, `${slug}--${delegate.name}.png`), fullPage: true })
        .catch(() => undefined);
    }
    throw error;
  }
}

export async function closeAll(delegates: Delegate[]): Promise<void> {
  await Promise.all(delegates.map((d) => d.context.close().catch(() => undefined)));
}

/**
 * The API and the delegates' browsers of one spec file: the API starts before its tests, and
 * every browser opened into `delegates`, then the API, close after them.
 */
export function browserSession(env: Record<string, string> = {}): {
  readonly api: TestApp;
  delegates: Delegate[];
} {
  let api: TestApp | undefined;
  const delegates: Delegate[] = [];
  beforeAll(async () => {
    api = await startTestApp(env);
  });
  // Whatever a scenario checks, a page error or a refusal by the CSP fails it.
  afterEach(() => {
    const errors = delegates.flatMap((d) => d.pageErrors.splice(0).map((e) => `${d.name}: ${e}`));
    if (errors.length > 0) throw new Error(`errors in the pages:\n${errors.join('\n')}`);
  });
  afterAll(async () => {
    await closeAll(delegates);
    await api?.close();
  });
  return {
    get api() {
      if (!api) throw new Error('the API starts in beforeAll: use session.api inside tests');
      return api;
    },
    delegates,
  };
}
