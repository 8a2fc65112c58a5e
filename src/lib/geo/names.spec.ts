import { describe, expect, it } from 'vitest';
import { districtNames } from './names';

describe('districtNames', () => {
  const names = districtNames(
    [{ code: '500152', name_zh: '潼南区', name_en: 'Tongnan' }],
    [
      { code: '500152', name: '潼南区' },
      { code: '500240', name: '石柱土家族自治县' },
    ],
  );

  it('reads names from districts.csv, else from the drawing', () => {
    expect(names.zh('500152')).toBe('潼南区');
    expect(names.zh('500240')).toBe('石柱土家族自治县');
    expect(names.en('500240')).toBe('');
  });

  it('labels with the short name, or the English name in English', () => {
    expect(names.label('500152', 'zh')).toBe('潼南');
    expect(names.label('500152', 'en')).toBe('Tongnan');
    expect(names.label('500240', 'en')).toBe('石柱');
  });

  it('describes a district with its value in the interface language', () => {
    expect(names.describe('500152', 'zh', '2 条表态')).toBe('潼南区（Tongnan）：2 条表态');
    expect(names.describe('500152', 'en', '2 statements')).toBe('Tongnan: 2 statements');
  });
});
