import { describe, expect, it } from 'vitest';
import { readVerificationForm } from './editor';
import { checkOutage, type DeskAnswer } from './outage';

describe('readVerificationForm', () => {
  it('collects every field the explanation form would post, with the loaded version', () => {
    const html = `<form><input name="q" value="other form"></form>
      <form method="POST" enctype="multipart/form-data">
        <input type="hidden" name="$ACTION_REF_1"><input type="hidden" name="$ACTION_1:0" value='{"id":"abc"}'>
        <input type="hidden" name="version" value="7">
        <select name="status"><option value="UNSTARTED">Unstarted</option><option value="FALSE" selected>False</option></select>
        <textarea name="explanation">Old text</textarea>
        <input type="checkbox" name="notify"><button type="submit" name="go">Save</button>
      </form>`;
    const form = readVerificationForm(html);
    expect(form?.version).toBe(7);
    expect(form?.fields).toEqual([
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{"id":"abc"}'],
      ['version', '7'],
      ['status', 'FALSE'],
      ['explanation', 'Old text'],
    ]);
  });

  it('finds nothing on a page without the form or without a version', () => {
    expect(readVerificationForm('<p>Temporarily unavailable</p>')).toBeNull();
    expect(readVerificationForm('<form><textarea name="explanation"></textarea></form>')).toBeNull();
  });
});

describe('checkOutage', () => {
  const times = { stoppedAt: 10_000, backAt: 20_000 };
  const answers = (list: [number, number, number][]): DeskAnswer[] => list.map(([at, status, ms]) => ({ at, status, ms }));
  const passed = (result: [string, boolean, string][]) => result.map(([, ok]) => ok);

  it('passes a desk that answers 503 soon after the stop and 200 soon after the return', () => {
    const seen = answers([
      [9_000, 200, 50],
      [10_500, 500, 80],
      [13_000, 503, 5],
      [19_000, 503, 5],
      [21_000, 503, 5],
      [22_000, 200, 90],
    ]);
    expect(passed(checkOutage(seen, times))).toEqual([true, true, true, true]);
  });

  it('fails a hang, a 500 once the gate should know, and a slow recovery', () => {
    const seen = answers([
      [9_000, 200, 50],
      [13_000, 500, 6_000],
      [26_000, 200, 50],
    ]);
    expect(passed(checkOutage(seen, times))).toEqual([true, false, false, false]);
  });
});
