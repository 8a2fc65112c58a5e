import { describe, expect, it } from 'vitest';
import { parseValueInput } from './value';

describe('parseValueInput', () => {
  it('reads a number with 万, 亿 or 万亿 into base units, exactly', () => {
    expect(parseValueInput('1200亿')).toBe('120000000000');
    expect(parseValueInput('1285.26亿')).toBe('128526000000');
    expect(parseValueInput('3.5万')).toBe('35000');
    expect(parseValueInput('2万亿')).toBe('2000000000000');
    expect(parseValueInput('6.5')).toBe('6.5');
    expect(parseValueInput('1,200')).toBe('1200');
    expect(parseValueInput('0')).toBe('0');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '亿', '12亿元', 'abc', '1.2.3', '十二'])
      expect(parseValueInput(bad)).toBeNull();
  });
});
