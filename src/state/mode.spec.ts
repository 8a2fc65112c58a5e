import { describe, expect, it } from 'vitest';
import { chromeFor } from './mode';
import { MODES } from '../lib/view-state';

describe('chromeFor', () => {
  it('draws the whole dashboard with its controls in full mode', () => {
    expect(chromeFor('full')).toMatchObject({ header: true, controls: true, dashboard: true });
  });
  it('never writes the URL from an embed and hides the page chrome', () => {
    expect(chromeFor('embed')).toMatchObject({ writesUrl: false, header: false, controls: false });
  });
  it('gives every mode a chrome object', () => {
    for (const mode of MODES) expect(typeof chromeFor(mode).writesUrl).toBe('boolean');
  });
});
