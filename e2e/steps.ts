// Browser steps that several specs take the same way a person would: signing in through the form,
// pasting an article, and the verification steps of a claim page (verdict, evidence, review).
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { USERS, type DemoUser } from './users';

export const PASTE_LABEL = 'The page as copied from the browser, ads and all';
export const UPLOAD_LABEL = 'A .txt or .html file (at most 1 MB)';

/** Signs in through the login page (for the tests of the form itself; others use saved sessions). */
export async function signInWithForm(page: Page, user: DemoUser, password: string = USERS[user].password) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(USERS[user].email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * A server-action form's hidden fields ($ACTION_… and the form's own), as a browser without
 * JavaScript posts them: for replaying the post by hand with other cookies or headers.
 */
export async function serverActionFields(form: Locator): Promise<(readonly [string, string])[]> {
  const fields = await form
    .locator('input[type="hidden"]')
    .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as const));
  expect(fields.some(([name]) => name.startsWith('$ACTION'))).toBe(true);
  return fields;
}

/** Opens the import page and picks a file to upload (the preview is left to the caller). */
export async function chooseUpload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/desk/articles/new');
  await page.getByText('Upload a file').click();
  await page.getByLabel(UPLOAD_LABEL).setInputFiles(file);
}

/** Pastes page text, previews it, saves it under `title` and waits for the workspace. */
export async function importArticle(page: Page, pasted: string, title: string) {
  await page.goto('/desk/articles/new');
  await page.getByLabel(PASTE_LABEL).fill(pasted);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByLabel('Headline').fill(title);
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

export function verdictForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Verdict and explanation' });
}

/** Sets status and explanation on a claim page and waits for "Saved.". */
export async function saveVerdict(page: Page, status: string, explanation: string) {
  const form = verdictForm(page);
  await form.getByLabel('Status').selectOption(status);
  await form.getByLabel('Explanation').fill(explanation);
  await form.getByRole('button', { name: 'Save verdict and explanation' }).click();
  await expect(form.getByText('Saved.')).toBeVisible();
}

export function evidenceForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Add evidence' });
}

/** Adds one piece of evidence and waits until the claim page lists `expectedCount` of them. */
export async function addEvidence(
  page: Page,
  evidence: { url: string; title: string; relation: 'Refutes the claim' | 'Supports the claim' | 'Context' },
  expectedCount = 1,
) {
  const form = evidenceForm(page);
  await form.getByLabel('Web address').fill(evidence.url);
  await form.getByLabel('Title').fill(evidence.title);
  await form.getByLabel(evidence.relation).check();
  await form.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByTestId('evidence-item')).toHaveCount(expectedCount);
}

export async function submitForReview(page: Page) {
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('publication-state')).toHaveText('In review: waiting for a second editor.');
}

/** Approves as the page's editor (who must not be the one who set the verdict). */
export async function approveAndPublish(page: Page, reviewerName: string) {
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByTestId('publication-state')).toContainText(`approved by ${reviewerName}`);
}

/** Creates a user on the users page (as an admin) and returns that user's row. */
export async function createUserOnPage(page: Page, user: { email: string; name: string; password: string }) {
  await page.goto('/desk/users');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Initial password').fill(user.password);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`Created ${user.email}.`)).toBeVisible();
  return page.locator(`[data-testid="user-row"][data-email="${user.email}"]`);
}
