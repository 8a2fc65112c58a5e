import { describe, expect, it } from 'vitest';
import { referenceDistricts } from './article-fixture';
import { aliases, shortName } from './districts';
import { normalizeText } from './text';

const matcher = referenceDistricts();
const codes = (text: string) => matcher.find(normalizeText(text)).map((m) => m.code);

describe('district names', () => {
  it('has the 38 county-level divisions', () => {
    expect(matcher.rows).toHaveLength(38);
  });

  it.each([
    ['梁平县', '500155'],
    ['武隆县', '500156'],
    ['开县', '500154'],
    ['开州', '500154'],
    ['涪陵', '500102'],
    ['石柱', '500240'],
    ['石柱县', '500240'],
    ['秀山土家族苗族自治县', '500241'],
    ['忠县', '500233'],
  ])('resolves %s to today’s district %s', (name, code) => {
    expect(matcher.resolve(name)?.code).toBe(code);
  });

  it('finds districts in running text: full names, short forms, party bodies built on them', () => {
    expect(codes('市委委员、潼南区委书记李文天平表示，潼南将全面落实全会部署')).toEqual([
      '500152',
      '500152',
    ]);
    expect(codes('同年，重庆在城口、巫溪、酉阳、彭水4个国家乡村振兴重点帮扶县开展试点')).toEqual([
      '500229',
      '500238',
      '500242',
      '500243',
    ]);
  });

  it('reads traditional characters through normalisation (潼南區委書記)', () => {
    expect(codes('潼南區委書記張安疆表示')).toEqual(['500152']);
  });

  it('reads a name through a stray pinyin gloss, quoting the gloss with it', () => {
    const text = '璧(bì)山区委书记秦文敏表示';
    const [m] = matcher.find(text);
    expect(m?.code).toBe('500120');
    expect(text.slice(m!.start, m!.end)).toBe('璧(bì)山区');
  });

  it('does not read ordinary words as districts (长寿 = long life, 南岸 = south bank, 忠 alone)', () => {
    expect(codes('健康长寿，长江南岸，忠诚')).toEqual([]);
    expect(codes('长寿区、南岸区、江北区')).toEqual(['500115', '500108', '500105']);
  });

  it('short forms drop the suffix but never leave one character', () => {
    expect(shortName('彭水苗族土家族自治县')).toBe('彭水');
    expect(shortName('忠县')).toBe('');
    const kaizhou = matcher.rows.find((r) => r.code === '500154')!;
    expect(aliases(kaizhou)).toBe('开州;开县');
  });
});
