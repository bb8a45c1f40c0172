import { createProgressDisplay } from '../../conformance/format/progressDisplay';

describe('createProgressDisplay', () => {
  test('silent for the first second, then one overwritten line at most every 100 ms, erased at the end', () => {
    let now = 0;
    let written = '';
    const display = createProgressDisplay(
      (text) => {
        written += text;
      },
      () => now,
    );
    const progress = {
      phase: 'generated' as const,
      label: 'valid-token/valid-body',
      done: 3,
      total: 100,
      requests: 40,
    };
    display.update(progress);
    expect(written).toBe('');
    now = 1000;
    display.update(progress);
    expect(written).toBe('\r\u001b[2K  … valid-token/valid-body 3/100 · 40 requests sent');
    now = 1050;
    display.update({ ...progress, done: 4 });
    expect(written).not.toContain('4/100');
    now = 1100;
    display.update({ phase: 'shrinking', label: 'user-echo', done: 0, total: 1, requests: 90 });
    expect(written).toContain('\r\u001b[2K  … shrinking user-echo · 90 requests sent');
    display.clear();
    expect(written.endsWith('\r\u001b[2K')).toBe(true);
  });

  test('a short run never draws, so clearing writes nothing', () => {
    let written = '';
    const display = createProgressDisplay(
      (text) => {
        written += text;
      },
      () => 0,
    );
    display.update({ phase: 'explicit', label: 'x', done: 1, total: 2, requests: 1 });
    display.clear();
    expect(written).toBe('');
  });
});
