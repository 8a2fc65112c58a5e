import { describe, expect, it } from 'vitest';
import { printedRange } from './article';
import { articleOf, referenceDistricts } from './article-fixture';
import { pledgeRows, type ArticleEvent } from './pledge-rows';
import { extractStatements } from './pledges';

const districts = referenceDistricts();

function statements(text: string) {
  const article = articleOf(text);
  const { statements: found, review } = extractStatements(article, districts);
  return {
    rows: found.map((s) => ({
      speaker: s.person.name,
      district: s.person.districtCode,
      cue: s.cue,
      quote: text.slice(...printedRange(article, s)),
    })),
    review: review.map((r) => r.reason),
  };
}

describe('statements by district and county party secretaries (real sentences, seeds 000 and 004)', () => {
  it('a quotation before the speaker belongs to the speaker', () => {
    const text =
      '“习近平总书记视察重庆时的重要讲话重要指示，为重庆枢纽港产业园建设带来了历史性的发展机遇。”市委委员、江津区委书记李应兰表示，重庆枢纽港产业园是贯彻落实成渝地区双城经济圈建设战略的具体实践。';
    expect(statements(text).rows).toEqual([
      { speaker: '李应兰', district: '500116', cue: '表示', quote: text },
    ]);
  });

  it('`…特别有共鸣。“…”…说` is one statement by the person named first', () => {
    const text =
      '全会提出，今日之重庆具备了跨越赶超的坚实基础。\n\n对此，潼南区委书记张安疆特别有共鸣。“全会强调要在构建现代化产业体系上实现新突破。”张安疆说，潼南将着力在促创新、提质效、扩规模上下功夫。\n\n年末将至，开州高新区内的200余家工业企业正开足马力。';
    const { rows } = statements(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ speaker: '张安疆', district: '500152', cue: '特别有共鸣' });
    expect(rows[0]!.quote).toMatch(
      /^对此，潼南区委书记张安疆特别有共鸣。.*张安疆说，潼南将.*下功夫。$/,
    );
  });

  it('`…思考的是…` and the 他表示 that follows are the same person', () => {
    const text =
      '在学习全会精神时，大足区委书记陈一清思考的是如何让大足深度融入成渝地区双城经济圈建设。他表示，接下来大足将加快建设国际文旅名城。';
    expect(statements(text).rows).toEqual([
      { speaker: '陈一清', district: '500111', cue: '思考的是', quote: text },
    ]);
  });

  it('two officials in one paragraph each get their own statement', () => {
    const text =
      '九龙坡区委书记李春奎表示，九龙坡区将着力提升产业能级。大足区委书记陈一清表示，大足将加快建设国际文旅名城。';
    expect(statements(text).rows.map((r) => [r.speaker, r.quote])).toEqual([
      ['李春奎', '九龙坡区委书记李春奎表示，九龙坡区将着力提升产业能级。'],
      ['陈一清', '大足区委书记陈一清表示，大足将加快建设国际文旅名城。'],
    ]);
  });

  it('reads ASCII punctuation and traditional characters the same way', () => {
    const ascii =
      '"全会明确提出,要把制造业高质量发展放到更加突出的位置."九龙坡区委书记李春奎表示,九龙坡区将围绕材料产业着力提升产业能级.';
    expect(statements(ascii).rows[0]).toMatchObject({
      speaker: '李春奎',
      district: '500107',
      quote: ascii,
    });
    const traditional = '開州區委書記蒲彬彬表示，開州將進一步創新理念、創新方法、創新機制。';
    const article = articleOf(traditional);
    expect(extractStatements(article, districts).statements[0]!.person).toMatchObject({
      name: '蒲彬彬',
      role: '开州区委书记',
      org: '开州区委',
    });
    expect(statements(traditional).rows[0]).toMatchObject({
      speaker: '蒲彬彬',
      district: '500154',
      quote: traditional,
    });
  });

  it('a Q&A interview: `李应兰：…` after a question is her answer', () => {
    const text =
      '市委委员、江津区委书记李应兰接受了记者专访。\n\n记者：江津如何建设重庆枢纽港产业园？\n\n李应兰：我们正把建设重庆枢纽港产业园作为落实国家重大战略的最大抓手全力攻坚。\n\n记者：下一步呢？';
    const { rows } = statements(text);
    expect(rows).toEqual([
      {
        speaker: '李应兰',
        district: '500116',
        cue: '：',
        quote: '李应兰：我们正把建设重庆枢纽港产业园作为落实国家重大战略的最大抓手全力攻坚。',
      },
    ]);
  });

  it('an answer runs over its paragraphs until the next question; `答：` answers for the interviewee', () => {
    const text =
      '本报记者专访了市委委员、江津区委书记李应兰。\n\n问：江津如何建设重庆枢纽港产业园？\n\n答：我们正全力攻坚。\n\n同时，江津将着力提升主枢纽服务功能。\n\n问：下一步呢？\n\n答：持续发力。';
    const { rows } = statements(text);
    expect(rows.map((r) => [r.speaker, r.district, r.quote])).toEqual([
      ['李应兰', '500116', '答：我们正全力攻坚。\n\n同时，江津将着力提升主枢纽服务功能。'],
      ['李应兰', '500116', '答：持续发力。'],
    ]);
  });

  it('a 他 after an unofficial speaker is not given to an official named further up', () => {
    const text =
      '璧山区委书记秦文敏表示，璧山区将聚焦重点精准发力。\n\n中国科学院重庆绿色智能技术研究院研究员黄平一大早就出现在实验室。他表示，作为科技工作者，深感责任重大。';
    expect(statements(text).rows.map((r) => r.speaker)).toEqual(['秦文敏']);
  });

  it('a statement announcing a list runs over the list paragraphs, up to the reporter’s voice', () => {
    const text =
      '姜辉介绍，此次全会成果主要体现在四个方面——\n\n第一方面，充分凝聚了政治共识。\n\n全会指出，要全面贯彻。\n\n发布会上，有关负责同志回答了记者提问。';
    const article = `市委常委、宣传部部长，市委新闻发言人姜辉作主题发布。\n\n${text}`;
    const { rows } = statements(article);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.quote).toBe(text.slice(0, text.indexOf('\n\n发布会上')));
  });

  it('flags names that look misprinted', () => {
    const text =
      '市委委员、潼南区委书记李文天平表示，潼南将全面落实全会部署。\n\n市政府外事办主任李明自信地对媒体说，本次大会成果丰硕。\n\n李明全介绍，这是规模最大的国际友城主题活动。';
    const { rows, review } = statements(text);
    expect(rows.map((r) => r.speaker)).toEqual(['李文天平', '李明', '李明']);
    expect(review).toHaveLength(2);
    expect(review[0]).toMatch(/李文天平.*misprint/);
    expect(review[1]).toMatch(/李明全/);
  });
});

describe('pledgeRows', () => {
  it('links a statement to the session its item names and the event it was said at; municipal bodies have no district', () => {
    const text =
      '## ——市委六届五次全会与会人员围绕全会精神谈体会话落实\n\n5月24日，市委六届五次全会举行。\n\n市委候补委员、团市委书记廖传锦表示，全会通过的《意见》是重要举措。';
    const article = articleOf(text, '2024-05-25', '000');
    const { statements: found } = extractStatements(article, districts);
    const at = text.indexOf('5月24日');
    const events: ArticleEvent[] = [
      {
        id: 'plenary-6-5',
        kind: 'plenary',
        at,
        date: '2024-05-24',
        precision: 'day',
        name: '市委六届五次全会',
      },
    ];
    expect(pledgeRows(article, found, events)).toEqual([
      expect.objectContaining({
        pledge_id: `000-${found[0]!.start}`,
        event_id: 'plenary-6-5',
        said_at_event_id: 'plenary-6-5',
        date: '2024-05-24',
        district_code: '',
        org_zh: '团市委',
        speaker: '廖传锦',
        role: '市委候补委员、团市委书记',
      }),
    ]);
  });
});

describe('robust to real text', () => {
  it('a stray pinyin annotation after a name, full-width digits, a single line break inside a sentence', () => {
    const text = '市委常委、秘书长罗蔺（lìn）介绍，全会对今后５年目标作进一步优化\n和完善。';
    expect(statements(text).rows).toEqual([
      expect.objectContaining({ speaker: '罗蔺', cue: '介绍', quote: text }),
    ]);
  });
});

describe('quotation first, speaker after', () => {
  it('`“……。”万州区委书记王菊芬说。` and `“……，”王菊芬说。` are statements', () => {
    const text =
      '“全会为万州发展指明了方向。我们将奋力打造成渝地区双城经济圈北向出海口。”万州区委书记王菊芬说。\n\n“要把全会精神落到实处，”王菊芬说。';
    const { rows } = statements(text);
    expect(rows.map((r) => [r.speaker, r.district, r.quote])).toEqual([
      ['王菊芬', '500101', text.slice(0, text.indexOf('\n'))],
      ['王菊芬', '500101', '“要把全会精神落到实处，”王菊芬说。'],
    ]);
  });

  it('a name followed by 说 and a full stop without a quotation is no statement', () => {
    expect(statements('万州区委书记王菊芬说。').rows).toEqual([]);
  });
});

describe('statements in print with pinyin annotations', () => {
  it('reads names and titles through `長(zhǎng)` and quotes the print exactly', () => {
    const text =
      '江津區委副書記、區長(zhǎng)、區政府黨組書記王五表示，今年全區經濟增長(zhǎng)6%以上。';
    const article = articleOf(text);
    const found = extractStatements(article, districts).statements;
    expect(found).toHaveLength(1);
    expect(found[0]!.person).toMatchObject({
      name: '王五',
      role: '江津区委副书记、区长、区政府党组书记',
      districtCode: '500116',
    });
    const rows = pledgeRows(article, found, []);
    expect(rows[0]).toMatchObject({ quote: text, start: '0', end: String(text.length) });
  });
});

describe('statements the print layout cut (invented text, layout as in seed 002)', () => {
  // Three items; each statement stops where its column ends, and the rest is printed further
  // down, out of order: a word cut in two, a list stopping at 二是, two of four titled sections.
  const text = [
    '工业发展',
    '市经济信息委主任孙立平在发布会上表示，重庆将重点培育中小企业，梯度培育专精特新中小',
    '乡村振兴',
    '市农业农村委副主任钱志勇在发布会上表示，重庆将在四个方面下功夫：一是稳粮保供。二是产业振兴。',
    '城市更新',
    '市住房城乡建委主任赵明杰从四个方面作了阐述：',
    '新的街区',
    '“新”在老旧小区改造',
    '今年将改造老旧小区200个。',
    '新的空间',
    '“新”在公共空间',
    '新建口袋公园50个。',
    '评论员文章',
    '本报评论员',
    '城市是人民的城市，让每一个街区都有温度。',
    '新的服务',
    '“新”在社区服务',
    '社区养老服务站覆盖全部街道。',
    '新的治理',
    '“新”在基层治理',
    '推行网格化管理。',
    '企业和上市企业六个梯队，推动更多中小企业成长。',
    '三是人才下乡。',
    '四是农村改革。',
  ].join('\n\n');
  const article = articleOf(text, '2023-01-10');
  const found = extractStatements(article, districts).statements;
  const passages = (name: string) =>
    found
      .filter((s) => s.person.name === name)
      .flatMap((s) => [s, ...s.continued].map((p) => text.slice(...printedRange(article, p))));

  it('a word cut in two continues in the paragraph that completes it', () => {
    expect(passages('孙立平')).toEqual([
      '市经济信息委主任孙立平在发布会上表示，重庆将重点培育中小企业，梯度培育专精特新中小',
      '企业和上市企业六个梯队，推动更多中小企业成长。',
    ]);
  });

  it('a list stopping short of its announced count continues with its next items', () => {
    expect(passages('钱志勇')).toEqual([
      '市农业农村委副主任钱志勇在发布会上表示，重庆将在四个方面下功夫：一是稳粮保供。二是产业振兴。',
      '三是人才下乡。\n\n四是农村改革。',
    ]);
  });

  it('titled sections resume under titles of the same form; the commentary between is not his', () => {
    const [first, rest] = passages('赵明杰');
    expect(first).toMatch(
      /^市住房城乡建委主任赵明杰从四个方面作了阐述：[\s\S]*新建口袋公园50个。$/,
    );
    expect(rest).toBe(
      '新的服务\n\n“新”在社区服务\n\n社区养老服务站覆盖全部街道。\n\n新的治理\n\n“新”在基层治理\n\n推行网格化管理。',
    );
    expect(
      found
        .flatMap((s) => [s, ...s.continued])
        .map((p) => text.slice(...printedRange(article, p)))
        .join(''),
    ).not.toContain('评论员');
  });

  it('pledges.csv gives each passage a row with the statement’s pledge_id', () => {
    const rows = pledgeRows(article, found, []);
    const sun = rows.filter((r) => r.speaker === '孙立平');
    expect(sun.map((r) => r.pledge_id)).toEqual([sun[0]!.pledge_id, sun[0]!.pledge_id]);
    for (const r of rows) expect(text.slice(Number(r.start), Number(r.end))).toBe(r.quote);
  });
});

describe('when and where a statement was made', () => {
  it('the day opening its paragraph, when no event is named', () => {
    const text =
      '12月23日，大渡口区某社区党委书记王晓明和居民一起学习全会精神。王晓明说，社区将把全会精神传达到位。';
    const article = articleOf(text, '2022-12-24');
    const rows = pledgeRows(article, extractStatements(article, districts).statements, []);
    expect(rows.map((r) => [r.speaker, r.date, r.said_at_event_id])).toEqual([
      ['王晓明', '2022-12-23', ''],
    ]);
  });

  it('a briefing about a conference is not the conference; 在发布会上 is the article’s press conference', () => {
    const text =
      '5月20日，2025重庆国际合作大会在渝开幕。\n\n在2025重庆国际合作大会情况介绍会上，市政府外事办主任张立新说，大会成果丰硕。\n\n5月21日，市政府举行新闻发布会。市商务委主任刘东在发布会上表示，将扩大开放。';
    const article = articleOf(text, '2025-05-23');
    const events: ArticleEvent[] = [
      {
        id: 'conference-2025-05-20',
        kind: 'conference',
        at: 0,
        date: '2025-05-20',
        precision: 'day',
        name: '2025重庆国际合作大会',
      },
      {
        id: 'press-2025-05-21',
        kind: 'press_conference',
        at: text.indexOf('5月21日'),
        date: '2025-05-21',
        precision: 'day',
        name: '市政府举行新闻发布会',
      },
    ];
    const rows = pledgeRows(article, extractStatements(article, districts).statements, events);
    expect(rows.map((r) => [r.speaker, r.said_at_event_id, r.date])).toEqual([
      ['张立新', '', '2025-05-23'],
      ['刘东', 'press-2025-05-21', '2025-05-21'],
    ]);
  });
});

describe('a misprinted name, corrected by a person', () => {
  const correction = {
    dataset: 'pledges',
    source_id: 't',
    original: '王小明明',
    corrected: '王小明',
    reason: 'misprint',
    evidence: 'https://example.org/',
    start: null,
    end: null,
  };
  it('reads the speaker as corrected, keeps the print beside, and needs no review', () => {
    const text = '市委委员、万州区委书记王小明明表示，万州将加快发展。\n\n王小明明说，要抓好落实。';
    const article = articleOf(text);
    const plain = extractStatements(article, districts);
    expect(plain.review.length).toBeGreaterThan(0);
    const fixed = extractStatements(article, districts, [correction]);
    expect(fixed.review).toEqual([]);
    expect(fixed.statements.map((s) => [s.person.name, s.person.printed])).toEqual([
      ['王小明', '王小明明'],
      ['王小明', '王小明明'],
    ]);
  });
});
