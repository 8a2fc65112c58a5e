import { describe, expect, it } from 'vitest';
import { articleOf } from './article-fixture';
import { extractEvents, type EventCandidate } from './events';
import { buildSessions, findSessionMentions, type ReferenceSession } from './sessions';

const events = (text: string, date = '2024-05-25') =>
  extractEvents(articleOf(text, date)).map((e) => ({
    kind: e.kind,
    start: e.date.start,
    end: e.date.end,
    name: e.name_zh,
    session: e.sessionId,
  }));

describe('findSessionMentions', () => {
  it.each([
    ['昨天召开的市委六届五次全会', 'plenary-6-5'],
    ['中共重庆市委六届二次全会精神解读新闻发布会', 'plenary-6-2'],
    ['中国共产党重庆市第六届委员会第五次全体会议', 'plenary-6-5'],
    ['对市第六次党代会部署进一步迭代升级', 'congress-6'],
    ['中國共產黨重慶市第六屆委員會第五次全體會議', 'plenary-6-5'],
  ])('%s → %s', (text, id) => {
    expect(findSessionMentions(articleOf(text).norm).map((m) => m.eventId)).toEqual([id]);
  });
});

describe('extractEvents: a dated sentence + a kind keyword', () => {
  it('the 2022-12-22 press conference (seed 002)', () => {
    expect(
      events(
        '12月22日，中共重庆市委六届二次全会精神解读新闻发布会上，市委常委、秘书长，市委新闻发言人罗蔺从五个方面，深入阐释了新重庆的主要内涵。',
        '2022-12-23',
      ),
    ).toEqual([
      {
        kind: 'press_conference',
        start: '2022-12-22',
        end: '2022-12-22',
        name: '中共重庆市委六届二次全会精神解读新闻发布会',
        session: undefined,
      },
    ]);
  });

  it('a plenary reported as held confirms the reference session; the next sentence is the press conference (seed 001, ASCII commas)', () => {
    expect(
      events(
        '5月24日,市委六届五次全会举行。5月25日上午,中共重庆市委举行新闻发布会,解读市委六届五次全会精神。',
      ),
    ).toEqual([
      {
        kind: 'plenary',
        start: '2024-05-24',
        end: '2024-05-24',
        name: '市委六届五次全会',
        session: 'plenary-6-5',
      },
      {
        kind: 'press_conference',
        start: '2024-05-25',
        end: '2024-05-25',
        name: '中共重庆市委新闻发布会',
        session: undefined,
      },
    ]);
    expect(
      events('中国共产党重庆市第六届委员会第五次全体会议于2024年5月24日召开。')[0],
    ).toMatchObject({
      session: 'plenary-6-5',
      start: '2024-05-24',
    });
  });

  it('the April 2024 visit (month precision) and the two-day sister-city conference', () => {
    expect(events('今年4月，习近平总书记来渝视察，赋予重庆“两大定位”。')).toEqual([
      {
        kind: 'visit',
        start: '2024-04',
        end: '2024-04',
        name: '习近平总书记来渝视察',
        session: undefined,
      },
    ]);
    expect(
      events(
        '5月22日至23日，2024重庆国际友好城市合作大会在重庆召开，来自全球31个国家的嘉宾相聚山城。',
      )[0],
    ).toMatchObject({
      kind: 'conference',
      start: '2024-05-22',
      end: '2024-05-23',
      name: '2024重庆国际友好城市合作大会',
    });
  });

  it('the 2023-10-17 municipal government meeting and the Qiushi issue (seed 003)', () => {
    const found = events(
      '在新时代新征程全面建设社会主义现代化新重庆\n\n全面从严治党永远在路上。(原载《求是》2023年第20期)\n\n本报讯(记者 王翔)10月17日，市委副书记、市长胡衡华主持召开市政府第21次常务会议，审议条例。',
      '2023-10-18',
    );
    expect(found).toContainEqual({
      kind: 'meeting',
      start: '2023-10-17',
      end: '2023-10-17',
      name: '市政府第21次常务会议',
      session: undefined,
    });
    expect(found).toContainEqual({
      kind: 'publication',
      start: '2023-10-16',
      end: '2023-10-16',
      name: '《求是》2023年第20期：在新时代新征程全面建设社会主义现代化新重庆',
      session: undefined,
    });
  });

  it('a dated sentence without an event, or an event without a date, is not an event', () => {
    expect(
      events(
        '12月23日，大渡口区沪汉社区干部群众热朝天学习讨论市委六届二次全会精神。',
        '2022-12-24',
      ),
    ).toEqual([]);
    expect(events('5月22日上午，来自31个国家48个城市的代表联合发布了《共识》。')).toEqual([]);
    expect(events('习近平总书记视察重庆时的重要讲话重要指示，带来了机遇。')).toEqual([]);
  });
});

const REFERENCE: ReferenceSession[] = [
  {
    event_id: 'plenary-6-5',
    date_start: '2024-05-24',
    date_end: '2024-05-24',
    date_precision: 'day',
    kind: 'plenary',
    name_zh: '市委六届五次全会',
    name_en: '5th Plenary Session',
    source_url: 'https://example.org/6-5',
  },
];

function candidate(over: Partial<EventCandidate>): EventCandidate {
  return {
    kind: 'meeting',
    date: { start: '2023-10-17', end: '2023-10-17', precision: 'day' },
    name_zh: '市政府第21次常务会议',
    name_en: '',
    note: '',
    source_id: '003',
    start: 0,
    end: 10,
    quote: 'q',
    at: 0,
    ...over,
  };
}

describe('buildSessions', () => {
  it('keeps reference ids, attaches the first article that dates them, and flags a conflicting date', () => {
    const ok = candidate({
      kind: 'plenary',
      sessionId: 'plenary-6-5',
      date: { start: '2024-05-24', end: '2024-05-24', precision: 'day' },
      source_id: '000',
      quote: '5月24日，市委六届五次全会举行。',
    });
    const wrong = candidate({
      kind: 'plenary',
      sessionId: 'plenary-6-5',
      date: { start: '2024-05-23', end: '2024-05-23', precision: 'day' },
      source_id: '009',
    });
    const { rows, review } = buildSessions(REFERENCE, [ok, wrong]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_id: 'plenary-6-5',
      source_id: '000',
      origin: 'reference',
      source_url: 'https://example.org/6-5',
    });
    expect(review.map((r) => r.source_id)).toEqual(['009']);
  });

  it('gives readable ids, merges the same event from two articles, numbers a second event of a kind on one day', () => {
    const a = candidate({ source_id: '003' });
    const again = candidate({ source_id: '007' });
    const other = candidate({ name_zh: '胡衡华会见高志丹一行' });
    const visit = candidate({
      kind: 'visit',
      date: { start: '2024-04', end: '2024-04', precision: 'month' },
      name_zh: '习近平总书记来渝视察',
    });
    const { rows, ids } = buildSessions([], [a, again, other, visit]);
    expect(rows.map((r) => r.event_id)).toEqual([
      'meeting-2023-10-17',
      'meeting-2023-10-17-2',
      'visit-2024-04',
    ]);
    expect(ids.get(again)).toBe('meeting-2023-10-17');
    expect(rows[2]).toMatchObject({
      date_start: '2024-04-01',
      date_end: '2024-04-30',
      date_precision: 'month',
    });
  });
});

describe('extractEvents on text from other articles', () => {
  it('a standing-committee meeting named by its organiser, and a session not in the reference', () => {
    expect(
      events(
        '本报讯（记者 王翔）8月1日，市委常委会召开会议，传达学习重要讲话精神。',
        '2024-08-02',
      )[0],
    ).toMatchObject({
      kind: 'meeting',
      start: '2024-08-01',
      name: '市委常委会会议',
    });
    expect(events('11月28日，市委六届八次全会在渝召开。', '2025-11-29')[0]).toMatchObject({
      kind: 'plenary',
      session: 'plenary-6-8',
      start: '2025-11-28',
    });
    expect(
      buildSessions(
        [],
        extractEvents(articleOf('11月28日，市委六届八次全会在渝召开。', '2025-11-29')),
      ).rows[0],
    ).toMatchObject({
      event_id: 'plenary-6-8',
      origin: 'article',
    });
  });
});
