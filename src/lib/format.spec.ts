import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  termText,
  formatDate,
  formatDateRange,
  formatPeriod,
  formatNumber,
  formatQuantity,
  qualifierLabel,
  splitUnit,
  unitLabel,
  significantDigits,
  roundSignificant,
} from './format';

describe('formatNumber', () => {
  it.each([
    [2163, '2163'],
    [12_000, '1.2万'],
    [2.6e8, '2.6亿'],
    [3.4e8, '3.4亿'],
    [4e12, '4万亿'],
  ])('writes %d in Chinese as %s', (value, text) => {
    expect(formatNumber(value, 'zh')).toBe(text);
  });
  it.each([
    [2163, '2,163'],
    [2.6e8, '260 million'],
    [4e12, '4 trillion'],
    [1.5e9, '1.5 billion'],
  ])('writes %d in English as %s', (value, text) => {
    expect(formatNumber(value, 'en')).toBe(text);
  });
  it('uses K/M/B for short English labels', () => {
    expect(formatNumber(2163, 'en', 'short')).toBe('2.16K');
    expect(formatNumber(2.6e8, 'en', 'short')).toBe('260M');
    expect(formatNumber(1.5e9, 'en', 'short')).toBe('1.5B');
  });
  it('shows a dash for values that are not numbers', () => {
    expect(formatNumber(NaN, 'zh')).toBe('–');
    expect(formatNumber(Infinity, 'en')).toBe('–');
  });
  it('gives non-empty text for any number in either language', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('zh' as const, 'en' as const), (v, lang) => {
        expect(formatNumber(v, lang).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('splitUnit and unitLabel', () => {
  it('separates a Chinese multiplier from the base unit', () => {
    expect(splitUnit('万亿元')).toEqual({ factor: 1e12, base: '元' });
    expect(splitUnit('亿元')).toEqual({ factor: 1e8, base: '元' });
    expect(splitUnit('万户')).toEqual({ factor: 1e4, base: '户' });
    expect(splitUnit('户')).toEqual({ factor: 1, base: '户' });
    // A unit that is only a multiplier word stays as printed.
    expect(splitUnit('万')).toEqual({ factor: 1, base: '万' });
  });
  it('names units in English and keeps unknown ones as printed', () => {
    expect(unitLabel('户', 'en')).toBe('households');
    expect(unitLabel('户', 'en', false)).toBe('household');
    expect(unitLabel('亿元', 'en')).toBe('yuan');
    expect(unitLabel('天', 'zh')).toBe('天');
    expect(unitLabel('艘', 'en')).toBe('艘');
  });
});

describe('qualifierLabel', () => {
  it('translates the qualifiers the articles use', () => {
    expect(qualifierLabel('近', 'en')).toBe('nearly');
    expect(qualifierLabel('超过', 'en')).toBe('over');
    expect(qualifierLabel('超过', 'zh')).toBe('超过');
    expect(qualifierLabel('', 'en')).toBe('');
  });
});

describe('formatQuantity', () => {
  it('says a target the way the article does, in Chinese', () => {
    expect(formatQuantity({ value: 4e12, unit: '元', qualifier: '超过' }, 'zh')).toBe(
      '超过4万亿元',
    );
    expect(formatQuantity({ value: 4, unit: '万亿元', qualifier: '超过' }, 'zh')).toBe(
      '超过4万亿元',
    );
    expect(formatQuantity({ value: 2.6, unit: '亿元', qualifier: '近' }, 'zh')).toBe('近2.6亿元');
    expect(formatQuantity({ value: 2163, unit: '户' }, 'zh')).toBe('2163户');
    expect(formatQuantity({ value: 1000, unit: '亿元', qualifier: '以上' }, 'zh')).toBe(
      '1000亿元以上',
    );
    expect(formatQuantity({ value: 100, unit: '个', qualifier: '余' }, 'zh')).toBe('100余个');
    expect(formatQuantity({ value: 100, unit: '个', qualifier: '余' }, 'en')).toBe('over 100');
  });
  it('says the same figures in English', () => {
    expect(formatQuantity({ value: 4, unit: '万亿元', qualifier: '超过' }, 'en')).toBe(
      'over 4 trillion yuan',
    );
    expect(formatQuantity({ value: 2.6, unit: '亿元', qualifier: '近' }, 'en')).toBe(
      'nearly 260 million yuan',
    );
    expect(formatQuantity({ value: 2163, unit: '户' }, 'en')).toBe('2,163 households');
    expect(formatQuantity({ value: 1, unit: '户' }, 'en')).toBe('1 household');
    expect(formatQuantity({ value: 5.5, unit: '%' }, 'en')).toBe('5.5%');
    expect(formatQuantity({ value: 30, unit: '天' }, 'en')).toBe('30 days');
    expect(formatQuantity({ value: 100, unit: '个' }, 'en')).toBe('100');
  });
});

describe('formatDate', () => {
  it('writes full, month and year dates in both languages', () => {
    expect(formatDate('2024-05-24', 'zh')).toBe('2024年5月24日');
    expect(formatDate('2024-05-24', 'en')).toBe('24 May 2024');
    expect(formatDate('2024-05', 'zh')).toBe('2024年5月');
    expect(formatDate('2024-05', 'en')).toBe('May 2024');
    expect(formatDate('2027', 'en')).toBe('2027');
  });
  it('leaves text that is not a date as it is', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
  it('writes a range, or one day when both ends agree', () => {
    expect(formatDateRange('2024-09-01', '2024-09-14', 'zh')).toBe('2024年9月1日至2024年9月14日');
    expect(formatDateRange('2024-05-24', '2024-05-24', 'en')).toBe('24 May 2024');
  });
});

describe('formatPeriod', () => {
  it('writes a reporting period or a single date', () => {
    expect(formatPeriod('2024-01/2024-03', 'zh')).toBe('2024年1月至2024年3月');
    expect(formatPeriod('2024-01/2024-03', 'en')).toBe('Jan 2024 – Mar 2024');
    expect(formatPeriod('2021', 'zh')).toBe('2021年');
  });
});

describe('termText', () => {
  it('gives the reviewed English in English and the Chinese term in Chinese', () => {
    expect(termText('地区生产总值', 'GDP', 'en')).toEqual({ text: 'GDP', lang: 'en' });
    expect(termText('地区生产总值', 'GDP', 'zh')).toEqual({ text: '地区生产总值', lang: 'zh-CN' });
  });
  it('falls back to the Chinese term, marked as Chinese, when there is no English', () => {
    expect(termText('吊车', '', 'en')).toEqual({ text: '吊车', lang: 'zh-CN' });
  });
});

describe('derived precision', () => {
  it('counts the significant digits a printed number carries', () => {
    expect(significantDigits('近2.6亿元')).toBe(2);
    expect(significantDigits('2163户')).toBe(4);
    expect(significantDigits('2,163')).toBe(4);
    expect(significantDigits('2000户')).toBe(1);
    expect(significantDigits('0.05')).toBe(1);
    expect(significantDigits('１２０万')).toBe(2);
    expect(significantDigits('约')).toBeNull();
  });
  it('rounds a derived value to the precision of its inputs', () => {
    expect(roundSignificant(260000000 / 2163, 2)).toBe(120000);
    expect(roundSignificant(0.012345, 2)).toBeCloseTo(0.012);
    expect(roundSignificant(-987, 1)).toBe(-1000);
    // ≈12万元, never 约120,203.42元.
    expect(
      formatQuantity(
        { value: roundSignificant(260000000 / 2163, 2), unit: '元', qualifier: '约' },
        'zh',
      ),
    ).toBe('约12万元');
  });
});

describe('formatQuantity: scale classes', () => {
  it('shows a class with its lower bound, and the count printed with it', () => {
    expect(formatQuantity({ value: 1e11, unit: '元', qualifier: '千亿级' }, 'zh')).toBe(
      '千亿级（≥1000亿元）',
    );
    expect(formatQuantity({ value: 1e11, unit: '元', qualifier: '千亿级' }, 'en')).toBe(
      '≥100 billion yuan class',
    );
    expect(formatQuantity({ value: 1e12, unit: '元', qualifier: '两大万亿级' }, 'zh')).toBe(
      '两大万亿级（≥1万亿元）',
    );
    expect(formatQuantity({ value: 1e12, unit: '元', qualifier: '两大万亿级' }, 'en')).toBe(
      '2 × ≥1 trillion yuan class',
    );
  });

  it('shows a multiple and a count brought to zero as numbers', () => {
    expect(formatQuantity({ value: 2, unit: '倍' }, 'zh')).toBe('2倍');
    expect(formatQuantity({ value: 2, unit: '倍' }, 'en')).toBe('2×');
    expect(formatQuantity({ value: 0, unit: '个' }, 'zh')).toBe('0个');
  });
});

describe('formatNumber: whole numbers under 1000', () => {
  it('read exactly as Intl.NumberFormat writes them, in every language and style', () => {
    for (let n = -999; n <= 999; n++)
      for (const [lang, style, locale, options] of [
        ['zh', 'long', 'zh-CN', { notation: 'compact' }],
        ['en', 'short', 'en', { notation: 'compact' }],
        ['en', 'long', 'en', {}],
      ] as const)
        expect(formatNumber(n, lang, style)).toBe(
          new Intl.NumberFormat(locale, { ...options, maximumFractionDigits: 2 }).format(n),
        );
    expect(formatNumber(-0, 'en')).toBe(new Intl.NumberFormat('en').format(-0));
  });
});
