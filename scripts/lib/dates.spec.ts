import { describe, expect, it } from 'vitest';
import { addDays, findDates, inferArticleDate, parseDateNumber, resolveDate } from './dates';
import { normalizeText } from './text';

const first = (text: string, articleDate = '2024-05-25') => {
  const [m] = findDates(normalizeText(text));
  return m ? resolveDate(m, articleDate) : null;
};

describe('findDates + resolveDate', () => {
  it.each([
    [
      '5月24日，市委六届五次全会举行。',
      { start: '2024-05-24', end: '2024-05-24', precision: 'day' },
    ],
    [
      '5月22日至23日，2024重庆国际友好城市合作大会在重庆召开',
      { start: '2024-05-22', end: '2024-05-23', precision: 'day' },
    ],
    ['今年4月，习近平总书记来渝视察', { start: '2024-04', end: '2024-04', precision: 'month' }],
    ['于2024年5月24日召开', { start: '2024-05-24', end: '2024-05-24', precision: 'day' }],
    ['二〇二四年五月二十四日', { start: '2024-05-24', end: '2024-05-24', precision: 'day' }],
    ['５月２４日，全会举行。', { start: '2024-05-24', end: '2024-05-24', precision: 'day' }],
    ['去年12月，', { start: '2023-12', end: '2023-12', precision: 'month' }],
    ['昨天召开的市委六届五次全会', { start: '2024-05-24', end: '2024-05-24', precision: 'day' }],
  ])('%s', (text, expected) => expect(first(text)).toEqual(expected));

  it('places a date without a year in the year before when it would lie months ahead', () => {
    expect(first('12月28日，会议召开。', '2024-01-05')?.start).toBe('2023-12-28');
    expect(first('12月22日，发布会上', '2022-12-23')?.start).toBe('2022-12-22');
  });

  it('reads a bare day (21日下午) with the month named before it', () => {
    const text = '5月22日至23日，大会召开。在21日下午召开的对接会现场。';
    const mentions = findDates(text);
    expect(mentions).toHaveLength(2);
    expect(resolveDate(mentions[1]!, '2024-05-25', 5)?.start).toBe('2024-05-21');
  });

  it('ignores numbers that are not dates', () => {
    expect(findDates('今年1-11月，九龙坡区增长4.5%，13个月')).toEqual([]);
  });

  it('parses Chinese day numbers', () => {
    expect([
      parseDateNumber('十'),
      parseDateNumber('十二'),
      parseDateNumber('二十三'),
      parseDateNumber('三十一'),
    ]).toEqual([10, 12, 23, 31]);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});

describe('inferArticleDate', () => {
  it('昨天 + a session of known date → the day after the session (seed 000)', () => {
    const text = '□新重庆-重庆日报评论员\n\n昨天召开的市委六届五次全会，审议通过《意见》。';
    const at = text.indexOf('市委六届五次全会');
    const inferred = inferArticleDate(text, [{ start: at, end: at + 8, date: '2024-05-24' }]);
    expect(inferred?.date).toBe('2024-05-25');
    expect(text.slice(inferred!.start, inferred!.end)).toContain('昨天');
  });

  it('a 本报讯 dateline → the next day, the year from the text (seed 003)', () => {
    const text =
      '(原载《求是》2023年第20期)\n\n本报讯(记者 王翔)10月17日，市委副书记、市长胡衡华主持召开市政府第21次常务会议。';
    expect(inferArticleDate(normalizeText(text))?.date).toBe('2023-10-18');
  });

  it('takes the latest reported day and the year of a full date (seed 001)', () => {
    const text =
      '(2024年5月24日中国共产党重庆市第六届委员会第五次全体会议通过)\n\n5月24日，市委六届五次全会举行。5月25日上午，中共重庆市委举行新闻发布会。到2027年，目标实现。';
    expect(inferArticleDate(text)?.date).toBe('2024-05-26');
  });

  it('does not take a planned date for a reported one', () => {
    const text = '2024年5月24日，全会举行。大会将于6月30日举行。';
    expect(inferArticleDate(text)?.date).toBe('2024-05-25');
  });

  it('gives up (null) when the text names no day', () => {
    expect(inferArticleDate('重庆将加快建设西部金融中心。')).toBeNull();
  });
});

describe('resolveDate against an article dated only to the month or the year', () => {
  const at = (text: string, articleDate: string) => first(text, articleDate);

  it('今年 and 去年 resolve to the year the article date gives', () => {
    expect(at('今年4月，习近平总书记来渝视察', '2017-07')?.start).toBe('2017-04');
    expect(at('去年12月，', '2025')?.start).toBe('2024-12');
  });

  it('昨天 needs the article’s day', () => {
    expect(at('昨天召开的全会', '2017-07')).toBeNull();
    expect(at('昨天召开的全会', '2025')).toBeNull();
    expect(at('昨天召开的全会', '2017-07-02')?.start).toBe('2017-07-01');
  });

  it('a date without a year needs the article’s month (the year before is as likely)', () => {
    expect(at('6月20日，会议召开。', '2017-07')?.start).toBe('2017-06-20');
    expect(at('12月22日，会议召开。', '2022')).toBeNull();
    expect(at('2022年12月22日，会议召开。', '2023')?.start).toBe('2022-12-22');
  });
});
