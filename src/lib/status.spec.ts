import { describe, expect, it } from 'vitest';
import { DataError } from './load';
import { combinedStatus, datasetStatus } from './status';

describe('datasetStatus', () => {
  const errors = [new DataError('data/pledges.csv', 3, 'bad row')];
  it('says a file not produced yet is missing, not loading', () => {
    expect(datasetStatus('figures', ['pledges'], false, [])).toBe('missing');
  });
  it('is loading until the load finishes, then ready or in error', () => {
    expect(datasetStatus('pledges', ['pledges'], false, errors)).toBe('loading');
    expect(datasetStatus('pledges', ['pledges'], true, errors)).toBe('error');
    expect(datasetStatus('sources', ['sources'], true, errors)).toBe('ready');
  });
});

describe('combinedStatus', () => {
  it('takes the worst status of the datasets a view needs', () => {
    expect(combinedStatus(['ready', 'missing', 'loading'])).toBe('missing');
    expect(combinedStatus(['ready', 'error'])).toBe('error');
    expect(combinedStatus(['ready', 'ready'])).toBe('ready');
  });
});
