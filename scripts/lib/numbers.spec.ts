import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findQuantities,
  formatNumber,
  parseChineseNumber,
  parseQuantity,
  scaleDecimal,
} from './numbers.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['十九', 19],
    ['两', 2],
    ['三千', 3000],
    ['一万二千', 12000],
    ['一百零五', 105],
    ['三亿五千万', 350000000],
    ['千万', 10000000],
    ['二〇二七', 2027],
    ['２０２７', 2027],
    ['1,285', 1285],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('rejects words that are not numerals', () => {
    expect(parseChineseNumber('两大')).toBeNull();
    expect(parseChineseNumber('三四')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

describe('scaleDecimal', () => {
  it('moves the decimal point on the digit string, exactly', () => {
    expect(scaleDecimal('1285.26', 8)).toBe('128526000000');
    expect(scaleDecimal('722.86', 8)).toBe('72286000000');
    expect(scaleDecimal('0.5', 0)).toBe('0.5');
    expect(scaleDecimal('4.5', 0)).toBe('4.5');
    expect(scaleDecimal('0.0001', 4)).toBe('1');
  });
});

describe('parseQuantity', () => {
  it.each([
    ['1285.26亿元', 128526000000, '元', ''],
    ['近2.6亿元', 260000000, '元', '近'],
    ['4万亿元', 4000000000000, '元', ''],
    ['12万元', 120000, '元', ''],
    ['338天左右', 338, '天', '左右'],
    ['75%', 75, '%', ''],
    ['2163户', 2163, '户', ''],
    ['3.03万户', 30300, '户', ''],
    ['21亿余元', 2100000000, '元', '余'],
    ['超540件', 540, '件', '超'],
    ['超过51%', 51, '%', '超过'],
    ['突破4000亿元', 400000000000, '元', '突破'],
    ['10%以上', 10, '%', '以上'],
    ['70余人', 70, '人', '余'],
    ['30多名', 30, '名', '多'],
    ['逾1000件', 1000, '件', '逾'],
    ['十九条', 19, '条', ''],
    ['超千亿元', 100000000000, '元', '超'],
    ['２０２７户', 2027, '户', ''],
    ['50％左右', 50, '%', '左右'],
    ['1.1个百分点', 1.1, '个百分点', ''],
    ['20平方公里', 20, '平方公里', ''],
    ['2000亿', 200000000000, '', ''],
    ['5000余万元', 50000000, '元', '余'],
    ['1.2万亿元', 1200000000000, '元', ''],
    ['约50%左右', 50, '%', '约,左右'],
    ['3.5亿美元', 350000000, '美元', ''],
    ['120万人次', 1200000, '人次', ''],
    ['3000万', 30000000, '', ''],
  ])('%s → %d %s %s', (text, value, unit, qualifier) => {
    const q = parseQuantity(text);
    expect(q).not.toBeNull();
    expect(q!.value).toBe(value);
    expect(q!.unit).toBe(unit);
    expect(q!.qualifier).toBe(qualifier);
  });

  it('is not fooled by floating point: 3.03万 is exactly 30300, 1.1亿 exactly 110000000', () => {
    expect(3.03 * 1e4).not.toBe(30300);
    expect(parseQuantity('3.03万户')!.valueText).toBe('30300');
    expect(parseQuantity('1.1亿元')!.valueText).toBe('110000000');
    expect(parseQuantity('1285.26亿元')!.valueText).toBe('128526000000');
  });

  it('returns null for dates, years and bare numbers', () => {
    expect(parseQuantity('2027年')).toBeNull();
    expect(parseQuantity('5月24日')).toBeNull();
    expect(parseQuantity('33618')).toBeNull();
    expect(parseQuantity('两大')).toBeNull();
  });

  it('round-trips any amount written with 万 or 亿 and a unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(['万', 4], ['亿', 8], ['万亿', 12], ['', 0]),
        fc.constantFrom('元', '户', '人', '%'),
        (whole, cents, [multiplier, power], unit) => {
          const decimal = cents ? `${whole}.${String(cents).padStart(2, '0')}` : `${whole}`;
          const q = parseQuantity(`${decimal}${multiplier}${unit}`);
          expect(q).not.toBeNull();
          expect(q!.valueText).toBe(scaleDecimal(decimal, power as number));
          // Exact: compare as integers of hundredths, no floating-point product involved.
          const hundredths = BigInt(whole) * 100n + BigInt(cents);
          expect(BigInt(scaleDecimal(q!.valueText, 2))).toBe(hundredths * 10n ** BigInt(power));
          expect(q!.unit).toBe(unit);
        },
      ),
    );
  });

  it('round-trips Chinese numerals below one hundred million', () => {
    const DIGITS = '零一二三四五六七八九';
    const chinese = (n: number): string => {
      // Conventional writing: 一万二千三百零五; 十九 rather than 一十九 at the start.
      const parts: string[] = [];
      const units = ['千', '百', '十', ''];
      const below = (k: number, leading: boolean): string => {
        let out = '';
        let zero = false;
        const digits = String(k).padStart(4, '0');
        let started = !leading;
        for (let i = 0; i < 4; i++) {
          const d = Number(digits[i]);
          if (d === 0) {
            if (started) zero = true;
            continue;
          }
          if (zero) out += '零';
          zero = false;
          if (!(leading && !started && d === 1 && units[i] === '十')) out += DIGITS[d];
          out += units[i];
          started = true;
        }
        return out;
      };
      const high = Math.floor(n / 10000);
      const low = n % 10000;
      if (high) parts.push(below(high, true) + '万');
      if (low) parts.push((high && low < 1000 ? '零' : '') + below(low, !high));
      return parts.join('');
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999999 }), (n) => {
        expect(parseChineseNumber(chinese(n))).toBe(n);
      }),
    );
  });
});

describe('findQuantities', () => {
  it('finds each amount of a real sentence with its offsets', () => {
    const text = '今年1-11月,九龙坡区规上工业总产值1285.26亿元,增长4.5%。';
    const found = findQuantities(text);
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual(['1285.26亿元', '4.5%']);
  });

  it('does not read a number out of the middle of another', () => {
    expect(findQuantities('共1,285户').map((q) => q.value)).toEqual([1285]);
    expect(findQuantities('第21次').map((q) => q.value)).toEqual([21]);
  });
});

describe('formatNumber', () => {
  it('never writes an exponent', () => {
    expect(formatNumber(4e12)).toBe('4000000000000');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(4.5)).toBe('4.5');
    expect(formatNumber(1e-7)).toBe('0.0000001');
  });
});
