import { describe, expect, it } from 'vitest';
import { articleOf, referenceDistricts } from './article-fixture';
import { extractContext } from './context';
import { extractStatements } from './pledges';

const districts = referenceDistricts();

function contextOf(text: string) {
  const article = articleOf(text);
  const { statements } = extractStatements(article, districts);
  return extractContext(
    article,
    statements,
    statements.map((_, i) => `t-${i + 1}`),
    districts,
    [],
  );
}

describe('extractContext', () => {
  it('a figure two sentences after the speaker belongs to the speaker’s district and pledge', () => {
    const text =
      '市委委员、涪陵区委书记王志杰表示，涪陵将按照全会部署，扛起责任担当。以制造业高质量发展支撑区域高质量发展。力争2027年全区工业产值突破4000亿元。';
    const ctx = contextOf(text);
    const at = text.indexOf('4000亿元');
    expect(ctx.districtAt(at)).toEqual({ code: '500102', name_zh: '涪陵区' });
    expect(ctx.pledgeAt(at)).toBe('t-1');
  });

  it('inside a municipal official’s statement, the district named in the sentence', () => {
    const text =
      '市交通局党委书记、局长许仁安表示，交通部门将加快建设。永川区将新建高速公路100公里，江津区也将开工。';
    const ctx = contextOf(text);
    expect(ctx.districtAt(text.indexOf('100公里'))?.code).toBe('500118');
  });

  it('outside statements: nearest district before in the sentence, else in the paragraph, else none', () => {
    const text =
      '今年1-11月，九龙坡区规上工业总产值1285.26亿元，增长4.5%。产业基础厚实。\n\n重庆已消除31万平方公里农村黑臭水体。';
    const ctx = contextOf(text);
    expect(ctx.districtAt(text.indexOf('1285'))?.code).toBe('500107');
    expect(ctx.districtAt(text.indexOf('产业基础'))?.code).toBe('500107');
    expect(ctx.districtAt(text.indexOf('31万'))).toBeNull();
    expect(ctx.pledgeAt(text.indexOf('31万'))).toBeNull();
  });

  it('gives the rules the resolved publication date', () => {
    expect(contextOf('正文。').source.date).toBe('2024-05-25');
  });
});
