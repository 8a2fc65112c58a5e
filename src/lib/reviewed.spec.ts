import { describe, expect, it } from 'vitest';
import { reviewedOnly } from './reviewed';
import type { Datasets } from './load';

describe('reviewedOnly', () => {
  it('keeps only checked rows of the tables read from articles, and every reference row', () => {
    const data = {
      figures: [
        { figure_id: 'a', reviewed_by: '编辑甲' },
        { figure_id: 'b', reviewed_by: '' },
      ],
      pledges: [{ pledge_id: 'p', reviewed_by: '' }],
      districts: [{ code: '500101' }],
    } as unknown as Datasets;
    const shown = reviewedOnly(data);
    expect(shown.figures!.map((f) => f.figure_id)).toEqual(['a']);
    expect(shown.pledges).toEqual([]);
    expect(shown.districts).toEqual(data.districts);
    expect(data.figures).toHaveLength(2);
  });
});
